/* test_alloc.c: the allocation-failure sweep (Lua's `testalloc` idea).
 *
 * For each program of a small corpus and N = 1, 2, 3, ...: spy_new + spy_run +
 * spy_result_json + spy_free, with the host allocator failing its N-th request, until a run
 * sees no failed request; then again with every request from the N-th on failing (so the
 * error paths must not need memory either).  The budget is 2 MiB, so the GC runs too.
 * Every run must end cleanly -- spy_new returns NULL, or the status is memory_limit or the
 * program's own status (then with the program's own stdout) -- and leave nothing
 * allocated.  Sweeps run in forked children; a crash is reported with the N that caused it
 * and the sweep resumes at N + 1 in a new child.
 *
 * Work is bounded: N stops at SPY_ALLOC_MAXN (20000) and the whole sweep at about
 * SPY_ALLOC_SECONDS (50) seconds, split between the programs.  SPY_TEST_VERBOSE=1 prints
 * every problem, not just the first of each program; an argument picks programs by name.
 * Ends with "N passed, N failed" (one pass per program that survived its sweep). */
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "sandboxed_python.h"

#if defined(__GNUC__) || defined(__clang__)
#define PRINTF_LIKE(a, b) __attribute__((format(printf, a, b)))
#else
#define PRINTF_LIKE(a, b)
#endif

/* ================================================================ corpus */

typedef struct Prog {
    const char *name;
    spy_status status;       /* what CPython-compatible behaviour gives */
    const char *src;
    const char *out;         /* CPython 3.11's stdout */
} Prog;

static const Prog corpus[] = {
    {"arith", SPY_OK,
        "x = 7\n"
        "y = x * 6 - 2 // 3\n"
        "print(x + y, x - y, x * y, y // 4, y % 5, -x ** 2, 7 / 2, 2 ** 10, divmod(-7, 2), 0.1 + "
        "0.2)\n",
        "49 -35 294 10 2 -49 3.5 1024 (-4, 1) 0.30000000000000004\n"},
    {"strings", SPY_OK,
        "s = \"hello\" + \" \" + \"world\"\n"
        "print(s.upper(), s[::-1], s.split(), \"-\".join([\"a\", \"b\", \"c\"]), s.replace(\"l\","
        " \"L\"), len(s))\n"
        "print(repr(s), s.find(\"wor\"), s * 2, s.title().center(15, \"*\"), \"\\u00e9t\\u00e9\"."
        "upper())\n",
        "HELLO WORLD dlrow olleh ['hello', 'world'] a-b-c heLLo worLd 11\n"
        "'hello world' 6 hello worldhello world **Hello World** \xc3\x89T\xc3\x89\n"},
    {"lists", SPY_OK,
        "xs = [3, 1, 2]\n"
        "xs.append(5)\n"
        "xs.extend(range(4))\n"
        "xs.sort()\n"
        "print(xs, xs[1:4], [x * x for x in xs if x % 2], sorted(xs, reverse=True), xs.pop(), xs."
        "index(2))\n",
        "[0, 1, 1, 2, 2, 3, 3] [1, 1, 2] [1, 1, 9, 9, 25] [5, 3, 3, 2, 2, 1, 1, 0] 5 3\n"},
    {"dicts", SPY_OK,
        "d = {\"a\": 1, \"b\": 2}\n"
        "d[\"c\"] = 3\n"
        "for k in list(d):\n"
        "    d[k + k] = d[k] * 10\n"
        "print(d, sorted(d.items()), d.get(\"zz\", 0), {k: v for k, v in d.items() if v > 5}, {1,"
        " 2} | {3})\n",
        "{'a': 1, 'b': 2, 'c': 3, 'aa': 10, 'bb': 20, 'cc': 30} [('a', 1), ('aa', 10), ('b', 2), "
        "('bb', 20), ('c', 3), ('cc', 30)] 0 {'aa': 10, 'bb': 20, 'cc': 30} {1, 2, 3}\n"},
    {"exceptions", SPY_OK,
        "def f(n):\n"
        "    if n > 2:\n"
        "        raise ValueError(\"too big: \" + str(n))\n"
        "    return n\n"
        "total = 0\n"
        "for i in range(5):\n"
        "    try:\n"
        "        total += f(i)\n"
        "    except ValueError as e:\n"
        "        print(\"caught\", e)\n"
        "    finally:\n"
        "        total += 100\n"
        "print(total)\n"
        "try:\n"
        "    {}[\"k\"]\n"
        "except KeyError as e:\n"
        "    print(repr(e))\n",
        "caught too big: 3\n"
        "caught too big: 4\n"
        "503\n"
        "KeyError('k')\n"},
    {"closures", SPY_OK,
        "def make_counter(start):\n"
        "    count = start\n"
        "    def inc(step=1):\n"
        "        nonlocal count\n"
        "        count += step\n"
        "        return count\n"
        "    return inc\n"
        "c = make_counter(10)\n"
        "print(c(), c(5), c())\n"
        "adders = [lambda x, i=i: x + i for i in range(3)]\n"
        "print([f(10) for f in adders], sum(x * x for x in range(10)))\n",
        "11 16 17\n"
        "[10, 11, 12] 285\n"},
    {"classes", SPY_OK,
        "class Animal:\n"
        "    def __init__(self, name):\n"
        "        self.name = name\n"
        "    def speak(self):\n"
        "        return self.name + \" makes a sound\"\n"
        "class Dog(Animal):\n"
        "    def speak(self):\n"
        "        return super().speak() + \": woof\"\n"
        "    def __repr__(self):\n"
        "        return \"Dog(%r)\" % self.name\n"
        "print(Dog(\"rex\").speak(), [Dog(\"a\"), Dog(\"b\")], isinstance(Dog(\"c\"), Animal))\n",
        "rex makes a sound: woof [Dog('a'), Dog('b')] True\n"},
    {"fstrings", SPY_OK,
        "name = \"world\"\n"
        "n = 42\n"
        "print(f\"hello {name}! {n:5d} {n / 7:.3f} {name!r:>10} {n:#x} {[1, 2]} {n:,} {3.5:e}\")\n",
        "hello world!    42 6.000    'world' 0x2a [1, 2] 42 3.500000e+00\n"},
    {"bigints", SPY_OK,
        "x = 2 ** 200 + 12345\n"
        "y = x * x - 3 ** 150\n"
        "print(x, y % 1000007, y // x, -x >> 5, str(x)[:10], hex(x)[:12], x.bit_length())\n",
        "1606938044258990275541962092341162602522202993782792835313721 216442 1606938044258990275"
        "541962092341162602522202993782562590914220 -50216813883093446110686315385661331328818843"
        "555712276103554 1606938044 0x1000000000 201\n"},
    {"syntax_error", SPY_SYNTAX_ERROR,
        "x = 1\n"
        "print(x\n"
        "y = 2\n",
        ""},
    {"uncaught", SPY_ERROR,
        "def g(d):\n"
        "    return d[\"missing\"]\n"
        "print(\"start\")\n"
        "g({\"a\": 1})\n",
        "start\n"},
};

#define NPROGS ((int)(sizeof corpus / sizeof corpus[0]))

/* Programs not swept yet, and why. */
static const char *skip_reason(const char *name)
{
    if (strcmp(name, "bigints") == 0) {
        return "GMP cannot survive a failing host allocator (it aborts); budget exhaustion "
               "is prechecked instead, and tests/limits covers it";
    }
    return NULL;
}

/* ================================================================ failing allocator */

/* A lua_Alloc-contract allocator that fails its `fail_at`-th request (a request is any call
 * with nsize > 0: fresh allocation or resize).  Live blocks are kept in an open-addressing
 * set (pointer -> size), so a free of a pointer it never returned is caught without touching
 * that memory, and blocks leaked by a run can be released before the next one. */
typedef struct Slot {
    void *p;
    size_t size;
} Slot;

typedef struct Heap {
    Slot *slots;             /* capacity a power of two, linear probing, NULL p = empty */
    size_t cap, count;
    size_t live_bytes;
    long requests;
    long fail_at;            /* 0: never fail */
    int fail_after;          /* fail every request from fail_at on, not just that one */
    int failed;
    long bad_ptr;            /* frees/resizes of pointers that are not live blocks */
    long bad_osize;          /* osize different from the block's size */
} Heap;

static size_t slot_of(const Heap *h, const void *p)
{
    uint64_t x = (uint64_t)(uintptr_t)p;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return (size_t)x & (h->cap - 1);
}

static size_t heap_find(const Heap *h, const void *p)
{
    if (h->cap == 0) {
        return SIZE_MAX;
    }
    for (size_t i = slot_of(h, p);; i = (i + 1) & (h->cap - 1)) {
        if (h->slots[i].p == p) {
            return i;
        }
        if (!h->slots[i].p) {
            return SIZE_MAX;
        }
    }
}

static void heap_insert(Heap *h, void *p, size_t size);

static void heap_grow(Heap *h)
{
    Slot *old = h->slots;
    size_t ocap = h->cap;
    h->cap = ocap ? ocap * 2 : 1024;
    h->slots = calloc(h->cap, sizeof *h->slots);
    if (!h->slots) {
        fprintf(stderr, "test_alloc: out of memory\n");
        abort();
    }
    h->count = 0;
    for (size_t i = 0; i < ocap; i++) {
        if (old[i].p) {
            heap_insert(h, old[i].p, old[i].size);
        }
    }
    free(old);
}

static void heap_insert(Heap *h, void *p, size_t size)
{
    if ((h->count + 1) * 2 > h->cap) {
        heap_grow(h);
    }
    size_t i = slot_of(h, p);
    while (h->slots[i].p) {
        i = (i + 1) & (h->cap - 1);
    }
    h->slots[i].p = p;
    h->slots[i].size = size;
    h->count++;
}

/* Backward-shift deletion keeps probe chains intact without tombstones. */
static void heap_remove(Heap *h, size_t i)
{
    size_t mask = h->cap - 1;
    h->slots[i].p = NULL;
    h->count--;
    for (size_t j = (i + 1) & mask; h->slots[j].p; j = (j + 1) & mask) {
        size_t home = slot_of(h, h->slots[j].p);
        /* Move j back into the hole at i unless its home lies cyclically in (i, j]. */
        if (((j - home) & mask) >= ((j - i) & mask)) {
            h->slots[i] = h->slots[j];
            h->slots[j].p = NULL;
            i = j;
        }
    }
}

static void *heap_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    Heap *h = ud;
    size_t idx = SIZE_MAX, old = 0;
    if (ptr) {
        idx = heap_find(h, ptr);
        if (idx == SIZE_MAX) {
            h->bad_ptr++;
            return NULL;
        }
        old = h->slots[idx].size;
        if (old != osize) {
            h->bad_osize++;
        }
    }
    if (nsize == 0) {
        if (ptr) {
            h->live_bytes -= old;
            heap_remove(h, idx);
            free(ptr);
        }
        return NULL;
    }
    h->requests++;
    if (h->fail_at > 0 && (h->requests == h->fail_at ||
                           (h->fail_after && h->requests > h->fail_at))) {
        h->failed++;
        return NULL;
    }
    void *np = realloc(ptr, nsize);
    if (!np) {
        return NULL;
    }
    if (ptr) {
        h->live_bytes -= old;
        heap_remove(h, idx);
    }
    heap_insert(h, np, nsize);
    h->live_bytes += nsize;
    return np;
}

/* Frees whatever a run leaked and zeroes the counters. */
static void heap_reset(Heap *h, long fail_at, int fail_after)
{
    for (size_t i = 0; i < h->cap; i++) {
        if (h->slots[i].p) {
            free(h->slots[i].p);
            h->slots[i].p = NULL;
        }
    }
    h->count = 0;
    h->live_bytes = 0;
    h->requests = 0;
    h->failed = 0;
    h->bad_ptr = 0;
    h->bad_osize = 0;
    h->fail_at = fail_at;
    h->fail_after = fail_after;
}

/* ================================================================ one run */

typedef struct Outcome {
    int vm_null;             /* spy_new returned NULL */
    spy_status status;
    char *out;               /* malloc'd copy of the captured stdout */
    size_t out_len;
    int json_ok;             /* spy_result_json looked like one JSON object */
    char json_head[48];      /* its beginning, for the report */
    long requests;           /* allocation requests of the whole run */
    int failed;              /* requests refused */
    size_t leak_bytes, leak_blocks;
    long bad_ptr, bad_osize;
} Outcome;

static void run_once(const Prog *pg, Heap *h, long fail_at, int fail_after, Outcome *o)
{
    memset(o, 0, sizeof *o);
    heap_reset(h, fail_at, fail_after);
    spy_config cfg;
    spy_config_init(&cfg);
    cfg.alloc = heap_alloc;
    cfg.alloc_ud = h;
    cfg.timeout = 20; /* a run that loops forever after a failure still ends */
    /* A small budget makes the GC run during the program too (its next_gc is an eighth). */
    cfg.max_memory = 2u << 20;
    spy_vm *vm = spy_new(&cfg);
    if (!vm) {
        o->vm_null = 1;
    } else {
        o->status = spy_run(vm, pg->src, strlen(pg->src), "main.py");
        const spy_result *r = spy_result_get(vm);
        if (r && r->out) {
            o->out = malloc(r->out_len + 1);
            memcpy(o->out, r->out, r->out_len);
            o->out[r->out_len] = 0;
            o->out_len = r->out_len;
        }
        const char *json = spy_result_json(vm);
        size_t jl = json ? strlen(json) : 0;
        o->json_ok = jl >= 2 && json[0] == '{' && json[jl - 1] == '}';
        snprintf(o->json_head, sizeof o->json_head, "%s", json ? json : "(null)");
        spy_free(vm);
    }
    o->requests = h->requests;
    o->failed = h->failed;
    o->leak_bytes = h->live_bytes;
    o->leak_blocks = h->count;
    o->bad_ptr = h->bad_ptr;
    o->bad_osize = h->bad_osize;
}

/* ================================================================ sweep (child side) */

/* What a sweep child tells its parent; in shared memory so it survives a crash. */
typedef struct Shared {
    long cur_n;              /* N being run (0: the unfailed run) */
    long last_n;             /* last N finished */
    long total;              /* requests of an unfailed run */
    int done;                /* a run saw no failure: the sweep is complete */
    int problems;            /* of this program, both modes */
    int mode_problems;       /* of the current mode */
    char first[512];
} Shared;

/* The two ways of failing: request N alone, or N and every later one (then the recovery
 * paths -- error reporting, cleanup -- must not need memory either). */
static const char *const mode_names[] = {"", " onward"};

static Shared *sh;
static int verbose;
static const char *cur_name;

/* Expected runs of one program's own sweep (beyond spy_new's), for sharing out time. */
#define PROG_WEIGHT 300

/* Problems reported per program and mode before its sweep gives up. */
#define MAX_PROBLEMS 10

PRINTF_LIKE(1, 2) static void problem(const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (sh->problems++ == 0) {
        memcpy(sh->first, msg, sizeof msg);
    }
    sh->mode_problems++;
    if (verbose) {
        printf("  [%s] %s\n", cur_name, msg);
        fflush(stdout);
    }
}

/* Checks what every run must satisfy; `n` is the failing request (0 for none), `how` says
 * whether later requests failed too. */
static void check_outcome(const Prog *pg, const Outcome *o, const Outcome *base, long n,
                          const char *how)
{
    if (o->leak_blocks || o->leak_bytes) {
        problem("N=%ld%s: %zu bytes in %zu blocks still allocated after spy_free", n, how,
                o->leak_bytes, o->leak_blocks);
    }
    if (o->bad_ptr) {
        problem("N=%ld%s: %ld frees/resizes of pointers the allocator never returned", n, how,
                o->bad_ptr);
    }
    if (o->bad_osize) {
        problem("N=%ld%s: %ld frees/resizes with a wrong osize", n, how, o->bad_osize);
    }
    if (o->vm_null) {
        if (!o->failed) {
            problem("N=%ld%s: spy_new returned NULL though no allocation failed", n, how);
        }
        return;
    }
    if (!o->json_ok) {
        problem("N=%ld%s: spy_result_json is not one JSON object: %s...", n, how,
                o->json_head);
    }
    if (!base) {
        /* The unfailed run, against CPython. */
        size_t wl = strlen(pg->out);
        if (o->status != pg->status) {
            problem("unfailed run: status %s, CPython's is %s", spy_status_name(o->status),
                    spy_status_name(pg->status));
        } else if (o->out_len != wl || memcmp(o->out ? o->out : "", pg->out, wl) != 0) {
            problem("unfailed run: stdout differs from CPython's (%zu bytes vs %zu): %.100s",
                    o->out_len, wl, o->out ? o->out : "");
        }
        return;
    }
    if (o->status != SPY_MEMORY_LIMIT && o->status != base->status) {
        problem("N=%ld%s: status %s, want %s or memory_limit", n, how,
                spy_status_name(o->status), spy_status_name(base->status));
        return;
    }
    if (!o->failed && o->status == SPY_MEMORY_LIMIT && base->status != SPY_MEMORY_LIMIT) {
        problem("N=%ld%s: memory_limit though no allocation failed", n, how);
    }
    if (o->status == base->status &&
        (o->out_len != base->out_len || memcmp(o->out ? o->out : "", base->out, o->out_len))) {
        problem("N=%ld%s: status %s but stdout differs from the unfailed run (%zu bytes vs %zu)",
                n, how, spy_status_name(o->status), o->out_len, base->out_len);
    }
}

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Sweeps N = start .. until done, the cap, the deadline or too many problems. */
static void sweep(const Prog *pg, int mode, long start, long max_n, double deadline,
                  int judge)
{
    Heap h;
    memset(&h, 0, sizeof h);
    Outcome base, o;
    sh->cur_n = 0;
    run_once(pg, &h, 0, 0, &base);
    sh->total = base.requests;
    if (judge) {
        check_outcome(pg, &base, NULL, 0, "");
    }
    for (long n = start; n <= max_n && sh->mode_problems < MAX_PROBLEMS; n++) {
        if (now_seconds() > deadline) {
            break;
        }
        sh->cur_n = n;
        alarm(30);
        run_once(pg, &h, n, mode, &o);
        alarm(0);
        check_outcome(pg, &o, &base, n, mode_names[mode]);
        free(o.out);
        sh->last_n = n;
        if (!o.failed) {
            sh->done = 1;
            break;
        }
    }
    free(base.out);
    heap_reset(&h, 0, 0);
    free(h.slots);
}

/* ================================================================ main */

static long env_long(const char *name, long dflt)
{
    const char *v = getenv(name);
    return v && *v ? strtol(v, NULL, 10) : dflt;
}

/* Allocation requests of spy_new + spy_free alone: every program shares these, so only the
 * first program sweeps them. */
static long setup_requests(void)
{
    Heap h;
    memset(&h, 0, sizeof h);
    heap_reset(&h, 0, 0);
    spy_config cfg;
    spy_config_init(&cfg);
    cfg.alloc = heap_alloc;
    cfg.alloc_ud = &h;
    spy_vm *vm = spy_new(&cfg);
    long n = h.requests;
    spy_free(vm);
    heap_reset(&h, 0, 0);
    free(h.slots);
    return vm ? n : 0;
}

/* Sweeps one program in one mode, in children; returns 1 if the sweep went to the end. */
static int sweep_program(const Prog *pg, int mode, long start, long max_n, double deadline,
                         int judge)
{
    int crashes = 0;
    sh->mode_problems = 0;
    sh->done = 0;
    sh->last_n = 0;
    for (;;) {
        fflush(stdout);
        pid_t pid = fork();
        if (pid < 0) {
            perror("fork");
            exit(2);
        }
        if (pid == 0) {
            /* Crashes are expected findings here: no core files. */
            struct rlimit nocore = {0, 0};
            setrlimit(RLIMIT_CORE, &nocore);
            sweep(pg, mode, start, max_n, deadline, judge && crashes == 0);
            fflush(stdout);
            exit(0);
        }
        int ws;
        while (waitpid(pid, &ws, 0) < 0) {
        }
        if (WIFEXITED(ws) && WEXITSTATUS(ws) == 0) {
            return sh->done;
        }
        long n = sh->cur_n;
        sh->last_n = n;
        crashes++;
        if (WIFSIGNALED(ws)) {
            problem("N=%ld%s: %s (signal %d, %s)", n, mode_names[mode],
                    WTERMSIG(ws) == SIGALRM ? "hung" : "crashed", WTERMSIG(ws),
                    strsignal(WTERMSIG(ws)));
        } else {
            problem("N=%ld%s: exited with status %d (sanitizer report above?)", n,
                    mode_names[mode], WEXITSTATUS(ws));
        }
        /* A crash in the unfailed run leaves nothing to sweep; else resume after N. */
        if (n == 0 || sh->mode_problems >= MAX_PROBLEMS) {
            return 0;
        }
        start = n + 1;
        sh->cur_n = 0;
    }
}

int main(int argc, char **argv)
{
    verbose = getenv("SPY_TEST_VERBOSE") != NULL;
    long max_n = env_long("SPY_ALLOC_MAXN", 20000);
    double budget = (double)env_long("SPY_ALLOC_SECONDS", 50);
    const char *only = argc > 1 ? argv[1] : NULL;
    sh = mmap(NULL, sizeof *sh, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (sh == MAP_FAILED) {
        perror("mmap");
        return 2;
    }
    fflush(stdout);
    long setup = setup_requests();
    /* Time is shared in proportion to the expected number of runs: the first program also
     * sweeps spy_new's requests; every program's own run makes a few hundred. */
    double total_w = 0, done_w = 0;
    for (int i = 0, first = 1; i < NPROGS; i++) {
        if (!only || strstr(corpus[i].name, only)) {
            total_w += 2 * (PROG_WEIGHT + (first ? (double)setup : 0));
            first = 0;
        }
    }
    double t0 = now_seconds();
    int passed = 0, failed = 0, swept_setup = 0;
    for (int i = 0; i < NPROGS; i++) {
        const Prog *pg = &corpus[i];
        if (only && !strstr(pg->name, only)) {
            continue;
        }
        if (skip_reason(pg->name)) {
            printf("skip %s: %s\n", pg->name, skip_reason(pg->name));
            continue;
        }
        cur_name = pg->name;
        memset(sh, 0, sizeof *sh);
        /* spy_new's requests are the same for every program: only the first sweeps them. */
        long start = swept_setup && setup > 0 ? setup + 1 : 1;
        double w = PROG_WEIGHT + (swept_setup ? 0 : (double)setup);
        swept_setup = 1;
        int complete = 1;
        for (int mode = 0; mode < 2; mode++) {
            done_w += w;
            double deadline = t0 + budget * done_w / total_w;
            int ok = sweep_program(pg, mode, start, max_n, deadline, mode == 0);
            complete &= ok;
            if (verbose) {
                printf("  [%s] mode%s: swept N=%ld..%ld of %ld requests%s\n", pg->name,
                       mode_names[mode], start, sh->last_n, sh->total,
                       ok ? "" : " (incomplete)");
            }
        }
        if (sh->problems) {
            failed++;
            if (sh->problems > 1) {
                printf("FAIL %s: %s (+%d more)\n", pg->name, sh->first, sh->problems - 1);
            } else {
                printf("FAIL %s: %s\n", pg->name, sh->first);
            }
        } else {
            passed++;
            if (!complete) {
                printf("note: %s: sweep stopped at N=%ld of %ld requests (N cap or time "
                       "budget)\n", pg->name, sh->last_n, sh->total);
            }
        }
    }
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
