/* arena.h: bump allocator for the lexer, parser, AST and compiler's scratch data.
 * An Arena is a GC object (K_ARENA): if a compile is abandoned by a throw, the sweep frees
 * its chunks; on success the compiler frees it at once with spy_arena_release. */
#ifndef SPY_ARENA_H
#define SPY_ARENA_H

#include "vm.h"

typedef struct ArenaChunk {
    struct ArenaChunk *next;
    size_t size, used;
    _Alignas(16) unsigned char data[];
} ArenaChunk;

typedef struct Arena {
    Obj hdr;
    ArenaChunk *chunks;
    size_t total;
} Arena;

Arena *spy_arena_new(VM *vm);
/* n bytes, 16-aligned, zero-filled.  Throws the memory-limit error. */
void *spy_arena_alloc(VM *vm, Arena *a, size_t n);
/* Grows a block previously returned by spy_arena_alloc (copying; old stays allocated). */
void *spy_arena_grow(VM *vm, Arena *a, void *p, size_t oldn, size_t newn);
/* Copy of s[0..n) with a NUL after it. */
char *spy_arena_strndup(VM *vm, Arena *a, const char *s, size_t n);
/* Frees all chunks now (the Arena object itself goes with the next GC).  Never throws. */
void spy_arena_release(VM *vm, Arena *a);

#endif
