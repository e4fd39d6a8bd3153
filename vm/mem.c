/* mem.c: THE allocation funnel.  Every byte the VM uses is allocated here, through the
 * host's `spy_alloc_fn` (lua_Alloc's contract), and charged to the memory budget.
 *
 * Each block carries a 16-byte header with its size, so callers free without passing
 * sizes (fewer bookkeeping bugs in a codebase where any call may longjmp).  The funnel
 * never returns NULL: over budget, or when the host allocator fails, it throws the
 * uncatchable memory-limit error.  It never collects garbage itself (collection happens
 * only at safe points of the dispatch loop, see vm.h); it only asks for one. */
#include <stdlib.h>
#include <string.h>
#ifdef __linux__
#include <sys/mman.h>
#endif

#include "vm.h"

typedef struct BlockHdr {
    size_t size;
    size_t pad;
} BlockHdr;

#define HDR sizeof(BlockHdr)

static void *host_alloc(VM *vm, void *p, size_t osize, size_t nsize)
{
    if (vm->cfg.alloc) {
        return vm->cfg.alloc(vm->cfg.alloc_ud, p, osize, nsize);
    }
    if (nsize == 0) {
        free(p);
        return NULL;
    }
    return realloc(p, nsize);
}

VM *spy_mem_vm_new(const spy_config *cfg)
{
    VM *vm = cfg->alloc ? cfg->alloc(cfg->alloc_ud, NULL, 0, sizeof(VM)) : malloc(sizeof(VM));
    if (vm) {
        memset(vm, 0, sizeof *vm);
        vm->cfg = *cfg;
    }
    return vm;
}

void spy_mem_vm_free(VM *vm)
{
    spy_alloc_fn a = vm->cfg.alloc;
    if (a) {
        a(vm->cfg.alloc_ud, vm, sizeof(VM), 0);
    } else {
        free(vm);
    }
}

void *spy_mem_host(VM *vm, void *p, size_t osize, size_t nsize)
{
    return host_alloc(vm, p, osize, nsize);
}

/* Accounts for `delta` more bytes; throws when the budget cannot hold them. */
static void charge(VM *vm, size_t add)
{
    if (SPY_UNLIKELY(add > vm->limit || vm->bytes > vm->limit - add)) {
        spy_limit(vm, SPY_MEMORY_LIMIT);
    }
    vm->bytes += add;
    if (vm->bytes > vm->peak) {
        vm->peak = vm->bytes;
    }
#ifdef SPY_GC_STRESS
    /* Stress build: ask for a collection at every safe point after any allocation. */
    vm->next_gc = 0;
#endif
    if (SPY_UNLIKELY(vm->bytes > vm->next_gc) && !vm->gc_requested) {
        vm->gc_requested = true;
        /* Make the dispatch loop reach its checkpoint (a safe point) at once. */
        vm->steps_done += (uint64_t)(vm->steps_chunk - vm->steps_left);
        vm->steps_chunk = 0;
        vm->steps_left = 0;
    }
}

void spy_mem_precheck(VM *vm, double n)
{
    if (n < 0 || n > (double)vm->limit || (double)vm->bytes + n > (double)vm->limit) {
        spy_limit(vm, SPY_MEMORY_LIMIT);
    }
}

/* ---- Small-object pool.  Blocks of up to POOL_MAX bytes (header included) come from
 * per-size-class free lists carved out of 64 KiB host chunks, as CPython's pymalloc:
 * glibc's malloc was a quarter of the time of allocation-heavy programs.  The budget is
 * charged the rounded block size.  A pooled block has its class in `pad` (non-zero);
 * host blocks have pad 0.  Chunks go back to the host only in spy_mem_pool_free.
 * Sanitizer builds define SPY_NO_POOL so that ASan sees every block. */
#define POOL_GRAIN 16
#define POOL_MAX 512
#define POOL_CHUNK (64u << 10)

typedef struct PoolChunk {
    struct PoolChunk *next;
    size_t size;
} PoolChunk;

#ifndef SPY_NO_POOL
#define POOL_CHUNK_MAX (2u << 20)

/* A pool chunk.  With the default allocator a 2 MiB chunk is 2 MiB-aligned and advised
 * as a transparent huge page: one page fault instead of 512 (first-touch faults were a
 * sixth of the time of garbage-heavy programs). */
static void *chunk_alloc(VM *vm, size_t size)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (!vm->cfg.alloc && size == POOL_CHUNK_MAX) {
        void *p = aligned_alloc(POOL_CHUNK_MAX, size);
        if (p) {
            madvise(p, size, MADV_HUGEPAGE);
        }
        return p;
    }
#endif
    return host_alloc(vm, NULL, 0, size);
}

static void *pool_take(VM *vm, size_t cls)
{
    void *b = vm->pool_free[cls];
    if (b) {
        vm->pool_free[cls] = *(void **)b;
        return b;
    }
    size_t sz = cls * POOL_GRAIN;
    if ((size_t)(vm->pool_end - vm->pool_cur) < sz) {
        /* Chunks double from 64 KiB to 2 MiB: small programs stay small, and big heaps
         * take fewer, larger chunks (which the default allocator backs by huge pages). */
        size_t csize = vm->pool_chunk_size ? vm->pool_chunk_size : POOL_CHUNK;
        PoolChunk *c = chunk_alloc(vm, csize);
        if (!c) {
            return NULL;
        }
        if (csize < POOL_CHUNK_MAX) {
            vm->pool_chunk_size = csize * 2;
        }
        c->next = vm->pool_chunks;
        c->size = csize;
        vm->pool_chunks = c;
        vm->pool_cur = (char *)(c + 1);
        vm->pool_end = (char *)c + csize;
    }
    b = vm->pool_cur;
    vm->pool_cur += sz;
    return b;
}

#endif

void spy_mem_pool_free(VM *vm)
{
    PoolChunk *c = vm->pool_chunks;
    while (c) {
        PoolChunk *next = c->next;
        host_alloc(vm, c, c->size, 0);
        c = next;
    }
    vm->pool_chunks = NULL;
    vm->pool_cur = vm->pool_end = NULL;
    vm->pool_chunk_size = 0;
    memset(vm->pool_free, 0, sizeof vm->pool_free);
}

void *spy_mem_alloc(VM *vm, size_t n)
{
    if (n > (size_t)1 << 60) {
        spy_limit(vm, SPY_MEMORY_LIMIT);
    }
    size_t total = n + HDR;
#ifndef SPY_NO_POOL
    if (total <= POOL_MAX) {
        size_t cls = (total + POOL_GRAIN - 1) / POOL_GRAIN;
        charge(vm, cls * POOL_GRAIN);
        BlockHdr *h = pool_take(vm, cls);
        if (!h) {
            vm->bytes -= cls * POOL_GRAIN;
            spy_limit(vm, SPY_MEMORY_LIMIT);
        }
        h->size = n;
        h->pad = cls;
        return h + 1;
    }
#endif
    charge(vm, total);
    BlockHdr *h = host_alloc(vm, NULL, 0, total);
    if (!h) {
        vm->bytes -= total;
        spy_limit(vm, SPY_MEMORY_LIMIT);
    }
    h->size = n;
    h->pad = 0;
    return h + 1;
}

void *spy_mem_calloc(VM *vm, size_t n)
{
    void *p = spy_mem_alloc(vm, n);
    memset(p, 0, n);
    return p;
}

void *spy_mem_realloc(VM *vm, void *p, size_t n)
{
    if (!p) {
        return spy_mem_alloc(vm, n);
    }
    if (n > (size_t)1 << 60) {
        spy_limit(vm, SPY_MEMORY_LIMIT);
    }
    BlockHdr *h = (BlockHdr *)p - 1;
    size_t old = h->size;
    if (h->pad) {
        /* Pooled: stay in place when the class still fits, else move. */
        if (n + HDR <= h->pad * POOL_GRAIN) {
            h->size = n;
            return p;
        }
        void *q = spy_mem_alloc(vm, n);
        memcpy(q, p, old < n ? old : n);
        spy_mem_free(vm, p);
        return q;
    }
    if (n > old) {
        charge(vm, n - old);
    }
    BlockHdr *nh = host_alloc(vm, h, old + HDR, n + HDR);
    if (!nh) {
        if (n > old) {
            vm->bytes -= n - old;
        }
        spy_limit(vm, SPY_MEMORY_LIMIT);
    }
    if (n < old) {
        vm->bytes -= old - n;
    }
    nh->size = n;
    return nh + 1;
}

void spy_mem_free(VM *vm, void *p)
{
    if (!p) {
        return;
    }
    BlockHdr *h = (BlockHdr *)p - 1;
    if (h->pad) {
        size_t cls = h->pad;
        vm->bytes -= cls * POOL_GRAIN;
        *(void **)h = vm->pool_free[cls];
        vm->pool_free[cls] = h;
        return;
    }
    vm->bytes -= h->size + HDR;
    host_alloc(vm, h, h->size + HDR, 0);
}

/* ---- GMP routing.  GMP's memory hooks are process-global and take no user pointer, so
 * the VM doing big-int work is kept in a thread-local.  GMP cannot survive a failed
 * allocation, so these hooks never throw: callers precheck sizes (spy_mem_precheck) before
 * big operations, and the hooks charge without failing (the budget may be overshot by at
 * most one precheck'd operation). */

static _Thread_local VM *gmp_vm;
static int gmp_hooked;

static void *gmp_alloc(size_t n)
{
    VM *vm = gmp_vm;
    size_t total = n + HDR;
    BlockHdr *h = vm ? host_alloc(vm, NULL, 0, total) : malloc(total);
    if (!h) {
        abort(); /* host out of memory inside GMP: nothing safe remains */
    }
    h->size = n;
    h->pad = vm ? 1 : 0;
    if (vm) {
        vm->bytes += total;
        if (vm->bytes > vm->peak) {
            vm->peak = vm->bytes;
        }
    }
    return h + 1;
}

static void gmp_free(void *p, size_t n)
{
    (void)n;
    if (!p) {
        return;
    }
    BlockHdr *h = (BlockHdr *)p - 1;
    VM *vm = gmp_vm;
    if (h->pad && vm) {
        vm->bytes -= h->size + HDR;
        host_alloc(vm, h, h->size + HDR, 0);
    } else {
        free(h);
    }
}

static void *gmp_realloc(void *p, size_t oldn, size_t n)
{
    (void)oldn;
    if (!p) {
        return gmp_alloc(n);
    }
    BlockHdr *h = (BlockHdr *)p - 1;
    VM *vm = gmp_vm;
    if (h->pad && vm) {
        size_t old = h->size;
        BlockHdr *nh = host_alloc(vm, h, old + HDR, n + HDR);
        if (!nh) {
            abort();
        }
        vm->bytes += n;
        vm->bytes -= old;
        if (vm->bytes > vm->peak) {
            vm->peak = vm->bytes;
        }
        nh->size = n;
        return nh + 1;
    }
    void *q = gmp_alloc(n);
    memcpy(q, p, h->size < n ? h->size : n);
    gmp_free(p, 0);
    return q;
}

void spy_mem_gmp_enter(VM *vm)
{
    if (!gmp_hooked) {
        mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
        gmp_hooked = 1;
    }
    gmp_vm = vm;
}

/* The hooks stay installed (restoring them while another thread's VM runs would send its
 * blocks to the wrong allocator); only the thread's VM pointer is dropped, so nothing
 * charges a VM that is gone.  Blocks allocated with no VM carry pad 0 and use malloc. */
void spy_mem_gmp_leave(VM *vm)
{
    if (gmp_vm == vm) {
        gmp_vm = NULL;
    }
}
