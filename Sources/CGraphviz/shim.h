#ifndef PARTNERMAP_CGRAPHVIZ_SHIM_H
#define PARTNERMAP_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#endif
