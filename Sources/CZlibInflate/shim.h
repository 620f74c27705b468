// zlib's inflate, which PartnerMap calls itself to read a ZIP entry's deflate stream with bounds
// on both its input and its output (see Sources/PartnerMap/Input/Workbook/ZipEntryReader.swift).
#include <zlib.h>
