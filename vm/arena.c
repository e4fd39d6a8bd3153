/* arena.c: bump allocation for the front end (lexer, parser, AST, compiler scratch).
 * Chunks come from the funnel; the Arena object is a GC object so an abandoned compile
 * (a throw mid-parse) still gets its chunks freed by the sweep. */
#include <string.h>

#include "arena.h"

#define CHUNK_MIN (32u << 10)

Arena *spy_arena_new(VM *vm)
{
    return spy_obj_alloc(vm, sizeof(Arena), K_ARENA, vm->t_internal);
}

void *spy_arena_alloc(VM *vm, Arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    ArenaChunk *c = a->chunks;
    if (!c || c->size - c->used < n) {
        size_t size = n > CHUNK_MIN ? n : CHUNK_MIN;
        c = spy_mem_alloc(vm, sizeof(ArenaChunk) + size);
        c->size = size;
        c->used = 0;
        c->next = a->chunks;
        a->chunks = c;
        a->total += size;
    }
    void *p = c->data + c->used;
    c->used += n;
    memset(p, 0, n);
    return p;
}

void *spy_arena_grow(VM *vm, Arena *a, void *p, size_t oldn, size_t newn)
{
    if (newn <= oldn) {
        return p;
    }
    void *q = spy_arena_alloc(vm, a, newn);
    if (p && oldn) {
        memcpy(q, p, oldn);
    }
    return q;
}

char *spy_arena_strndup(VM *vm, Arena *a, const char *s, size_t n)
{
    char *p = spy_arena_alloc(vm, a, n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

void spy_arena_release(VM *vm, Arena *a)
{
    ArenaChunk *c = a->chunks;
    while (c) {
        ArenaChunk *next = c->next;
        spy_mem_free(vm, c);
        c = next;
    }
    a->chunks = NULL;
    a->total = 0;
}
