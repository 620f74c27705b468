#ifndef PARTNERMAP_CGRAPHVIZ_SHIM_H
#define PARTNERMAP_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* agtail and aghead are macros, which Swift cannot call. */
static inline Agnode_t *partnermap_tail(Agedge_t *edge) { return agtail(edge); }
static inline Agnode_t *partnermap_head(Agedge_t *edge) { return aghead(edge); }

/*
 * Reading DOT with object ids in order of appearance.
 *
 * cgraph's default id discipline uses the address of each interned name as the object's id,
 * and orders subgraphs by id, so the order in which clusters are laid out (and the drawing)
 * depends on where malloc happened to put the names. This discipline numbers names in the
 * order the parser meets them, which makes layouts repeat from run to run.
 */
typedef struct {
    char **names;       /* by index */
    size_t count, capacity;
    size_t *slots;      /* open addressing: index + 1, 0 when empty */
    size_t slot_count;
    IDTYPE anonymous;   /* next odd id */
} partnermap_ids;

static inline uint64_t partnermap_hash(const char *s) {
    uint64_t h = 1469598103934665603ULL;
    while (*s) { h ^= (unsigned char)*s++; h *= 1099511628211ULL; }
    return h;
}

static inline void partnermap_ids_grow(partnermap_ids *ids) {
    size_t new_count = ids->slot_count ? ids->slot_count * 2 : 64;
    size_t *slots = calloc(new_count, sizeof(size_t));
    for (size_t i = 0; i < ids->count; i++) {
        size_t at = partnermap_hash(ids->names[i]) & (new_count - 1);
        while (slots[at]) at = (at + 1) & (new_count - 1);
        slots[at] = i + 1;
    }
    free(ids->slots);
    ids->slots = slots;
    ids->slot_count = new_count;
}

static inline void *partnermap_id_open(Agraph_t *g, Agdisc_t *disc) {
    (void)g; (void)disc;
    partnermap_ids *ids = calloc(1, sizeof(partnermap_ids));
    ids->anonymous = 1;
    partnermap_ids_grow(ids);
    return ids;
}

static inline long partnermap_id_map(void *state, int objtype, char *str, IDTYPE *id, int createflag) {
    partnermap_ids *ids = state;
    (void)objtype;
    if (!str) {
        *id = ids->anonymous;
        ids->anonymous += 2;
        return 1;
    }
    size_t at = partnermap_hash(str) & (ids->slot_count - 1);
    while (ids->slots[at]) {
        size_t index = ids->slots[at] - 1;
        if (strcmp(ids->names[index], str) == 0) { *id = (IDTYPE)(2 * (index + 1)); return 1; }
        at = (at + 1) & (ids->slot_count - 1);
    }
    if (!createflag) { *id = 0; return 1; }
    if (ids->count == ids->capacity) {
        ids->capacity = ids->capacity ? ids->capacity * 2 : 64;
        ids->names = realloc(ids->names, ids->capacity * sizeof(char *));
    }
    ids->names[ids->count] = strdup(str);
    ids->slots[at] = ids->count + 1;
    ids->count += 1;
    *id = (IDTYPE)(2 * ids->count);
    if (ids->count * 2 > ids->slot_count) partnermap_ids_grow(ids);
    return 1;
}

static inline long partnermap_id_alloc(void *state, int objtype, IDTYPE request) {
    (void)state; (void)objtype; (void)request;
    return 0;
}

static inline void partnermap_id_free(void *state, int objtype, IDTYPE id) {
    (void)state; (void)objtype; (void)id;  /* names live until the graph is closed */
}

static inline char *partnermap_id_print(void *state, int objtype, IDTYPE id) {
    partnermap_ids *ids = state;
    (void)objtype;
    if (id == 0 || id % 2 == 1 || id / 2 > ids->count) return NULL;
    return ids->names[id / 2 - 1];
}

static inline void partnermap_id_close(void *state) {
    partnermap_ids *ids = state;
    for (size_t i = 0; i < ids->count; i++) free(ids->names[i]);
    free(ids->names);
    free(ids->slots);
    free(ids);
}

static inline void partnermap_id_register(void *state, int objtype, void *obj) {
    (void)state; (void)objtype; (void)obj;
}

static Agiddisc_t partnermap_id_discipline = {
    partnermap_id_open, partnermap_id_map, partnermap_id_alloc, partnermap_id_free,
    partnermap_id_print, partnermap_id_close, partnermap_id_register,
};

/* DOT text in memory, handed to the parser a line at a time. */
typedef struct { const char *data; size_t length; size_t position; } partnermap_reader;

static inline int partnermap_read(void *channel, char *buffer, int size) {
    partnermap_reader *reader = channel;
    if (size <= 0 || reader->position >= reader->length) return 0;
    int copied = 0;
    while (copied < size && reader->position < reader->length) {
        char c = reader->data[reader->position++];
        buffer[copied++] = c;
        if (c == '\n') break;
    }
    return copied;
}

/*
 * Like agmemread, with ids in order of appearance. When `others` is not NULL, the rest of the
 * text is read too and the graphs after the first are counted (and closed): a file may hold
 * several, and only the first is used.
 */
static inline Agraph_t *partnermap_read_dot_counting(const char *text, int *others) {
    static Agiodisc_t io;
    static Agdisc_t disc;
    io.afread = partnermap_read;
    io.putstr = AgIoDisc.putstr;
    io.flush = AgIoDisc.flush;
    disc.mem = &AgMemDisc;
    disc.id = &partnermap_id_discipline;
    disc.io = &io;
    partnermap_reader reader = { text, strlen(text), 0 };
    Agraph_t *first = agread(&reader, &disc);
    if (others) {
        *others = 0;
        if (first) {
            Agraph_t *next;
            while ((next = agread(&reader, &disc)) != NULL) {
                *others += 1;
                agclose(next);
            }
        }
    }
    return first;
}

static inline Agraph_t *partnermap_read_dot(const char *text) {
    return partnermap_read_dot_counting(text, NULL);
}
#endif
