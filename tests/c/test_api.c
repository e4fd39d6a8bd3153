/* test_api.c: tests of the public API, written as an embedder would (only the public header).
 *
 * The cases run in a forked child; when one crashes or hangs, that case fails and a new
 * child carries on with the next (one child for all cases keeps sanitizer builds fast: the
 * leak check at exit runs once).  SPY_TEST_NOFORK=1 runs them in-process, for a debugger; an
 * argument runs only the cases whose name contains it.  A failing case prints one line: its
 * name, the first check that failed and how many more did (SPY_TEST_VERBOSE=1 prints every
 * failed check).  Ends with "N passed, N failed"; exits non-zero on a failure. */
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "sandboxed_python.h"

#if defined(__GNUC__) || defined(__clang__)
#define PRINTF_LIKE(a, b) __attribute__((format(printf, a, b)))
#else
#define PRINTF_LIKE(a, b)
#endif

/* Seconds a case may run before it counts as hung (ASan builds are several times slower). */
#define CASE_TIMEOUT 120

/* ================================================================ harness */

/* volatile: the compiler assumes malloc/realloc read no user globals. */
static volatile int watching;  /* inside a malloc watch window (see below) */
static const char *cur_case;
static int case_fails;
static char first_fail[2048];
static int verbose;
static jmp_buf case_jmp;

PRINTF_LIKE(1, 2) static void failf(const char *fmt, ...)
{
    char other[2048];
    char *dst = case_fails == 0 ? first_fail : other;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(dst, sizeof other, fmt, ap);
    va_end(ap);
    case_fails++;
    if (verbose) {
        int w = watching;
        watching = 0; /* stdio's own buffer is not the VM's allocation */
        printf("  [%s] %s\n", cur_case, dst);
        watching = w;
    }
}

/* Ends the current case (after a failure that makes the rest meaningless). */
static void bail(void)
{
    longjmp(case_jmp, 1);
}

#define CHECK(cond, ...)                                                                      \
    do {                                                                                      \
        if (!(cond)) {                                                                        \
            failf(__VA_ARGS__);                                                               \
        }                                                                                     \
    } while (0)

#define REQUIRE(cond, ...)                                                                    \
    do {                                                                                      \
        if (!(cond)) {                                                                        \
            failf(__VA_ARGS__);                                                               \
            bail();                                                                           \
        }                                                                                     \
    } while (0)

/* A quoted, C-escaped, truncated copy of s[0..n) for messages (rotating static buffers). */
static const char *esc(const char *s, size_t n)
{
    static char bufs[8][320];
    static int k;
    char *b = bufs[k++ & 7];
    if (!s) {
        return "(null)";
    }
    size_t j = 0, i;
    b[j++] = '"';
    for (i = 0; i < n && j < sizeof bufs[0] - 16; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\n') {
            b[j++] = '\\';
            b[j++] = 'n';
        } else if (c == '"' || c == '\\') {
            b[j++] = '\\';
            b[j++] = (char)c;
        } else if (c < 0x20 || c >= 0x7f) {
            j += (size_t)snprintf(b + j, 8, "\\x%02x", c);
        } else {
            b[j++] = (char)c;
        }
    }
    b[j++] = '"';
    if (i < n) {
        memcpy(b + j, "...", 3);
        j += 3;
    }
    b[j] = 0;
    return b;
}

static const char *escz(const char *s)
{
    return s ? esc(s, strlen(s)) : "(null)";
}

static void check_bytes_n(const char *what, const char *got, size_t got_len, const char *want,
                          size_t wl)
{
    if (!got || got_len != wl || memcmp(got, want, wl) != 0) {
        failf("%s: got %s (len %zu), want %s", what, got ? esc(got, got_len) : "(null)",
              got_len, esc(want, wl));
    }
}

static void check_bytes(const char *what, const char *got, size_t got_len, const char *want)
{
    check_bytes_n(what, got, got_len, want, strlen(want));
}

/* `want` NULL means the string must be NULL. */
static void check_cstr(const char *what, const char *got, const char *want)
{
    if (!want) {
        CHECK(!got, "%s: got %s, want NULL", what, escz(got));
    } else if (!got || strcmp(got, want) != 0) {
        failf("%s: got %s, want %s", what, escz(got), escz(want));
    }
}

static void check_prefix(const char *what, const char *got, const char *prefix)
{
    if (!got || strncmp(got, prefix, strlen(prefix)) != 0) {
        failf("%s: got %s, want it to begin with %s", what, escz(got), escz(prefix));
    }
}

static void check_suffix(const char *what, const char *got, size_t n, const char *suffix)
{
    size_t sl = strlen(suffix);
    if (!got || n < sl || memcmp(got + n - sl, suffix, sl) != 0) {
        failf("%s: got %s, want it to end with %s", what, got ? esc(got, n) : "(null)",
              escz(suffix));
    }
}

static void check_int(const char *what, long long got, long long want)
{
    CHECK(got == want, "%s: got %lld, want %lld", what, got, want);
}

static void check_status(const spy_result *r, spy_status want)
{
    if (r->status != want) {
        failf("status: got %s, want %s (exc %s: %s; err %s)", spy_status_name(r->status),
              spy_status_name(want), escz(r->exc_type), escz(r->exc_message),
              r->err ? esc(r->err, r->err_len) : "(null)");
    }
}

static void check_out(const spy_result *r, const char *want)
{
    check_bytes("out", r->out, r->out_len, want);
}

static void check_err(const spy_result *r, const char *want)
{
    check_bytes("err", r->err, r->err_len, want);
}

static spy_vm *new_vm(const spy_config *cfg)
{
    spy_vm *vm = spy_new(cfg);
    REQUIRE(vm, "spy_new returned NULL");
    return vm;
}

/* Runs `src` as "main.py" and returns the result, checking that spy_run's return value is
 * the result's status. */
static const spy_result *run(spy_vm *vm, const char *src)
{
    spy_status st = spy_run(vm, src, strlen(src), "main.py");
    const spy_result *r = spy_result_get(vm);
    REQUIRE(r, "spy_result_get returned NULL for a live VM");
    CHECK(st == r->status, "spy_run returned %s but the result says %s", spy_status_name(st),
          spy_status_name(r->status));
    REQUIRE(r->out && r->err, "result out/err is NULL after a run");
    CHECK(r->out[r->out_len] == 0 && r->err[r->err_len] == 0, "out/err not NUL-terminated");
    return r;
}

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void sleep_ms(int ms)
{
    struct timespec ts = {ms / 1000, (long)(ms % 1000) * 1000000L};
    nanosleep(&ts, NULL);
}

/* ================================================================ malloc watch */

/* To prove that every allocation goes through the host's callback, this program replaces
 * glibc's malloc/calloc/realloc with counting wrappers: inside a watch window, a call that
 * does not come from count_alloc is an allocation behind the embedder's back.  Sanitizers
 * bring their own malloc, so there the watch is off. */
#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer)
#define NO_MALLOC_WATCH 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define NO_MALLOC_WATCH 1
#endif

static volatile int in_callback; /* inside count_alloc */
static volatile long behind;   /* libc allocations seen in the window outside the callback */

#if defined(__GLIBC__) && !defined(NO_MALLOC_WATCH)
#define MALLOC_WATCH 1
extern void *__libc_malloc(size_t n);
extern void *__libc_calloc(size_t n, size_t size);
extern void *__libc_realloc(void *p, size_t n);

void *malloc(size_t n)
{
    behind += watching && !in_callback;
    return __libc_malloc(n);
}

void *calloc(size_t n, size_t size)
{
    behind += watching && !in_callback;
    return __libc_calloc(n, size);
}

void *realloc(void *p, size_t n)
{
    behind += watching && !in_callback;
    return __libc_realloc(p, n);
}
#else
#define MALLOC_WATCH 0
#endif

/* ================================================================ counting allocator */

/* A host allocator with the lua_Alloc contract that counts what the VM holds.  Every block
 * carries a header with its size, an owner id (to catch a block freed through the wrong VM's
 * allocator) and a magic word. */
typedef struct Counter {
    int id;
    size_t live_bytes, live_blocks, peak_bytes;
    size_t nalloc, nfree;
    size_t bad_osize;          /* frees/reallocs whose osize differs from the block's size */
    size_t foreign;            /* blocks that belong to another Counter */
    size_t bad_magic;          /* pointers this allocator never returned */
} Counter;

typedef union CHdr {
    struct {
        size_t size;
        int owner;
        unsigned magic;
    } h;
    max_align_t align;
} CHdr;

#define CMAGIC 0x5ba11a0cU

static void *count_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    Counter *c = ud;
    CHdr *h = ptr ? (CHdr *)ptr - 1 : NULL;
    if (h) {
        if (h->h.magic != CMAGIC) {
            c->bad_magic++;
            return NULL;
        }
        if (h->h.owner != c->id) {
            c->foreign++;
        }
        if (h->h.size != osize) {
            c->bad_osize++;
        }
    }
    if (nsize == 0) {
        if (h) {
            c->live_bytes -= h->h.size;
            c->live_blocks--;
            c->nfree++;
            h->h.magic = 0;
            free(h);
        }
        return NULL;
    }
    size_t old = h ? h->h.size : 0;
    in_callback++;
    CHdr *nh = realloc(h, sizeof(CHdr) + nsize);
    in_callback--;
    if (!nh) {
        return NULL;
    }
    if (!h) {
        c->live_blocks++;
        c->nalloc++;
    }
    c->live_bytes += nsize - old;
    if (c->live_bytes > c->peak_bytes) {
        c->peak_bytes = c->live_bytes;
    }
    nh->h.size = nsize;
    nh->h.owner = c->id;
    nh->h.magic = CMAGIC;
    return nh + 1;
}

static void check_counter_empty(const char *what, const Counter *c)
{
    CHECK(c->live_blocks == 0 && c->live_bytes == 0,
          "%s: after spy_free %zu bytes in %zu blocks are still live (leak)", what,
          c->live_bytes, c->live_blocks);
    CHECK(c->bad_osize == 0, "%s: %zu frees/reallocs passed a wrong osize", what,
          c->bad_osize);
    CHECK(c->foreign == 0, "%s: %zu blocks were freed through another VM's allocator", what,
          c->foreign);
    CHECK(c->bad_magic == 0, "%s: %zu pointers freed that the allocator never returned", what,
          c->bad_magic);
}

/* ================================================================ JSON checker */

/* A strict little JSON parser (RFC 8259): enough to validate spy_result_json's text and read
 * its fields back, decoded. */
typedef struct JNode JNode;
struct JNode {
    char type;               /* 'o' object, 'a' array, 's' string, 'n' number, 'b' bool, 'z' null */
    char *str;               /* decoded string ('s') */
    size_t len;
    double num;              /* 'n', and 'b' as 0/1 */
    int nkids;
    char **keys;             /* 'o' */
    JNode **kids;            /* 'o', 'a' */
};

typedef struct JParser {
    const char *p, *end;
    const char *error;
} JParser;

static void jfree(JNode *n)
{
    if (!n) {
        return;
    }
    for (int i = 0; i < n->nkids; i++) {
        jfree(n->kids[i]);
        if (n->keys) {
            free(n->keys[i]);
        }
    }
    free(n->kids);
    free(n->keys);
    free(n->str);
    free(n);
}

static void jws(JParser *j)
{
    while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' || *j->p == '\n' || *j->p == '\r')) {
        j->p++;
    }
}

static int jhex4(JParser *j, unsigned *out)
{
    unsigned v = 0;
    for (int i = 0; i < 4; i++) {
        if (j->p >= j->end) {
            return 0;
        }
        char c = *j->p++;
        v <<= 4;
        if (c >= '0' && c <= '9') {
            v |= (unsigned)(c - '0');
        } else if (c >= 'a' && c <= 'f') {
            v |= (unsigned)(c - 'a' + 10);
        } else if (c >= 'A' && c <= 'F') {
            v |= (unsigned)(c - 'A' + 10);
        } else {
            return 0;
        }
    }
    *out = v;
    return 1;
}

static void put_utf8(char *b, size_t *k, unsigned cp)
{
    if (cp < 0x80) {
        b[(*k)++] = (char)cp;
    } else if (cp < 0x800) {
        b[(*k)++] = (char)(0xc0 | (cp >> 6));
        b[(*k)++] = (char)(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
        b[(*k)++] = (char)(0xe0 | (cp >> 12));
        b[(*k)++] = (char)(0x80 | ((cp >> 6) & 0x3f));
        b[(*k)++] = (char)(0x80 | (cp & 0x3f));
    } else {
        b[(*k)++] = (char)(0xf0 | (cp >> 18));
        b[(*k)++] = (char)(0x80 | ((cp >> 12) & 0x3f));
        b[(*k)++] = (char)(0x80 | ((cp >> 6) & 0x3f));
        b[(*k)++] = (char)(0x80 | (cp & 0x3f));
    }
}

/* Parses a string at j->p (which is at the opening quote) into a malloc'd buffer. */
static char *jstring(JParser *j, size_t *len_out)
{
    j->p++;
    size_t cap = (size_t)(j->end - j->p) + 1, k = 0;
    char *b = malloc(cap);
    for (;;) {
        if (j->p >= j->end) {
            j->error = "unterminated string";
            break;
        }
        unsigned char c = (unsigned char)*j->p++;
        if (c == '"') {
            b[k] = 0;
            *len_out = k;
            return b;
        }
        if (c < 0x20) {
            j->error = "raw control character inside a string";
            break;
        }
        if (c != '\\') {
            b[k++] = (char)c;
            continue;
        }
        if (j->p >= j->end) {
            j->error = "unterminated escape";
            break;
        }
        char e = *j->p++;
        const char *simple = strchr("\"\\/bfnrt", e);
        if (e && simple) {
            static const char map[] = "\"\\/\b\f\n\r\t";
            b[k++] = map[simple - "\"\\/bfnrt"];
            continue;
        }
        if (e != 'u') {
            j->error = "invalid escape";
            break;
        }
        unsigned cp;
        if (!jhex4(j, &cp)) {
            j->error = "bad \\u escape";
            break;
        }
        if (cp >= 0xd800 && cp < 0xdc00) {
            unsigned lo;
            if (j->end - j->p < 6 || j->p[0] != '\\' || j->p[1] != 'u') {
                j->error = "lone high surrogate";
                break;
            }
            j->p += 2;
            if (!jhex4(j, &lo) || lo < 0xdc00 || lo >= 0xe000) {
                j->error = "bad low surrogate";
                break;
            }
            cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        } else if (cp >= 0xdc00 && cp < 0xe000) {
            j->error = "lone low surrogate";
            break;
        }
        put_utf8(b, &k, cp);
    }
    free(b);
    return NULL;
}

static JNode *jvalue(JParser *j, int depth);

static JNode *jnode(char type)
{
    JNode *n = calloc(1, sizeof *n);
    n->type = type;
    return n;
}

static void jadd(JNode *n, char *key, JNode *kid)
{
    n->kids = realloc(n->kids, sizeof *n->kids * (size_t)(n->nkids + 1));
    if (n->type == 'o') {
        n->keys = realloc(n->keys, sizeof *n->keys * (size_t)(n->nkids + 1));
        n->keys[n->nkids] = key;
    }
    n->kids[n->nkids++] = kid;
}

static JNode *jcontainer(JParser *j, int depth, char type)
{
    JNode *n = jnode(type);
    char close = type == 'o' ? '}' : ']';
    j->p++;
    jws(j);
    if (j->p < j->end && *j->p == close) {
        j->p++;
        return n;
    }
    for (;;) {
        char *key = NULL;
        jws(j);
        if (type == 'o') {
            size_t kl;
            if (j->p >= j->end || *j->p != '"') {
                j->error = "expected a key";
                break;
            }
            key = jstring(j, &kl);
            if (!key) {
                break;
            }
            jws(j);
            if (j->p >= j->end || *j->p != ':') {
                free(key);
                j->error = "expected ':'";
                break;
            }
            j->p++;
        }
        JNode *kid = jvalue(j, depth + 1);
        if (!kid) {
            free(key);
            break;
        }
        jadd(n, key, kid);
        jws(j);
        if (j->p < j->end && *j->p == ',') {
            j->p++;
            continue;
        }
        if (j->p < j->end && *j->p == close) {
            j->p++;
            return n;
        }
        j->error = "expected ',' or a closing bracket";
        break;
    }
    jfree(n);
    return NULL;
}

static JNode *jnumber(JParser *j)
{
    const char *s = j->p;
    if (j->p < j->end && *j->p == '-') {
        j->p++;
    }
    if (j->p < j->end && *j->p == '0') {
        j->p++;
    } else if (j->p < j->end && *j->p >= '1' && *j->p <= '9') {
        while (j->p < j->end && *j->p >= '0' && *j->p <= '9') {
            j->p++;
        }
    } else {
        j->error = "bad number";
        return NULL;
    }
    if (j->p < j->end && *j->p == '.') {
        j->p++;
        if (j->p >= j->end || *j->p < '0' || *j->p > '9') {
            j->error = "bad fraction";
            return NULL;
        }
        while (j->p < j->end && *j->p >= '0' && *j->p <= '9') {
            j->p++;
        }
    }
    if (j->p < j->end && (*j->p == 'e' || *j->p == 'E')) {
        j->p++;
        if (j->p < j->end && (*j->p == '+' || *j->p == '-')) {
            j->p++;
        }
        if (j->p >= j->end || *j->p < '0' || *j->p > '9') {
            j->error = "bad exponent";
            return NULL;
        }
        while (j->p < j->end && *j->p >= '0' && *j->p <= '9') {
            j->p++;
        }
    }
    char tmp[64];
    size_t n = (size_t)(j->p - s);
    if (n >= sizeof tmp) {
        n = sizeof tmp - 1;
    }
    memcpy(tmp, s, n);
    tmp[n] = 0;
    JNode *node = jnode('n');
    node->num = strtod(tmp, NULL);
    return node;
}

static JNode *jvalue(JParser *j, int depth)
{
    jws(j);
    if (depth > 64) {
        j->error = "too deep";
        return NULL;
    }
    if (j->p >= j->end) {
        j->error = "unexpected end";
        return NULL;
    }
    char c = *j->p;
    if (c == '{') {
        return jcontainer(j, depth, 'o');
    }
    if (c == '[') {
        return jcontainer(j, depth, 'a');
    }
    if (c == '"') {
        JNode *n = jnode('s');
        n->str = jstring(j, &n->len);
        if (!n->str) {
            jfree(n);
            return NULL;
        }
        return n;
    }
    static const struct {
        const char *word;
        char type;
        double num;
    } words[] = {{"true", 'b', 1}, {"false", 'b', 0}, {"null", 'z', 0}};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        size_t wl = strlen(words[i].word);
        if ((size_t)(j->end - j->p) >= wl && memcmp(j->p, words[i].word, wl) == 0) {
            j->p += wl;
            JNode *n = jnode(words[i].type);
            n->num = words[i].num;
            return n;
        }
    }
    return jnumber(j);
}

/* Parses a whole JSON text; NULL (and *error set) when it is not valid JSON. */
static JNode *jparse(const char *text, const char **error)
{
    JParser j = {text, text + strlen(text), NULL};
    JNode *n = jvalue(&j, 0);
    if (n) {
        jws(&j);
        if (j.p != j.end) {
            j.error = "trailing characters";
            jfree(n);
            n = NULL;
        }
    }
    *error = j.error;
    return n;
}

static JNode *jget(const JNode *o, const char *key)
{
    if (!o || o->type != 'o') {
        return NULL;
    }
    for (int i = 0; i < o->nkids; i++) {
        if (strcmp(o->keys[i], key) == 0) {
            return o->kids[i];
        }
    }
    return NULL;
}

static void check_json_str(const JNode *o, const char *key, const char *want, size_t want_len)
{
    JNode *n = jget(o, key);
    if (!n || n->type != 's') {
        failf("json: key \"%s\" missing or not a string", key);
        return;
    }
    if (n->len != want_len || memcmp(n->str, want, want_len) != 0) {
        failf("json: \"%s\" decodes to %s, want %s", key, esc(n->str, n->len),
              esc(want, want_len));
    }
}

static void check_json_num(const JNode *o, const char *key, double want)
{
    JNode *n = jget(o, key);
    if (!n || n->type != 'n') {
        failf("json: key \"%s\" missing or not a number", key);
        return;
    }
    CHECK(n->num == want, "json: \"%s\" is %.17g, want %.17g", key, n->num, want);
}

/* Validates spy_result_json against the result it describes. */
static void check_json_matches(spy_vm *vm, const spy_result *r)
{
    const char *text = spy_result_json(vm);
    REQUIRE(text, "spy_result_json returned NULL");
    const char *error = NULL;
    JNode *root = jparse(text, &error);
    REQUIRE(root, "spy_result_json is not valid JSON (%s): %s", error, escz(text));
    CHECK(root->type == 'o', "json: not an object");
    static const char *const keys[] = {"status", "exit_code", "stdout", "stderr",
                                       "exception", "steps", "memory", "time"};
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        CHECK(jget(root, keys[i]), "json: key \"%s\" missing", keys[i]);
    }
    const char *sn = spy_status_name(r->status);
    check_json_str(root, "status", sn, strlen(sn));
    check_json_num(root, "exit_code", r->exit_code);
    check_json_str(root, "stdout", r->out, r->out_len);
    check_json_str(root, "stderr", r->err, r->err_len);
    check_json_num(root, "steps", (double)r->steps);
    check_json_num(root, "memory", (double)r->peak_memory);
    JNode *t = jget(root, "time");
    CHECK(t && t->type == 'n' && t->num >= 0, "json: \"time\" is not a non-negative number");
    JNode *e = jget(root, "exception");
    if (r->exc_type) {
        if (!e || e->type != 'o') {
            failf("json: \"exception\" is not an object though exc_type is %s",
                  escz(r->exc_type));
        } else {
            check_json_str(e, "type", r->exc_type, strlen(r->exc_type));
            if (r->exc_message) {
                check_json_str(e, "message", r->exc_message, strlen(r->exc_message));
            }
            check_json_num(e, "line", r->exc_line);
        }
    } else {
        CHECK(e && e->type == 'z', "json: \"exception\" should be null when exc_type is NULL");
    }
    jfree(root);
}

/* ================================================================ API basics */

static void t_config_defaults(void)
{
    spy_config cfg;
    memset(&cfg, 0xa5, sizeof cfg);
    spy_config_init(&cfg);
    CHECK(cfg.max_steps > 0 && cfg.max_steps < ((int64_t)1 << 56), "max_steps default %lld",
          (long long)cfg.max_steps);
    CHECK(cfg.max_memory > 0 && cfg.max_memory < ((size_t)1 << 48), "max_memory default %zu",
          cfg.max_memory);
    /* The recursion limit starts at min(1000, max_depth) "as CPython's": the default must
     * leave CPython's 1000 in force. */
    CHECK(cfg.max_depth >= 1000, "max_depth default %d (< CPython's 1000)", cfg.max_depth);
    CHECK(cfg.max_output > 0 && cfg.max_output < ((size_t)1 << 48), "max_output default %zu",
          cfg.max_output);
    CHECK(cfg.timeout >= 0 && cfg.timeout <= 3600, "timeout default %g", cfg.timeout);
    CHECK(!cfg.stdin_data && cfg.stdin_len == 0, "stdin_data/stdin_len not cleared");
    CHECK(!cfg.read && !cfg.read_ud, "read/read_ud not cleared");
    CHECK(cfg.argc == 0 && !cfg.argv, "argc/argv not cleared");
    CHECK(!cfg.write && !cfg.write_ud, "write/write_ud not cleared");
    CHECK(!cfg.alloc && !cfg.alloc_ud, "alloc/alloc_ud not cleared");
}

static void t_new_null_config(void)
{
    spy_vm *vm = new_vm(NULL);
    const spy_result *r = run(vm, "print('ok')\n");
    check_status(r, SPY_OK);
    check_out(r, "ok\n");
    spy_free(vm);
}

static void t_run_null_args(void)
{
    check_int("spy_run(NULL vm)", spy_run(NULL, "print(1)\n", 9, "main.py"), SPY_API_ERROR);
    spy_vm *vm = new_vm(NULL);
    check_int("spy_run(NULL source)", spy_run(vm, NULL, 0, "main.py"), SPY_API_ERROR);
    check_int("spy_run(NULL source, len 5)", spy_run(vm, NULL, 5, "main.py"), SPY_API_ERROR);
    const spy_result *r = spy_result_get(vm);
    REQUIRE(r, "spy_result_get returned NULL");
    check_int("result status after NULL source", r->status, SPY_API_ERROR);
    /* The VM is still usable after misuse. */
    r = run(vm, "print(1)\n");
    check_status(r, SPY_OK);
    check_out(r, "1\n");
    spy_free(vm);
}

static void t_result_get_null(void)
{
    CHECK(spy_result_get(NULL) == NULL, "spy_result_get(NULL) is not NULL");
}

static void t_free_null(void)
{
    spy_free(NULL);
}

static void t_status_names(void)
{
    static const struct {
        spy_status st;
        const char *name;
    } names[] = {
        {SPY_OK, "ok"},
        {SPY_ERROR, "error"},
        {SPY_SYNTAX_ERROR, "syntax_error"},
        {SPY_STEP_LIMIT, "step_limit"},
        {SPY_MEMORY_LIMIT, "memory_limit"},
        {SPY_DEPTH_LIMIT, "depth_limit"},
        {SPY_OUTPUT_LIMIT, "output_limit"},
        {SPY_TIMEOUT, "timeout"},
        {SPY_API_ERROR, "api_error"},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        char what[64];
        snprintf(what, sizeof what, "spy_status_name(%d)", (int)names[i].st);
        check_cstr(what, spy_status_name(names[i].st), names[i].name);
    }
    /* An out-of-range value still gets a string (an embedder may print garbage statuses). */
    CHECK(spy_status_name((spy_status)999) != NULL, "spy_status_name(999) is NULL");
}

/* ================================================================ output */

static void t_print_captured(void)
{
    spy_config cfg;
    spy_config_init(&cfg);
    spy_vm *vm = new_vm(&cfg);
    const spy_result *r = run(vm, "print(1 + 2)\n");
    check_status(r, SPY_OK);
    check_int("exit_code", r->exit_code, 0);
    check_out(r, "3\n");
    check_err(r, "");
    CHECK(r->steps > 0, "steps is 0");
    CHECK(r->peak_memory > 0, "peak_memory is 0");
    CHECK(r->time >= 0 && r->time < 60, "time is %g", r->time);
    check_cstr("exc_type", r->exc_type, NULL);
    check_cstr("exc_message", r->exc_message, NULL);
    check_cstr("traceback", r->traceback, NULL);
    check_int("exc_line", r->exc_line, 0);
    spy_free(vm);
}

typedef struct Sink {
    char data[2][4096];
    size_t len[2];
    char transcript[8192];     /* "<stream><bytes>" per run of same-stream chunks */
    size_t tlen;
    int last_stream;
    int calls, bad_stream;
} Sink;

static void sink_write(void *ud, int stream, const char *data, size_t len)
{
    Sink *s = ud;
    s->calls++;
    if (stream != 1 && stream != 2) {
        s->bad_stream++;
        return;
    }
    size_t room = sizeof s->data[0] - 1 - s->len[stream - 1];
    size_t n = len < room ? len : room;
    memcpy(s->data[stream - 1] + s->len[stream - 1], data, n);
    s->len[stream - 1] += n;
    if (len > 0 && stream != s->last_stream && s->tlen < sizeof s->transcript - 1) {
        s->transcript[s->tlen++] = (char)('0' + stream);
        s->last_stream = stream;
    }
    room = sizeof s->transcript - 1 - s->tlen;
    n = len < room ? len : room;
    memcpy(s->transcript + s->tlen, data, n);
    s->tlen += n;
}

static void t_write_callback(void)
{
    Sink sink;
    memset(&sink, 0, sizeof sink);
    spy_config cfg;
    spy_config_init(&cfg);
    cfg.write = sink_write;
    cfg.write_ud = &sink;
    spy_vm *vm = new_vm(&cfg);
    const spy_result *r = run(vm,
                              "import sys\n"
                              "print('out1')\n"
                              "print('err1', file=sys.stderr)\n"
                              "sys.stdout.write('out2\\n')\n"
                              "sys.stderr.write('err2\\n')\n"
                              "print('out3')\n");
    check_status(r, SPY_OK);
    check_bytes("stream 1", sink.data[0], sink.len[0], "out1\nout2\nout3\n");
    check_bytes("stream 2", sink.data[1], sink.len[1], "err1\nerr2\n");
    CHECK(sink.bad_stream == 0, "write callback got %d calls with a stream other than 1/2",
          sink.bad_stream);
    /* Bytes reach the host in program order across the two streams. */
    check_bytes("interleaving", sink.transcript, sink.tlen,
                "1out1\n2err1\n1out2\n2err2\n1out3\n");
    check_out(r, "");
    check_err(r, "");

    /* An uncaught exception's traceback goes to stream 2 as well. */
    memset(&sink, 0, sizeof sink);
    r = run(vm, "print('x')\n1/0\n");
    check_status(r, SPY_ERROR);
    check_bytes("stream 1 (exception run)", sink.data[0], sink.len[0], "x\n");
    check_prefix("stream 2 (exception run)", sink.data[1], "Traceback (most recent call last):");
    check_suffix("stream 2 (exception run)", sink.data[1], sink.len[1],
                 "ZeroDivisionError: division by zero\n");
    check_out(r, "");
    check_err(r, "");
    spy_free(vm);
}

/* ================================================================ input */

#define STDIN_PROG                                                                            \
    "import sys\n"                                                                            \
    "a = input()\n"                                                                           \
    "b = input('? ')\n"                                                                       \
    "c = sys.stdin.readline()\n"                                                              \
    "d = sys.stdin.readline()\n"                                                              \
    "e = sys.stdin.readline()\n"                                                              \
    "print(repr(a), repr(b), repr(c), repr(d), repr(e))\n"
#define STDIN_DATA "alpha\nbeta\ngamma\ndelta"
#define STDIN_OUT "? 'alpha' 'beta' 'gamma\\n' 'delta' ''\n"

static void t_stdin_data(void)
{
    char *data = malloc(sizeof STDIN_DATA);
    memcpy(data, STDIN_DATA, sizeof STDIN_DATA);
    spy_config cfg;
    spy_config_init(&cfg);
    cfg.stdin_data = data;
    cfg.stdin_len = strlen(STDIN_DATA);
    spy_vm *vm = new_vm(&cfg);
    /* "copied by spy_new": the host may reuse its buffer at once. */
    memset(data, 'Z', strlen(STDIN_DATA));
    free(data);
    const spy_result *r = run(vm, STDIN_PROG);
    check_status(r, SPY_OK);
    check_out(r, STDIN_OUT);
    spy_free(vm);
}

typedef struct Reader {
    const char *data;
    size_t len, pos, chunk;
    int calls;
} Reader;

static size_t reader_read(void *ud, char *buf, size_t cap)
{
    Reader *rd = ud;
    rd->calls++;
    size_t n = rd->len - rd->pos;
    if (n > rd->chunk) {
        n = rd->chunk;
    }
    if (n > cap) {
        n = cap;
    }
    memcpy(buf, rd->data + rd->pos, n);
    rd->pos += n;
    return n;
}

static void t_stdin_callback(void)
{
    Reader rd = {STDIN_DATA, strlen(STDIN_DATA), 0, 3, 0};
    spy_config cfg;
    spy_config_init(&cfg);
    cfg.read = reader_read;
    cfg.read_ud = &rd;
    spy_vm *vm = new_vm(&cfg);
    const spy_result *r = run(vm, STDIN_PROG);
    check_status(r, SPY_OK);
    check_out(r, STDIN_OUT);
    CHECK(rd.calls > 1, "read callback called %d times for 3-byte chunks", rd.calls);
    spy_free(vm);

    /* "Called only when the program reads". */
    Reader idle = {STDIN_DATA, strlen(STDIN_DATA), 0, 3, 0};
    cfg.read_ud = &idle;
    vm = new_vm(&cfg);
    r = run(vm, "print(1)\n");
    check_status(r, SPY_OK);
    check_int("read calls by a program that never reads", idle.calls, 0);
    spy_free(vm);
}

static void expect_eof(const spy_result *r, const char *out, int line)
{
    check_status(r, SPY_ERROR);
    check_int("exit_code", r->exit_code, 1);
    check_out(r, out);
    check_cstr("exc_type", r->exc_type, "EOFError");
    check_cstr("exc_message", r->exc_message, "EOF when reading a line");
    check_int("exc_line", r->exc_line, line);
}

static void t_stdin_eof(void)
{
    static const char prog[] = "print(input())\nprint(input())\n";
    spy_config cfg;
    spy_config_init(&cfg);
    cfg.stdin_data = "x\n";
    cfg.stdin_len = 2;
    spy_vm *vm = new_vm(&cfg);
    expect_eof(run(vm, prog), "x\n", 2);
    spy_free(vm);

    Reader empty = {"", 0, 0, 1, 0};
    spy_config_init(&cfg);
    cfg.read = reader_read;
    cfg.read_ud = &empty;
    vm = new_vm(&cfg);
    expect_eof(run(vm, "input()\n"), "", 1);
    spy_free(vm);

    /* No stdin configured at all: input() sees end of input, readline() returns ''. */
    spy_config_init(&cfg);
    vm = new_vm(&cfg);
    expect_eof(run(vm, "input()\n"), "", 1);
    const spy_result *r = run(vm, "import sys\nprint(repr(sys.stdin.readline()))\n");
    check_status(r, SPY_OK);
    check_out(r, "''\n");
    spy_free(vm);
}

/* ================================================================ argv */

static void t_argv(void)
{
    static const char *const src[] = {"prog.py", "a", "b c", ""};
    char *copies[4];
    const char *argv[4];
    for (int i = 0; i < 4; i++) {
        copies[i] = strdup(src[i]);
        argv[i] = copies[i];
    }
    spy_config cfg;
    spy_config_init(&cfg);
    cfg.argc = 4;
    cfg.argv = argv;
    spy_vm *vm = new_vm(&cfg);
    /* "copied by spy_new". */
    for (int i = 0; i < 4; i++) {
        free(copies[i]);
        argv[i] = "GONE";
    }
    const spy_result *r = run(vm, "import sys\nprint(sys.argv)\n");
    check_status(r, SPY_OK);
    check_out(r, "['prog.py', 'a', 'b c', '']\n");
    spy_free(vm);
}

/* ================================================================ errors */

#define ZDIV_PROG "def f(x):\n    return x / 0\nprint(\"before\")\nf(1)\n"

static void t_uncaught_exception(void)
{
    spy_vm *vm = new_vm(NULL);
    const spy_result *r = run(vm, ZDIV_PROG);
    check_status(r, SPY_ERROR);
    check_int("exit_code", r->exit_code, 1);
    check_out(r, "before\n");
    check_cstr("exc_type", r->exc_type, "ZeroDivisionError");
    check_cstr("exc_message", r->exc_message, "division by zero");
    check_int("exc_line", r->exc_line, 2);
    check_prefix("traceback", r->traceback, "Traceback (most recent call last):");
    if (r->traceback) {
        check_suffix("traceback", r->traceback, strlen(r->traceback),
                     "ZeroDivisionError: division by zero\n");
        CHECK(strstr(r->err, r->traceback) != NULL, "err %s does not contain the traceback",
              esc(r->err, r->err_len));
    }
    spy_free(vm);
}

/* The whole text, as `python3 main.py` prints it. */
static void t_traceback_text(void)
{
    spy_vm *vm = new_vm(NULL);
    const spy_result *r = run(vm, ZDIV_PROG);
    check_err(r, "Traceback (most recent call last):\n"
                 "  File \"main.py\", line 4, in <module>\n"
                 "    f(1)\n"
                 "  File \"main.py\", line 2, in f\n"
                 "    return x / 0\n"
                 "           ~~^~~\n"
                 "ZeroDivisionError: division by zero\n");
    spy_free(vm);
}

static void t_syntax_error(void)
{
    spy_vm *vm = new_vm(NULL);
    const spy_result *r = run(vm, "print('hi')\nif x\n    pass\n");
    check_status(r, SPY_SYNTAX_ERROR);
    check_int("exit_code", r->exit_code, 1);
    check_cstr("exc_type", r->exc_type, "SyntaxError");
    check_int("exc_line", r->exc_line, 2);
    check_prefix("exc_message", r->exc_message, "expected ':'");
    /* Nothing runs when the source does not compile. */
    check_out(r, "");
    check_suffix("err", r->err, r->err_len, "SyntaxError: expected ':'\n");
    spy_free(vm);
}

static void t_syntax_error_text(void)
{
    spy_vm *vm = new_vm(NULL);
    const spy_result *r = run(vm, "print('hi')\nif x\n    pass\n");
    check_err(r, "  File \"main.py\", line 2\n    if x\n        ^\nSyntaxError: expected ':'\n");
    r = run(vm, "x = 1\nprint(x\ny = 2\n");
    check_status(r, SPY_SYNTAX_ERROR);
    check_int("exc_line", r->exc_line, 2);
    check_err(r, "  File \"main.py\", line 2\n    print(x\n         ^\n"
                 "SyntaxError: '(' was never closed\n");
    r = run(vm, "if 1:\nprint(2)\n");
    check_status(r, SPY_SYNTAX_ERROR);
    check_cstr("exc_type", r->exc_type, "IndentationError");
    check_int("exc_line", r->exc_line, 2);
    check_err(r, "  File \"main.py\", line 2\n    print(2)\n    ^\n"
                 "IndentationError: expected an indented block after 'if' statement on line 1\n");
    spy_free(vm);
}

/* The source is exactly `len` bytes: no NUL terminator is needed, and a NUL inside is a
 * syntax error (as in CPython), never an early end of input. */
static const spy_result *run_len(spy_vm *vm, const char *src, size_t len)
{
    spy_run(vm, src, len, "main.py");
    const spy_result *r = spy_result_get(vm);
    REQUIRE(r && r->out && r->err, "no result after a run");
    return r;
}

static void t_source_length(void)
{
    spy_vm *vm = new_vm(NULL);
    static const char prog[] = "print(1)\n";
    char *exact = malloc(sizeof prog - 1);
    memcpy(exact, prog, sizeof prog - 1);
    const spy_result *r = run_len(vm, exact, sizeof prog - 1);
    free(exact);
    check_int("status (unterminated source)", r->status, SPY_OK);
    check_out(r, "1\n");

    r = run_len(vm, "print(2)\nprint(3)\n", 9);
    check_int("status (prefix of a source)", r->status, SPY_OK);
    check_out(r, "2\n");

    r = run_len(vm, "print(4)\n\0print(5)\n", 19);
    check_int("status (NUL in source)", r->status, SPY_SYNTAX_ERROR);
    check_out(r, "");
    check_suffix("err", r->err, r->err_len, "SyntaxError: source code cannot contain null bytes\n");

    r = run_len(vm, "", 0);
    check_int("status (empty source)", r->status, SPY_OK);
    check_out(r, "");
    spy_free(vm);
}

/* The source ceiling (SPY_MAX_SOURCE_BYTES, 16 MiB) ends the run with memory_limit; the
 * result is still a valid one. */
static void t_source_too_large(void)
{
    size_t n = (17u << 20);
    char *src = malloc(n);
    memset(src, ' ', n);
    memcpy(src, "print(1)\n", 9);
    memset(src + 9, '#', n - 10);
    src[n - 1] = '\n';
    spy_vm *vm = new_vm(NULL);
    spy_status st = spy_run(vm, src, n, "main.py");
    free(src);
    const spy_result *r = spy_result_get(vm);
    CHECK(st == SPY_MEMORY_LIMIT || st == SPY_SYNTAX_ERROR, "status %s for a 17 MiB source",
          spy_status_name(st));
    CHECK(r->out && r->err, "out/err NULL after an oversized source");
    check_json_matches(vm, r);
    r = run(vm, "print(2)\n");
    check_status(r, SPY_OK);
    check_out(r, "2\n");
    spy_free(vm);
}

/* exit_code is what `python3 main.py` exits with. */
static void t_sys_exit_values(void)
{
    static const struct {
        const char *arg;
        int code;
        const char *err;
    } cases[] = {
        {"sys.exit(True)", 1, ""},
        {"sys.exit(False)", 0, ""},
        {"sys.exit(-1)", 255, ""},
        {"sys.exit(2 ** 70)", 255, ""},
        {"sys.exit(3.5)", 1, "3.5\n"},
        {"sys.exit([1])", 1, "[1]\n"},
        {"raise SystemExit(1, 2)", 1, "(1, 2)\n"},
        {"raise SystemExit", 0, ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char src[128];
        snprintf(src, sizeof src, "import sys\n%s\n", cases[i].arg);
        spy_vm *vm = new_vm(NULL);
        const spy_result *r = run(vm, src);
        CHECK(r->exit_code == cases[i].code, "%s: exit_code %d, want %d", cases[i].arg,
              r->exit_code, cases[i].code);
        spy_status want = cases[i].code == 0 ? SPY_OK : SPY_ERROR;
        CHECK(r->status == want, "%s: status %s, want %s", cases[i].arg,
              spy_status_name(r->status), spy_status_name(want));
        if (r->err_len != strlen(cases[i].err) || strcmp(r->err, cases[i].err) != 0) {
            failf("%s: err %s, want %s", cases[i].arg, esc(r->err, r->err_len),
                  escz(cases[i].err));
        }
        spy_free(vm);
    }
}

static void t_sys_exit_code(void)
{
    spy_vm *vm = new_vm(NULL);
    const spy_result *r = run(vm, "import sys\nprint('a')\nsys.exit(3)\nprint('b')\n");
    check_status(r, SPY_ERROR);
    check_int("exit_code", r->exit_code, 3);
    check_out(r, "a\n");
    check_err(r, "");
    check_cstr("exc_type", r->exc_type, "SystemExit");

    /* SystemExit is an ordinary exception to Python code. */
    r = run(vm, "import sys\ntry:\n    sys.exit(4)\nexcept SystemExit as e:\n"
                "    print('caught', e.code)\nprint('after')\n");
    check_status(r, SPY_OK);
    check_int("exit_code (caught)", r->exit_code, 0);
    check_out(r, "caught 4\nafter\n");
    spy_free(vm);
}

static void t_sys_exit_none(void)
{
    spy_vm *vm = new_vm(NULL);
    const spy_result *r = run(vm, "import sys\nprint('a')\nsys.exit()\nprint('b')\n");
    check_status(r, SPY_OK);
    check_int("exit_code", r->exit_code, 0);
    check_out(r, "a\n");
    check_err(r, "");
    r = run(vm, "import sys\nsys.exit(None)\n");
    check_status(r, SPY_OK);
    check_int("exit_code (None)", r->exit_code, 0);
    r = run(vm, "import sys\nsys.exit(0)\n");
    check_status(r, SPY_OK);
    check_int("exit_code (0)", r->exit_code, 0);
    spy_free(vm);
}

static void t_sys_exit_msg(void)
{
    spy_vm *vm = new_vm(NULL);
    const spy_result *r = run(vm, "import sys\nprint('o')\nsys.exit('msg')\n");
    check_status(r, SPY_ERROR);
    check_int("exit_code", r->exit_code, 1);
    check_out(r, "o\n");
    check_err(r, "msg\n");
    spy_free(vm);
}

/* ================================================================ limits */

static void t_step_limit(void)
{
    spy_config cfg;
    spy_config_init(&cfg);
    cfg.max_steps = 100000;
    spy_vm *vm = new_vm(&cfg);
    const spy_result *r = run(vm, "print('start')\nwhile True:\n    pass\n");
    check_status(r, SPY_STEP_LIMIT);
    check_int("exit_code", r->exit_code, 1);
    check_out(r, "start\n");
    CHECK(r->steps > 0 && r->steps <= 100000, "steps %llu not in (0, max_steps]",
          (unsigned long long)r->steps);
    spy_free(vm);
}

static void t_step_limit_uncatchable(void)
{
    static const char *const progs[] = {
        "try:\n    while True:\n        pass\nexcept BaseException:\n    print('caught')\n"
        "print('after')\n",
        /* A `return` in `finally` would swallow any exception. */
        "def f():\n    try:\n        while True:\n            pass\n    finally:\n"
        "        return 5\nprint(f())\n",
        "try:\n    while True:\n        pass\nfinally:\n    print('finally')\n",
        /* __exit__ returning True swallows exceptions too. */
        "class Swallow:\n    def __enter__(self):\n        return self\n"
        "    def __exit__(self, *a):\n        return True\n"
        "with Swallow():\n    while True:\n        pass\nprint('after')\n",
        /* A generator catching everything cannot catch the limit either. */
        "def g():\n    try:\n        yield 1\n        while True:\n            pass\n"
        "    except BaseException:\n        yield 2\nprint(list(g()))\n",
    };
    spy_config cfg;
    spy_config_init(&cfg);
    cfg.max_steps = 100000;
    for (size_t i = 0; i < sizeof progs / sizeof progs[0]; i++) {
        spy_vm *vm = new_vm(&cfg);
        const spy_result *r = run(vm, progs[i]);
        if (r->status != SPY_STEP_LIMIT) {
            failf("program %zu: status %s, want step_limit (out %s, err %s)", i,
                  spy_status_name(r->status), esc(r->out, r->out_len), esc(r->err, r->err_len));
        }
        CHECK(!strstr(r->out, "caught") && !strstr(r->out, "after") && !strstr(r->out, "5") &&
                  !strstr(r->out, "2") && !strstr(r->out, "finally"),
              "program %zu: Python code ran after the limit: out %s", i,
              esc(r->out, r->out_len));
        spy_free(vm);
    }
}

static void t_memory_limit_huge(void)
{
    static const char *const progs[] = {
        "s = 'a' * 10**10\nprint(len(s))\n",
        "x = [0] * 10**10\nprint(len(x))\n",
        "x = 2 ** (10**10)\nprint(x > 0)\n",
        "s = 'ab' * (10**9)\nt = s + s\nprint(len(t))\n",
    };
    for (size_t i = 0; i < sizeof progs / sizeof progs[0]; i++) {
        spy_vm *vm = new_vm(NULL);
        double t0 = now_seconds();
        const spy_result *r = run(vm, progs[i]);
        double dt = now_seconds() - t0;
        if (r->status != SPY_MEMORY_LIMIT) {
            failf("program %zu %s: status %s, want memory_limit", i, escz(progs[i]),
                  spy_status_name(r->status));
        }
        check_int("exit_code", r->exit_code, 1);
        check_out(r, "");
        /* "must fail at once": no attempt to build the object first. */
        CHECK(dt < 2.0, "program %zu: took %.2f s to hit the memory limit", i, dt);
        spy_config d;
        spy_config_init(&d);
        CHECK(r->peak_memory <= d.max_memory, "program %zu: peak %zu over the budget %zu", i,
              r->peak_memory, d.max_memory);
        spy_free(vm);
    }
}

static void t_memory_limit_growth(void)
{
    static const char *const progs[] = {
        "x = []\nwhile True:\n    x.append(str(len(x)) * 10)\n",
        "d = {}\ni = 0\nwhile True:\n    d[i] = [i]\n    i += 1\n",
        "s = 'x'\nwhile True:\n    s = s + s\n",
        /* Small allocations only: the limit strikes with almost no room left. */
        "x = None\nwhile True:\n    x = [x]\n",
        /* Python code cannot catch the limit. */
        "x = []\ntry:\n    while True:\n        x.append(str(len(x)) * 10)\n"
        "except MemoryError:\n    print('caught')\nexcept BaseException:\n    print('caught')\n"
        "print('after')\n",
    };
    spy_config cfg;
    spy_config_init(&cfg);
    cfg.max_memory = 8u << 20;
    for (size_t i = 0; i < sizeof progs / sizeof progs[0]; i++) {
        spy_vm *vm = new_vm(&cfg);
        const spy_result *r = run(vm, progs[i]);
        if (r->status != SPY_MEMORY_LIMIT) {
            failf("program %zu: status %s, want memory_limit (out %s)", i,
                  spy_status_name(r->status), esc(r->out, r->out_len));
        }
        check_out(r, "");
        CHECK(r->peak_memory <= cfg.max_memory, "program %zu: peak %zu over the budget %zu", i,
              r->peak_memory, cfg.max_memory);
        spy_free(vm);
    }
}

/* Garbage does not count against the budget: only what is live does. */
static void t_memory_garbage_ok(void)
{
    spy_config cfg;
    spy_config_init(&cfg);
    cfg.max_memory = 4u << 20;
    spy_vm *vm = new_vm(&cfg);
    const spy_result *r = run(vm, "t = 0\nfor i in range(20000):\n    s = 'x' * 1000\n"
                                  "    l = [s] * 50\n    t += len(l)\nprint(t)\n");
    check_status(r, SPY_OK);
    check_out(r, "1000000\n");
    CHECK(r->peak_memory <= cfg.max_memory, "peak %zu over the budget %zu", r->peak_memory,
          cfg.max_memory);
    spy_free(vm);
}

static void t_depth_limit(void)
{
    spy_config cfg;
    spy_config_init(&cfg);
    cfg.max_depth = 50;
    spy_vm *vm = new_vm(&cfg);
    const spy_result *r = run(vm, "import sys\nsys.setrecursionlimit(10**6)\n"
                                  "def f(n):\n    return f(n + 1)\nf(0)\n");
    check_status(r, SPY_DEPTH_LIMIT);
    check_int("exit_code", r->exit_code, 1);
    check_cstr("exc_type", r->exc_type, "RecursionError");
    check_prefix("exc_message", r->exc_message, "maximum recursion depth exceeded");
    check_int("exc_line", r->exc_line, 4);
    spy_free(vm);

    /* Under the ceiling recursion works; RecursionError stays catchable (only an uncaught
     * one ends the run with depth_limit). */
    vm = new_vm(&cfg);
    r = run(vm, "def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(30))\n"
                "def g(n):\n    return g(n + 1)\ntry:\n    g(0)\nexcept RecursionError:\n"
                "    print('caught')\nprint(f(30))\n");
    check_status(r, SPY_OK);
    check_out(r, "30\ncaught\n30\n");
    spy_free(vm);

    /* The default ceiling is CPython's 1000. */
    vm = new_vm(NULL);
    r = run(vm, "def f(n):\n    return f(n + 1)\nf(0)\n");
    check_status(r, SPY_DEPTH_LIMIT);
    r = run(vm, "def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(900))\n");
    check_status(r, SPY_OK);
    check_out(r, "900\n");
    spy_free(vm);
}

/* C-level recursion (repr/eq/hash of deeply nested data, deeply nested source) must end in
 * an error, never a C stack overflow. */
static void t_deep_nesting(void)
{
    static const char *const progs[] = {
        "x = []\nfor i in range(100000):\n    x = [x]\nprint(len(repr(x)))\n",
        "x = []\ny = []\nfor i in range(100000):\n    x = [x]\n    y = [y]\nprint(x == y)\n",
        "x = ()\nfor i in range(100000):\n    x = (x,)\nprint(hash(x) == hash(x))\n",
        "d = {}\nfor i in range(100000):\n    d = {'k': d}\nprint(len(str(d)))\n",
    };
    for (size_t i = 0; i < sizeof progs / sizeof progs[0]; i++) {
        spy_vm *vm = new_vm(NULL);
        const spy_result *r = run(vm, progs[i]);
        /* Hashing a deep tuple is done iteratively (CPython overflows its C stack here):
         * a correct answer is as good as the limit. */
        if (i == 2 && r->status == SPY_OK && r->out_len == 5 && memcmp(r->out, "True\n", 5) == 0) {
            spy_free(vm);
            continue;
        }
        if (r->status != SPY_DEPTH_LIMIT) {
            failf("program %zu: status %s, want depth_limit (exc %s)", i,
                  spy_status_name(r->status), escz(r->exc_type));
        }
        spy_free(vm);
    }
    /* Deeply nested source: any clean status will do. */
    static const char *const pieces[][3] = {
        {"x = ", "(", ")"}, {"x = ", "[", "]"}, {"x = ", "-", ""}, {"x = ", "not ", ""},
        {"x = ", "lambda: ", ""}, {"x = ", "f'{", "}'"},
    };
    for (size_t i = 0; i < sizeof pieces / sizeof pieces[0]; i++) {
        int reps = 100000;
        size_t ol = strlen(pieces[i][1]), cl = strlen(pieces[i][2]);
        char *src = malloc(16 + (ol + cl) * (size_t)reps);
        size_t k = 0;
        memcpy(src, pieces[i][0], 4);
        k = 4;
        for (int j = 0; j < reps; j++) {
            memcpy(src + k, pieces[i][1], ol);
            k += ol;
        }
        src[k++] = '1';
        for (int j = 0; j < reps; j++) {
            memcpy(src + k, pieces[i][2], cl);
            k += cl;
        }
        src[k++] = '\n';
        spy_vm *vm = new_vm(NULL);
        spy_status st = spy_run(vm, src, k, "main.py");
        CHECK(st == SPY_SYNTAX_ERROR || st == SPY_DEPTH_LIMIT || st == SPY_MEMORY_LIMIT ||
                  st == SPY_ERROR,
              "nested %s: status %s", escz(pieces[i][1]), spy_status_name(st));
        spy_free(vm);
        free(src);
    }
}

static int all_of(const char *s, size_t n, const char *pattern)
{
    size_t pl = strlen(pattern);
    for (size_t i = 0; i < n; i++) {
        if (s[i] != pattern[i % pl]) {
            return 0;
        }
    }
    return 1;
}

static void t_output_limit(void)
{
    spy_config cfg;
    spy_config_init(&cfg);
    cfg.max_output = 1000;
    spy_vm *vm = new_vm(&cfg);
    const spy_result *r = run(vm, "while True:\n    print('x' * 99)\n");
    check_status(r, SPY_OUTPUT_LIMIT);
    check_int("exit_code", r->exit_code, 1);
    CHECK(r->out_len <= 1000, "captured %zu bytes of stdout over the 1000-byte cap", r->out_len);
    CHECK(r->out_len >= 900, "captured only %zu bytes before the cap", r->out_len);
    char pat[101];
    memset(pat, 'x', 99);
    pat[99] = '\n';
    pat[100] = 0;
    CHECK(all_of(r->out, r->out_len, pat), "captured stdout is not the program's output");

    /* stderr counts too, and the limit cannot be caught. */
    r = run(vm, "import sys\ntry:\n    while True:\n        sys.stderr.write('e' * 50)\n"
                "except BaseException:\n    pass\nprint('after')\n");
    check_status(r, SPY_OUTPUT_LIMIT);
    CHECK(r->out_len + r->err_len <= 1000, "captured %zu + %zu bytes over the 1000-byte cap",
          r->out_len, r->err_len);
    CHECK(!strstr(r->out, "after"), "Python code ran after the output limit");
    spy_free(vm);

    /* With a write callback the host receives no more than the cap. */
    Sink sink;
    memset(&sink, 0, sizeof sink);
    cfg.write = sink_write;
    cfg.write_ud = &sink;
    vm = new_vm(&cfg);
    r = run(vm, "import sys\nwhile True:\n    print('x' * 99)\n"
                "    print('y', file=sys.stderr)\n");
    check_status(r, SPY_OUTPUT_LIMIT);
    CHECK(sink.len[0] + sink.len[1] <= 1000,
          "write callback received %zu + %zu bytes over the 1000-byte cap", sink.len[0],
          sink.len[1]);
    spy_free(vm);
}

static void t_timeout(void)
{
    spy_config cfg;
    spy_config_init(&cfg);
    cfg.timeout = 0.2;
    cfg.max_steps = (int64_t)1 << 62;
    spy_vm *vm = new_vm(&cfg);
    double t0 = now_seconds();
    const spy_result *r = run(vm, "while True:\n    pass\n");
    double dt = now_seconds() - t0;
    check_status(r, SPY_TIMEOUT);
    check_int("exit_code", r->exit_code, 1);
    CHECK(dt >= 0.19 && dt < 5.0, "a 0.2 s timeout took %.3f s", dt);
    CHECK(r->time >= 0.19 && r->time < 5.0, "result time %.3f for a 0.2 s timeout", r->time);
    spy_free(vm);
}

typedef struct Canceller {
    spy_vm *vm;
    int done;
    int fired;
} Canceller;

/* Cancels over and over until the run is over: a cancel that lands before spy_run has
 * started may legitimately be forgotten. */
static void *cancel_main(void *p)
{
    Canceller *c = p;
    while (!__atomic_load_n(&c->done, __ATOMIC_ACQUIRE)) {
        sleep_ms(50);
        spy_cancel(c->vm);
        c->fired++;
    }
    return NULL;
}

static void t_cancel_thread(void)
{
    spy_config cfg;
    spy_config_init(&cfg);
    cfg.timeout = 30; /* safety net only: the test fails if this is what stops the run */
    cfg.max_steps = (int64_t)1 << 62;
    spy_vm *vm = new_vm(&cfg);
    Canceller c = {vm, 0, 0};
    pthread_t th;
    REQUIRE(pthread_create(&th, NULL, cancel_main, &c) == 0, "pthread_create failed");
    const spy_result *r = run(vm, "x = 0\nwhile True:\n    x += 1\n");
    __atomic_store_n(&c.done, 1, __ATOMIC_RELEASE);
    pthread_join(th, NULL);
    check_status(r, SPY_TIMEOUT);
    CHECK(r->time < 10, "cancel took %.2f s to stop the run", r->time);

    /* A cancel does not stick to the VM: the next run goes normally. */
    r = run(vm, "print(x > 0)\n");
    check_status(r, SPY_OK);
    check_out(r, "True\n");
    spy_free(vm);
}

/* "spy_new: NULL only if the host is out of memory": a budget too small for the VM's own
 * world shows up when the program runs, as memory_limit. */
static void t_tiny_memory_budget(void)
{
    spy_config cfg;
    spy_config_init(&cfg);
    /* The header's contract: a budget too small for the VM's built-in world gives NULL
     * (never a crash); a budget that holds it runs the program or stops at the limit. */
    cfg.max_memory = 1024;
    spy_vm *vm = spy_new(&cfg);
    CHECK(vm == NULL, "spy_new with max_memory=1024 should return NULL");
    spy_free(vm);
    cfg.max_memory = 600 << 10;
    vm = spy_new(&cfg);
    REQUIRE(vm, "spy_new returned NULL for max_memory=600K");
    const spy_result *r = run(vm, "x = [1, 2, 3]\nprint(x)\n");
    CHECK(r->status == SPY_MEMORY_LIMIT || r->status == SPY_OK, "status %s",
          spy_status_name(r->status));
    spy_free(vm);
}

/* Calling back into the API from inside a callback of the running VM is misuse: it must be
 * refused (SPY_API_ERROR) and the outer run must go on undisturbed. */
typedef struct Reenter {
    spy_vm *vm;
    int calls;
    spy_status inner;
    Sink sink;
} Reenter;

static void reenter_write(void *ud, int stream, const char *data, size_t len)
{
    Reenter *re = ud;
    if (re->calls++ == 0) {
        re->inner = spy_run(re->vm, "print('inner')\n", 15, "inner.py");
    }
    sink_write(&re->sink, stream, data, len);
}

static size_t reenter_read(void *ud, char *buf, size_t cap)
{
    Reenter *re = ud;
    if (re->calls++ == 0) {
        re->inner = spy_run(re->vm, "print('inner')\n", 15, "inner.py");
    }
    if (cap < 3 || re->calls > 2) {
        return 0;
    }
    memcpy(buf, "in\n", 3);
    return 3;
}

static void t_reentrant_run(void)
{
    Reenter re;
    memset(&re, 0, sizeof re);
    spy_config cfg;
    spy_config_init(&cfg);
    cfg.write = reenter_write;
    cfg.write_ud = &re;
    re.vm = new_vm(&cfg);
    const spy_result *r = run(re.vm, "import sys\nprint('a')\nsys.stdout.flush()\nprint('b')\n");
    check_int("spy_run from the write callback", re.inner, SPY_API_ERROR);
    check_status(r, SPY_OK);
    check_bytes("stream 1", re.sink.data[0], re.sink.len[0], "a\nb\n");
    spy_free(re.vm);

    memset(&re, 0, sizeof re);
    spy_config_init(&cfg);
    cfg.read = reenter_read;
    cfg.read_ud = &re;
    re.vm = new_vm(&cfg);
    r = run(re.vm, "print(input())\n");
    check_int("spy_run from the read callback", re.inner, SPY_API_ERROR);
    check_status(r, SPY_OK);
    check_out(r, "in\n");
    spy_free(re.vm);
}

/* ================================================================ runs */

static void t_determinism(void)
{
    static const char prog[] =
        "s = set('the quick brown fox jumps over the lazy dog'.split())\n"
        "d = {w: len(w) for w in s}\n"
        "print(s)\n"
        "print(d)\n"
        "print(hash('abc'), hash(1.5), hash((1, 'a')))\n"
        "x = 0\n"
        "for i in range(10000):\n"
        "    x = (x * 31 + i) % 1000003\n"
        "print(x, 2 ** 100, 1 / 3, sorted(s))\n"
        /* Enough garbage for several collections. */
        "t = 0\n"
        "for i in range(20000):\n"
        "    t += len([str(i)] * 20)\n"
        "print(t)\n";
    char *out1 = NULL;
    uint64_t steps1 = 0;
    for (int round = 0; round < 2; round++) {
        spy_vm *vm = new_vm(NULL);
        const spy_result *r = run(vm, prog);
        check_status(r, SPY_OK);
        if (round == 0) {
            out1 = strdup(r->out);
            steps1 = r->steps;
        } else {
            check_bytes("second run's out", r->out, r->out_len, out1);
            CHECK(r->steps == steps1, "steps differ: %llu then %llu",
                  (unsigned long long)steps1, (unsigned long long)r->steps);
        }
        spy_free(vm);
    }
    free(out1);
}

static void t_vm_reuse(void)
{
    spy_config cfg;
    spy_config_init(&cfg);
    cfg.max_steps = 100000;
    spy_vm *vm = new_vm(&cfg);
    const spy_result *r = run(vm, "x = 5\ndef twice(v):\n    return 2 * v\n");
    check_status(r, SPY_OK);
    check_out(r, "");
    r = run(vm, "print(x)\n");
    check_status(r, SPY_OK);
    check_out(r, "5\n");

    /* An error run, then the result is clean again. */
    r = run(vm, "print('a')\n1/0\n");
    check_status(r, SPY_ERROR);
    r = run(vm, "print(twice(x) + 1)\n");
    check_status(r, SPY_OK);
    check_out(r, "11\n");
    check_err(r, "");
    check_cstr("exc_type after a clean run", r->exc_type, NULL);
    check_cstr("traceback after a clean run", r->traceback, NULL);
    check_int("exit_code after a clean run", r->exit_code, 0);

    /* Each run gets the whole step budget. */
    r = run(vm, "while True:\n    pass\n");
    check_status(r, SPY_STEP_LIMIT);
    r = run(vm, "t = 0\nfor i in range(1000):\n    t += i\nprint(t, x)\n");
    check_status(r, SPY_OK);
    check_out(r, "499500 5\n");
    spy_free(vm);

    /* After a memory-limit run, the garbage it left is reclaimed for the next run. */
    spy_config_init(&cfg);
    cfg.max_memory = 8u << 20;
    vm = new_vm(&cfg);
    for (int i = 0; i < 3; i++) {
        r = run(vm, "def grow():\n    x = []\n    while True:\n        x.append('a' * 100)\n"
                    "grow()\n");
        check_status(r, SPY_MEMORY_LIMIT);
        r = run(vm, "print('ok')\n");
        check_status(r, SPY_OK);
        check_out(r, "ok\n");
    }
    spy_free(vm);
}

static void t_result_json(void)
{
    spy_vm *vm = new_vm(NULL);
    /* Before any run: still valid JSON. */
    const char *error = NULL;
    const char *text = spy_result_json(vm);
    REQUIRE(text, "spy_result_json returned NULL before any run");
    JNode *root = jparse(text, &error);
    CHECK(root, "json before any run is not valid (%s): %s", error, escz(text));
    jfree(root);

    const spy_result *r = run(vm, "print('plain')\n");
    check_json_matches(vm, r);

    /* Quotes, backslashes, newlines, tabs, control characters, DEL and UTF-8 on both
     * streams and in the exception message. */
    r = run(vm, "import sys\n"
                "print('q\"b\\\\c\\x01d\\te\\x1f\\x7f\\r\\x00 \\u00e9\\u20ac\\U0001f600')\n"
                "sys.stderr.write('w\"\\n\\x02')\n"
                "raise ValueError('bad \"q\"\\n\\\\x\\x03')\n");
    check_status(r, SPY_ERROR);
    static const char want_out[] =
        "q\"b\\c\x01" "d\te\x1f\x7f\r" "\0" " \xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\n";
    check_bytes_n("out", r->out, r->out_len, want_out, sizeof want_out - 1);
    check_cstr("exc_message", r->exc_message, "bad \"q\"\n\\x\x03");
    check_json_matches(vm, r);
    text = spy_result_json(vm);
    CHECK(strstr(text, "\"status\":\"error\"") || strstr(text, "\"status\": \"error\""),
          "json status is not \"error\": %s", escz(text));

    /* A limit, and the json called twice in a row gives the same text. */
    spy_free(vm);
    spy_config cfg;
    spy_config_init(&cfg);
    cfg.max_steps = 1000;
    vm = new_vm(&cfg);
    r = run(vm, "while True:\n    pass\n");
    check_json_matches(vm, r);
    char *first = strdup(spy_result_json(vm));
    check_cstr("json called twice", spy_result_json(vm), first);
    free(first);
    spy_free(vm);
}

/* ================================================================ allocator */

static const char alloc_prog[] =
    "x = 2 ** 200\n"
    "y = [str(i) * 3 for i in range(200)]\n"
    "d = {i: x * i for i in range(50)}\n"
    "try:\n"
    "    {}['missing']\n"
    "except KeyError as e:\n"
    "    z = repr(e)\n"
    "print(len(y), x % 1000, (x * x) // 3 % 1000, z, f'{x:,}'[:7])\n"
    "1 / 0\n";

static void t_alloc_callback(void)
{
    Counter c;
    memset(&c, 0, sizeof c);
    c.id = 1;
    spy_config cfg;
    spy_config_init(&cfg);
    cfg.alloc = count_alloc;
    cfg.alloc_ud = &c;
    behind = 0;
    watching = 1;
    spy_vm *vm = new_vm(&cfg);
    CHECK(c.nalloc > 0 && c.live_bytes > 0, "spy_new allocated nothing through the callback");
    const spy_result *r = run(vm, alloc_prog);
    check_status(r, SPY_ERROR);
    check_out(r, "200 376 125 KeyError('missing') 1,606,9\n");
    CHECK(r->peak_memory <= c.peak_bytes,
          "peak_memory %zu is more than the host allocator ever held (%zu)", r->peak_memory,
          c.peak_bytes);
    /* check_json_matches allocates for itself: pause the watch. */
    watching = 0;
    check_json_matches(vm, r);
    watching = 1;
    r = run(vm, "print(sum(range(10)))\n");
    check_out(r, "45\n");
    spy_free(vm);
    watching = 0;
    check_counter_empty("alloc callback", &c);
    CHECK(!MALLOC_WATCH || behind == 0,
          "%ld C library allocations did not go through the alloc callback", behind);
}

/* Two VMs interleaved on one thread: each one's blocks (GMP's included) go back to its own
 * allocator. */
static void t_alloc_interleaved(void)
{
    Counter ca, cb;
    memset(&ca, 0, sizeof ca);
    memset(&cb, 0, sizeof cb);
    ca.id = 1;
    cb.id = 2;
    spy_config cfg;
    spy_config_init(&cfg);
    cfg.alloc = count_alloc;
    cfg.alloc_ud = &ca;
    spy_vm *a = new_vm(&cfg);
    cfg.alloc_ud = &cb;
    spy_vm *b = new_vm(&cfg);
    const spy_result *r = run(a, "x = 7 ** 300\n");
    check_status(r, SPY_OK);
    r = run(b, "y = 11 ** 300\nz = [y * i for i in range(20)]\n");
    check_status(r, SPY_OK);
    r = run(a, "print(x % 1000)\nx = x * 7\n");
    check_out(r, "1\n");
    spy_free(b);
    r = run(a, "print(x // 7 ** 300)\n");
    check_out(r, "7\n");
    spy_free(a);
    check_counter_empty("VM a", &ca);
    check_counter_empty("VM b", &cb);
}

typedef struct Worker {
    Counter c;
    char out[256];
    int bad;
} Worker;

static const char worker_prog[] =
    "t = 0\n"
    "for i in range(300):\n"
    "    t += i ** 20\n"
    "print(t % 1000007, 3 ** 500 % 10 ** 9, len(str(t)))\n";

static void *worker_main(void *p)
{
    Worker *w = p;
    for (int round = 0; round < 3; round++) {
        spy_config cfg;
        spy_config_init(&cfg);
        cfg.alloc = count_alloc;
        cfg.alloc_ud = &w->c;
        spy_vm *vm = spy_new(&cfg);
        if (!vm) {
            w->bad++;
            continue;
        }
        spy_status st = spy_run(vm, worker_prog, strlen(worker_prog), "main.py");
        const spy_result *r = spy_result_get(vm);
        if (st != SPY_OK) {
            w->bad++;
        }
        snprintf(w->out, sizeof w->out, "%s", r->out);
        spy_free(vm);
    }
    return NULL;
}

/* "Two VMs share nothing and may run in parallel." */
static void t_parallel_vms(void)
{
    enum { NW = 4 };
    Worker w[NW];
    pthread_t th[NW];
    memset(w, 0, sizeof w);
    for (int i = 0; i < NW; i++) {
        w[i].c.id = i + 1;
        REQUIRE(pthread_create(&th[i], NULL, worker_main, &w[i]) == 0, "pthread_create");
    }
    for (int i = 0; i < NW; i++) {
        pthread_join(th[i], NULL);
    }
    spy_vm *vm = new_vm(NULL);
    const spy_result *r = run(vm, worker_prog);
    check_status(r, SPY_OK);
    for (int i = 0; i < NW; i++) {
        char what[64];
        snprintf(what, sizeof what, "thread %d", i);
        CHECK(w[i].bad == 0, "%s: %d runs failed", what, w[i].bad);
        check_cstr(what, w[i].out, r->out);
        check_counter_empty(what, &w[i].c);
    }
    spy_free(vm);
}

/* A host callback that runs a second VM on the same thread, in the middle of the first
 * VM's run: each VM's memory (GMP's included) must stay with its own allocator. */
typedef struct Nested {
    Counter inner;
    int runs;
    int bad;
} Nested;

static void nested_write(void *ud, int stream, const char *data, size_t len)
{
    (void)stream;
    (void)data;
    (void)len;
    Nested *ne = ud;
    spy_config cfg;
    spy_config_init(&cfg);
    cfg.alloc = count_alloc;
    cfg.alloc_ud = &ne->inner;
    spy_vm *vm = spy_new(&cfg);
    if (!vm) {
        ne->bad++;
        return;
    }
    static const char src[] = "y = 3 ** 400\nz = [y * i for i in range(30)]\n";
    if (spy_run(vm, src, strlen(src), "inner.py") != SPY_OK) {
        ne->bad++;
    }
    spy_free(vm);
    ne->runs++;
}

static void t_nested_vm_in_callback(void)
{
    Nested ne;
    memset(&ne, 0, sizeof ne);
    ne.inner.id = 2;
    Counter outer;
    memset(&outer, 0, sizeof outer);
    outer.id = 1;
    spy_config cfg;
    spy_config_init(&cfg);
    cfg.alloc = count_alloc;
    cfg.alloc_ud = &outer;
    cfg.write = nested_write;
    cfg.write_ud = &ne;
    spy_vm *vm = new_vm(&cfg);
    const spy_result *r = run(vm, "import sys\nx = 7 ** 300\nfor i in range(3):\n"
                                  "    print(i)\n    sys.stdout.flush()\n"
                                  "    x = x * (x + i)\n    x = x % (10 ** 400)\n"
                                  "print(x % 1000)\n");
    check_status(r, SPY_OK);
    CHECK(ne.runs >= 3 && ne.bad == 0, "inner runs: %d done, %d failed", ne.runs, ne.bad);
    spy_free(vm);
    check_counter_empty("outer VM", &outer);
    check_counter_empty("inner VMs", &ne.inner);
}

/* ================================================================ main */

typedef struct Case {
    const char *name;
    void (*fn)(void);
} Case;

static const Case cases[] = {
    {"config_defaults", t_config_defaults},
    {"new_null_config", t_new_null_config},
    {"run_null_args", t_run_null_args},
    {"result_get_null", t_result_get_null},
    {"free_null", t_free_null},
    {"status_names", t_status_names},
    {"print_captured", t_print_captured},
    {"write_callback", t_write_callback},
    {"stdin_data", t_stdin_data},
    {"stdin_callback", t_stdin_callback},
    {"stdin_eof", t_stdin_eof},
    {"argv", t_argv},
    {"uncaught_exception", t_uncaught_exception},
    {"traceback_text", t_traceback_text},
    {"syntax_error", t_syntax_error},
    {"syntax_error_text", t_syntax_error_text},
    {"source_length", t_source_length},
    {"source_too_large", t_source_too_large},
    {"sys_exit_code", t_sys_exit_code},
    {"sys_exit_none", t_sys_exit_none},
    {"sys_exit_msg", t_sys_exit_msg},
    {"sys_exit_values", t_sys_exit_values},
    {"step_limit", t_step_limit},
    {"step_limit_uncatchable", t_step_limit_uncatchable},
    {"memory_limit_huge", t_memory_limit_huge},
    {"memory_limit_growth", t_memory_limit_growth},
    {"memory_garbage_ok", t_memory_garbage_ok},
    {"depth_limit", t_depth_limit},
    {"deep_nesting", t_deep_nesting},
    {"output_limit", t_output_limit},
    {"timeout", t_timeout},
    {"cancel_thread", t_cancel_thread},
    {"tiny_memory_budget", t_tiny_memory_budget},
    {"reentrant_run", t_reentrant_run},
    {"determinism", t_determinism},
    {"vm_reuse", t_vm_reuse},
    {"result_json", t_result_json},
    {"alloc_callback", t_alloc_callback},
    {"alloc_interleaved", t_alloc_interleaved},
    {"parallel_vms", t_parallel_vms},
    {"nested_vm_in_callback", t_nested_vm_in_callback},
};

/* Runs one case in this process; prints its FAIL line; returns 1 if it passed. */
static int run_case(const Case *c)
{
    cur_case = c->name;
    case_fails = 0;
    first_fail[0] = 0;
    if (setjmp(case_jmp) == 0) {
        c->fn();
    }
    if (case_fails > 0) {
        if (case_fails > 1) {
            printf("FAIL %s: %s (+%d more)\n", c->name, first_fail, case_fails - 1);
        } else {
            printf("FAIL %s: %s\n", c->name, first_fail);
        }
    }
    fflush(stdout);
    return case_fails == 0;
}

#define NCASES (sizeof cases / sizeof cases[0])

/* What the child reports, in shared memory so that it survives a crash. */
typedef struct Progress {
    int current;             /* index of the case running, -1 between cases */
    int outcome[NCASES];     /* 0 not run, 1 passed, 2 failed */
} Progress;

static void run_cases_from(size_t first, const char *only, Progress *pr)
{
    for (size_t i = first; i < NCASES; i++) {
        if (only && !strstr(cases[i].name, only)) {
            continue;
        }
        pr->current = (int)i;
        alarm(CASE_TIMEOUT);
        pr->outcome[i] = run_case(&cases[i]) ? 1 : 2;
        alarm(0);
    }
    pr->current = -1;
}

int main(int argc, char **argv)
{
    verbose = getenv("SPY_TEST_VERBOSE") != NULL;
    int nofork = getenv("SPY_TEST_NOFORK") != NULL;
    const char *only = argc > 1 ? argv[1] : NULL;
    int passed = 0, failed = 0;
    Progress *pr = mmap(NULL, sizeof *pr, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS,
                        -1, 0);
    if (pr == MAP_FAILED) {
        perror("mmap");
        return 2;
    }
    memset(pr, 0, sizeof *pr);
    if (nofork) {
        run_cases_from(0, only, pr);
    }
    size_t next = 0;
    while (!nofork && next < NCASES) {
        pr->current = -1;
        fflush(stdout);
        pid_t pid = fork();
        if (pid < 0) {
            perror("fork");
            return 2;
        }
        if (pid == 0) {
            run_cases_from(next, only, pr);
            fflush(stdout);
            exit(0);
        }
        int ws;
        while (waitpid(pid, &ws, 0) < 0) {
        }
        if (WIFEXITED(ws) && WEXITSTATUS(ws) == 0) {
            break;
        }
        if (pr->current < 0) {
            /* Every case ran: what failed is the exit (a sanitizer's leak check). */
            printf("FAIL leak_check: the test process exited with status %d at the end "
                   "(sanitizer report above)\n", WIFEXITED(ws) ? WEXITSTATUS(ws) : -1);
            failed++;
            break;
        }
        const char *name = cases[pr->current].name;
        pr->outcome[pr->current] = 2;
        if (WIFSIGNALED(ws) && WTERMSIG(ws) == SIGALRM) {
            printf("FAIL %s: hung (killed after %d s)\n", name, CASE_TIMEOUT);
        } else if (WIFSIGNALED(ws)) {
            printf("FAIL %s: crashed (signal %d, %s)\n", name, WTERMSIG(ws),
                   strsignal(WTERMSIG(ws)));
        } else {
            printf("FAIL %s: exited with status %d (sanitizer report above?)\n", name,
                   WEXITSTATUS(ws));
        }
        next = (size_t)pr->current + 1;
    }
    for (size_t i = 0; i < NCASES; i++) {
        passed += pr->outcome[i] == 1;
        failed += pr->outcome[i] == 2;
    }
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
