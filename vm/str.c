/* str.c: the core of the str type: canonical PEP 393 construction, UTF-8 views, CPython's
 * hash (siphash-1-3 with the zero key of PYTHONHASHSEED=0), interning, comparison,
 * slicing, concatenation and repetition, substring search, repr, the StrBuf/Buf builders
 * and the str() constructor.
 * Invariant: every Str handed out is canonical: the narrowest kind for its largest code
 * point, `ascii` set iff every code point is < 128, and "" and the one-character Latin-1
 * strs are the VM's shared singletons (vm->empty_str, vm->latin1[]). */
#include <string.h>

#include "strimpl.h"
#include "unicode.h"

/* ================================================================ allocation */

static Str *str_raw_typed(VM *vm, int64_t len, int kind, TypeObj *type)
{
    spy_mem_precheck(vm, ((double)len + 1) * kind + (double)sizeof(Str));
    Str *s = spy_obj_alloc(vm, sizeof(Str) + (size_t)(len + 1) * (size_t)kind, K_STR, type);
    s->len = len;
    s->hash = -1;
    s->kind = (uint8_t)kind;
    return s;
}

static Str *str_raw(VM *vm, int64_t len, int kind)
{
    return str_raw_typed(vm, len, kind, vm->t_str);
}

/* The shared singleton for "" and one Latin-1 character (once spy_str_init made them). */
static Str *canon_small(VM *vm, Str *s)
{
    if (s->len == 0 && vm->empty_str) {
        return vm->empty_str;
    }
    if (s->len == 1) {
        uint32_t c = str_char(s, 0);
        if (c < 256 && vm->latin1[c]) {
            return vm->latin1[c];
        }
    }
    return s;
}

Str *spy_str_small(VM *vm, Str *s)
{
    return canon_small(vm, s);
}

/* True if no byte has the high bit set. */
static bool bytes_ascii(const uint8_t *p, int64_t n)
{
    int64_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        if (w & 0x8080808080808080ull) {
            return false;
        }
    }
    for (; i < n; i++) {
        if (p[i] & 0x80) {
            return false;
        }
    }
    return true;
}

/* The class of the largest of n code units (see str_maxclass); stops early once the
 * class is the widest the kind can express. */
static uint32_t units_maxclass(const void *data, int kind, int64_t n)
{
    if (kind == 1) {
        return bytes_ascii(data, n) ? 0x7F : 0xFF;
    }
    uint32_t mx = 0;
    if (kind == 2) {
        const uint16_t *p = data;
        for (int64_t i = 0; i < n && mx < 0x100; i++) {
            mx = p[i] > mx ? p[i] : mx;
        }
    } else {
        const uint32_t *p = data;
        for (int64_t i = 0; i < n && mx < 0x10000; i++) {
            mx = p[i] > mx ? p[i] : mx;
        }
    }
    return mx < 0x80 ? 0x7F : mx < 0x100 ? 0xFF : mx < 0x10000 ? 0xFFFF : 0x10FFFF;
}

/* Copies n code units between widths (narrowing only when the values fit). */
static void conv_units(void *dst, int dk, const void *src, int sk, int64_t n)
{
    if (dk == sk) {
        memcpy(dst, src, (size_t)(n * dk));
        return;
    }
#define CONV(DT, ST) do { \
        DT *d_ = dst; const ST *s_ = src; \
        for (int64_t i_ = 0; i_ < n; i_++) { d_[i_] = (DT)s_[i_]; } \
    } while (0)
    if (dk == 1) {
        if (sk == 2) {
            CONV(uint8_t, uint16_t);
        } else {
            CONV(uint8_t, uint32_t);
        }
    } else if (dk == 2) {
        if (sk == 1) {
            CONV(uint16_t, uint8_t);
        } else {
            CONV(uint16_t, uint32_t);
        }
    } else {
        if (sk == 1) {
            CONV(uint32_t, uint8_t);
        } else {
            CONV(uint32_t, uint16_t);
        }
    }
#undef CONV
}

void spy_str_copy_units(void *dst, int dkind, int64_t doff, const Str *src, int64_t soff,
                        int64_t n)
{
    conv_units((char *)dst + doff * dkind, dkind, src->data + soff * src->kind, src->kind, n);
}

void spy_str_fill(void *data, int kind, int64_t off, uint32_t c, int64_t n)
{
    if (kind == 1) {
        memset((uint8_t *)data + off, (int)c, (size_t)n);
        return;
    }
    for (int64_t i = 0; i < n; i++) {
        unit_put(data, kind, off + i, c);
    }
}

Str *spy_str_alloc(VM *vm, int64_t len, int kind)
{
    return str_raw(vm, len < 0 ? 0 : len, kind);
}

Str *spy_str_finish(VM *vm, Str *s)
{
    spy_charge(vm, s->len * s->kind / 256 + 1);
    uint32_t mx = units_maxclass(s->data, s->kind, s->len);
    int k = str_kind_for(mx);
    if (k < s->kind) {
        Str *t = str_raw(vm, s->len, k);
        conv_units(t->data, k, s->data, s->kind, s->len);
        s = t;
    }
    s->ascii = mx < 0x80;
    return canon_small(vm, s);
}

Str *spy_str_from_units(VM *vm, const void *data, int kind, int64_t n)
{
    spy_charge(vm, n * kind / 256 + 1);
    uint32_t mx = units_maxclass(data, kind, n);
    int k = str_kind_for(mx);
    Str *s = str_raw(vm, n, k);
    conv_units(s->data, k, data, kind, n);
    s->ascii = mx < 0x80;
    return canon_small(vm, s);
}

/* An exact-str copy (or a copy typed as a str subclass) of s. */
static Str *str_copy_as(VM *vm, Str *s, TypeObj *type)
{
    Str *r = str_raw_typed(vm, s->len, s->kind, type);
    memcpy(r->data, s->data, (size_t)(s->len * s->kind));
    r->ascii = s->ascii;
    r->hash = s->hash;
    return r;
}

/* ================================================================ UTF-8 */

/* Decodes one sequence at p (p < end) into *cp and returns its length.  A byte that does
 * not start a valid sequence decodes alone as U+FFFD.  Encoded surrogates are accepted so
 * that our own encoding of lone surrogates (utf8_put) reads back unchanged. */
static int utf8_next(const uint8_t *p, const uint8_t *end, uint32_t *cp)
{
    uint8_t b = p[0];
    if (b < 0x80) {
        *cp = b;
        return 1;
    }
    int n;
    uint32_t c, min;
    if (b >= 0xC2 && b <= 0xDF) {
        n = 2;
        c = b & 0x1F;
        min = 0x80;
    } else if (b >= 0xE0 && b <= 0xEF) {
        n = 3;
        c = b & 0x0F;
        min = 0x800;
    } else if (b >= 0xF0 && b <= 0xF4) {
        n = 4;
        c = b & 0x07;
        min = 0x10000;
    } else {
        *cp = 0xFFFD;
        return 1;
    }
    if (end - p < n) {
        *cp = 0xFFFD;
        return 1;
    }
    for (int i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80) {
            *cp = 0xFFFD;
            return 1;
        }
        c = c << 6 | (p[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF) {
        *cp = 0xFFFD;
        return 1;
    }
    *cp = c;
    return n;
}

static int utf8_len(uint32_t c)
{
    return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

static int utf8_put(uint8_t *out, uint32_t c)
{
    if (c < 0x80) {
        out[0] = (uint8_t)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (uint8_t)(0xC0 | c >> 6);
        out[1] = (uint8_t)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (uint8_t)(0xE0 | c >> 12);
        out[1] = (uint8_t)(0x80 | (c >> 6 & 0x3F));
        out[2] = (uint8_t)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (uint8_t)(0xF0 | c >> 18);
    out[1] = (uint8_t)(0x80 | (c >> 12 & 0x3F));
    out[2] = (uint8_t)(0x80 | (c >> 6 & 0x3F));
    out[3] = (uint8_t)(0x80 | (c & 0x3F));
    return 4;
}

static int64_t utf8_size(const Str *s)
{
    if (s->ascii) {
        return s->len;
    }
    int64_t n = 0;
    for (int64_t i = 0; i < s->len; i++) {
        n += utf8_len(str_char(s, i));
    }
    return n;
}

static int64_t utf8_encode(const Str *s, uint8_t *out)
{
    int64_t k = 0;
    for (int64_t i = 0; i < s->len; i++) {
        k += utf8_put(out + k, str_char(s, i));
    }
    return k;
}

Str *spy_str_new(VM *vm, const char *utf8, int64_t nbytes)
{
    const uint8_t *p = (const uint8_t *)utf8, *end = p + nbytes;
    spy_charge(vm, nbytes / 64 + 1);
    if (bytes_ascii(p, nbytes)) {
        Str *s = str_raw(vm, nbytes, 1);
        memcpy(s->data, p, (size_t)nbytes);
        s->ascii = 1;
        return canon_small(vm, s);
    }
    int64_t len = 0;
    uint32_t mx = 0, c;
    for (const uint8_t *q = p; q < end; len++) {
        q += utf8_next(q, end, &c);
        mx = c > mx ? c : mx;
    }
    int k = str_kind_for(mx);
    Str *s = str_raw(vm, len, k);
    int64_t i = 0;
    for (const uint8_t *q = p; q < end; i++) {
        q += utf8_next(q, end, &c);
        unit_put(s->data, k, i, c);
    }
    return canon_small(vm, s);
}

Str *spy_str_cstr(VM *vm, const char *s)
{
    return spy_str_new(vm, s, (int64_t)strlen(s));
}

Str *spy_str_from_ucs4(VM *vm, const uint32_t *cps, int64_t n)
{
    return spy_str_from_units(vm, cps, 4, n);
}

Str *spy_str_chr(VM *vm, uint32_t cp)
{
    if (cp < 256 && vm->latin1[cp]) {
        return vm->latin1[cp];
    }
    int k = str_kind_for(cp);
    Str *s = str_raw(vm, 1, k);
    unit_put(s->data, k, 0, cp);
    s->ascii = cp < 0x80;
    return s;
}

const char *spy_str_utf8(VM *vm, Str *s, int64_t *nbytes)
{
    if (s->ascii) {
        if (nbytes) {
            *nbytes = s->len;
        }
        return (const char *)s->data;
    }
    if (!s->utf8) {
        spy_charge(vm, s->len / 64 + 1);
        int64_t n = utf8_size(s);
        char *u = spy_mem_alloc(vm, (size_t)n + 1);
        utf8_encode(s, (uint8_t *)u);
        u[n] = 0;
        s->utf8 = u;
        s->utf8len = n;
    }
    if (nbytes) {
        *nbytes = s->utf8len;
    }
    return s->utf8;
}

/* ================================================================ hashing */

/* SipHash-1-3 (one compression round, three finalisation rounds) with key (0, 0), over
 * the code units as little-endian bytes: CPython 3.11's str hash under PYTHONHASHSEED=0. */
#define ROTL64(x, b) (((x) << (b)) | ((x) >> (64 - (b))))
#define SIPROUND(v0, v1, v2, v3) do { \
        v0 += v1; v1 = ROTL64(v1, 13); v1 ^= v0; v0 = ROTL64(v0, 32); \
        v2 += v3; v3 = ROTL64(v3, 16); v3 ^= v2; \
        v0 += v3; v3 = ROTL64(v3, 21); v3 ^= v0; \
        v2 += v1; v1 = ROTL64(v1, 17); v1 ^= v2; v2 = ROTL64(v2, 32); \
    } while (0)

/* Byte i of the little-endian message of n code units of `kind` at data. */
static uint8_t msg_byte(const unsigned char *data, int kind, int64_t i)
{
    if (kind == 1) {
        return data[i];
    }
    uint32_t u = kind == 2 ? ((const uint16_t *)data)[i / 2] : ((const uint32_t *)data)[i / 4];
    return (uint8_t)(u >> (8 * (i % kind)));
}

static uint64_t siphash13(const unsigned char *data, int kind, int64_t len)
{
    const int64_t n = len * kind;
    uint64_t v0 = 0x736f6d6570736575ull, v1 = 0x646f72616e646f6dull;
    uint64_t v2 = 0x6c7967656e657261ull, v3 = 0x7465646279746573ull;
    int64_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t m;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        memcpy(&m, data + i, 8);
#else
        m = 0;
        for (int j = 7; j >= 0; j--) {
            m = m << 8 | msg_byte(data, kind, i + j);
        }
#endif
        v3 ^= m;
        SIPROUND(v0, v1, v2, v3);
        v0 ^= m;
    }
    uint64_t b = (uint64_t)n << 56;
    for (int j = 0; i + j < n; j++) {
        b |= (uint64_t)msg_byte(data, kind, i + j) << (8 * j);
    }
    v3 ^= b;
    SIPROUND(v0, v1, v2, v3);
    v0 ^= b;
    v2 ^= 0xff;
    SIPROUND(v0, v1, v2, v3);
    SIPROUND(v0, v1, v2, v3);
    SIPROUND(v0, v1, v2, v3);
    return v0 ^ v1 ^ v2 ^ v3;
}

/* The str hash of n code units (never -1). */
static int64_t hash_units(const unsigned char *data, int kind, int64_t len)
{
    int64_t h = len == 0 ? 0 : (int64_t)siphash13(data, kind, len);
    return h == -1 ? -2 : h;
}

int64_t spy_str_hash(Str *s)
{
    if (s->hash != -1) {
        return s->hash;
    }
    s->hash = hash_units(s->data, s->kind, s->len);
    return s->hash;
}

/* ================================================================ comparison */

bool spy_str_eq(Str *a, Str *b)
{
    if (a == b) {
        return true;
    }
    if (a->len != b->len || a->kind != b->kind) {
        return false;
    }
    if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) {
        return false;
    }
    return memcmp(a->data, b->data, (size_t)(a->len * a->kind)) == 0;
}

int spy_str_cmp(Str *a, Str *b)
{
    int64_t n = a->len < b->len ? a->len : b->len;
    if (a->kind == 1 && b->kind == 1) {
        int r = memcmp(a->data, b->data, (size_t)n);
        if (r != 0) {
            return r < 0 ? -1 : 1;
        }
    } else {
        for (int64_t i = 0; i < n; i++) {
            uint32_t x = str_char(a, i), y = str_char(b, i);
            if (x != y) {
                return x < y ? -1 : 1;
            }
        }
    }
    return (a->len > b->len) - (a->len < b->len);
}

bool spy_str_eq_cstr(Str *a, const char *s)
{
    size_t n = strlen(s);
    if (a->ascii) {
        return (int64_t)n == a->len && memcmp(a->data, s, n) == 0;
    }
    const uint8_t *p = (const uint8_t *)s, *end = p + n;
    int64_t i = 0;
    while (p < end) {
        uint32_t c;
        if (i >= a->len) {
            return false;
        }
        p += utf8_next(p, end, &c);
        if (c != str_char(a, i)) {
            return false;
        }
        i++;
    }
    return i == a->len;
}

/* ================================================================ interning */

/* The interned strs are GC roots (gc.c marks the table), so they live as long as the VM. */
static void intern_grow(VM *vm)
{
    int64_t oldsize = vm->interned ? vm->interned_mask + 1 : 0;
    int64_t size = oldsize ? oldsize * 2 : 1024;
    Str **t = spy_mem_calloc(vm, (size_t)size * sizeof(Str *));
    for (int64_t i = 0; i < oldsize; i++) {
        Str *s = vm->interned[i];
        if (s) {
            uint64_t j = (uint64_t)s->hash & (uint64_t)(size - 1);
            while (t[j]) {
                j = (j + 1) & (uint64_t)(size - 1);
            }
            t[j] = s;
        }
    }
    spy_mem_free(vm, vm->interned);
    vm->interned = t;
    vm->interned_mask = size - 1;
}

Str *spy_str_intern(VM *vm, Str *s)
{
    if (s->hdr.flags & STR_INTERNED) {
        return s;
    }
    if (!vm->interned || (vm->ninterned + 1) * 3 > (vm->interned_mask + 1) * 2) {
        intern_grow(vm);
    }
    int64_t h = spy_str_hash(s);
    uint64_t mask = (uint64_t)vm->interned_mask;
    uint64_t i = (uint64_t)h & mask;
    while (vm->interned[i]) {
        Str *t = vm->interned[i];
        if (t->hash == h && spy_str_eq(t, s)) {
            return t;
        }
        i = (i + 1) & mask;
    }
    if (s->hdr.type != vm->t_str) {
        s = str_copy_as(vm, s, vm->t_str);
    }
    vm->interned[i] = s;
    s->hdr.flags |= STR_INTERNED;
    vm->ninterned++;
    return s;
}

Str *spy_str_intern_cstr(VM *vm, const char *cs)
{
    size_t n = strlen(cs);
    if (vm->interned && bytes_ascii((const uint8_t *)cs, (int64_t)n)) {
        /* Probe without allocating: an ASCII str hashes exactly its bytes. */
        int64_t h = hash_units((const unsigned char *)cs, 1, (int64_t)n);
        uint64_t mask = (uint64_t)vm->interned_mask;
        for (uint64_t i = (uint64_t)h & mask; vm->interned[i]; i = (i + 1) & mask) {
            Str *t = vm->interned[i];
            if (t->hash == h && t->len == (int64_t)n && t->kind == 1 &&
                memcmp(t->data, cs, n) == 0) {
                return t;
            }
        }
    }
    return spy_str_intern(vm, spy_str_new(vm, cs, (int64_t)n));
}

/* ================================================================ building new strs */

Str *spy_str_concat(VM *vm, Str *a, Str *b)
{
    if (b->len == 0 && a->hdr.type == vm->t_str) {
        return a;
    }
    if (a->len == 0 && b->hdr.type == vm->t_str) {
        return b;
    }
    if (a->len > INT64_MAX / 8 - b->len) {
        spy_raise(vm, EXC(vm, OverflowError), "strings are too large to concat");
    }
    int64_t n = a->len + b->len;
    uint32_t mx = str_maxclass(a) > str_maxclass(b) ? str_maxclass(a) : str_maxclass(b);
    int k = str_kind_for(mx);
    Str *s = str_raw(vm, n, k);
    spy_charge(vm, n * k / 64 + 1);
    spy_str_copy_units(s->data, k, 0, a, 0, a->len);
    spy_str_copy_units(s->data, k, a->len, b, 0, b->len);
    s->ascii = mx < 0x80;
    return canon_small(vm, s);
}

Str *spy_str_repeat(VM *vm, Str *s, int64_t n)
{
    if (n <= 0 || s->len == 0) {
        return vm->empty_str;
    }
    if (n == 1 && s->hdr.type == vm->t_str) {
        return s;
    }
    if (s->len > INT64_MAX / n) {
        spy_raise(vm, EXC(vm, OverflowError), "repeated string is too long");
    }
    int64_t total = s->len * n;
    int k = s->kind;
    Str *r = str_raw(vm, total, k);
    spy_charge(vm, total * k / 64 + 1);
    if (s->len == 1) {
        spy_str_fill(r->data, k, 0, str_char(s, 0), total);
    } else {
        int64_t unit = s->len * k, have = unit, want = total * k;
        memcpy(r->data, s->data, (size_t)unit);
        while (have < want) {
            int64_t c = have < want - have ? have : want - have;
            memcpy(r->data + have, r->data, (size_t)c);
            have += c;
        }
    }
    r->ascii = s->ascii;
    return canon_small(vm, r);
}

Str *spy_str_substr(VM *vm, Str *s, int64_t start, int64_t end)
{
    start = start < 0 ? 0 : start;
    end = end > s->len ? s->len : end;
    if (start >= end) {
        return vm->empty_str;
    }
    if (start == 0 && end == s->len && s->hdr.type == vm->t_str) {
        return s;
    }
    int64_t n = end - start;
    if (s->ascii) {
        if (n == 1) {
            return vm->latin1[s->data[start]];
        }
        Str *r = str_raw(vm, n, 1);
        spy_charge(vm, n / 64 + 1);
        memcpy(r->data, s->data + start, (size_t)n);
        r->ascii = 1;
        return r;
    }
    return spy_str_from_units(vm, s->data + start * s->kind, s->kind, n);
}

/* Reads a str index from a non-int key: __index__ of a user object, else TypeError. */
static int64_t str_index_key(VM *vm, Value key)
{
    if (IS_BIGINT(key)) {
        spy_raise(vm, EXC(vm, IndexError), "cannot fit 'int' into an index-sized integer");
    }
    if (IS_OBJ(key) && !IS_NULL(spy_type_lookup(vm, spy_typeof(vm, key),
                                                spy_str_intern_cstr(vm, "__index__")))) {
        Value v = spy_index(vm, key);
        if (IS_INT(v)) {
            return AS_INT(v);
        }
        spy_raise(vm, EXC(vm, IndexError), "cannot fit 'int' into an index-sized integer");
    }
    spy_raise(vm, EXC(vm, TypeError), "string indices must be integers, not '%T'", key);
}

Value spy_str_getitem(VM *vm, Str *s, Value key)
{
    if (IS_KIND(key, K_SLICE)) {
        int64_t start, stop, step;
        int64_t n = spy_slice_indices(vm, (Slice *)AS_OBJ(key), s->len, &start, &stop, &step);
        if (step == 1) {
            return mk_obj(spy_str_substr(vm, s, start, start + n));
        }
        if (n <= 0) {
            return mk_obj(vm->empty_str);
        }
        Str *r = str_raw(vm, n, s->kind);
        spy_charge(vm, n / 32 + 1);
        for (int64_t i = 0; i < n; i++) {
            unit_put(r->data, s->kind, i, str_char(s, start + i * step));
        }
        return mk_obj(spy_str_finish(vm, r));
    }
    int64_t i = IS_SMALLINT_LIKE(key) ? AS_INT(key) : str_index_key(vm, key);
    if (i < 0) {
        i += s->len;
    }
    if (i < 0 || i >= s->len) {
        spy_raise(vm, EXC(vm, IndexError), "string index out of range");
    }
    return mk_obj(spy_str_chr(vm, str_char(s, i)));
}

/* ================================================================ substring search */

/* Does hay[at .. at+needle->len) equal needle?  Same-kind strs compare by memcmp. */
static bool match_at(const Str *h, int64_t at, const Str *nd)
{
    if (h->kind == nd->kind) {
        return memcmp(h->data + at * h->kind, nd->data, (size_t)(nd->len * nd->kind)) == 0;
    }
    for (int64_t j = 0; j < nd->len; j++) {
        if (str_char(h, at + j) != str_char(nd, j)) {
            return false;
        }
    }
    return true;
}

static int64_t find_char(VM *vm, const Str *h, uint32_t c, int64_t start, int64_t end,
                         bool rev)
{
    int64_t r = -1;
    if (h->kind == 1) {
        const uint8_t *p = h->data;
        const uint8_t *q = rev ? memrchr(p + start, (int)c, (size_t)(end - start))
                               : memchr(p + start, (int)c, (size_t)(end - start));
        r = q ? q - p : -1;
    } else if (rev) {
        for (int64_t i = end - 1; i >= start; i--) {
            if (str_char(h, i) == c) {
                r = i;
                break;
            }
        }
    } else {
        for (int64_t i = start; i < end; i++) {
            if (str_char(h, i) == c) {
                r = i;
                break;
            }
        }
    }
    int64_t dist = r < 0 ? end - start : rev ? end - r : r - start;
    spy_charge(vm, dist * h->kind / 128 + 1);
    return r;
}

/* Knuth-Morris-Pratt over code points, forwards or backwards (the backward search runs
 * the forward algorithm on both strs reversed).  Linear in |hay| + |needle|. */
static int64_t find_kmp(VM *vm, const Str *h, const Str *nd, int64_t start, int64_t end,
                        bool rev)
{
    const int64_t m = nd->len, n = end - start;
    spy_mem_precheck(vm, (double)m * sizeof(int64_t));
    Buf *fb = spy_buf_new(vm, m * (int64_t)sizeof(int64_t));
    int64_t *fail = (int64_t *)fb->data;
#define PAT(i) str_char(nd, rev ? m - 1 - (i) : (i))
#define TXT(j) str_char(h, rev ? end - 1 - (j) : start + (j))
    fail[0] = 0;
    for (int64_t i = 1, k = 0; i < m; i++) {
        while (k > 0 && PAT(i) != PAT(k)) {
            k = fail[k - 1];
        }
        if (PAT(i) == PAT(k)) {
            k++;
        }
        fail[i] = k;
    }
    int64_t found = -1, j = 0;
    for (int64_t k = 0; j < n; j++) {
        uint32_t c = TXT(j);
        while (k > 0 && c != PAT(k)) {
            k = fail[k - 1];
        }
        if (c == PAT(k)) {
            k++;
        }
        if (k == m) {
            found = rev ? end - 1 - j : start + j - m + 1;
            break;
        }
    }
#undef PAT
#undef TXT
    spy_mem_free(vm, fb->data);
    fb->data = NULL;
    fb->cap = 0;
    spy_charge(vm, (m + j) / 16 + 1);
    return found;
}

int64_t spy_str_find_in(VM *vm, Str *h, Str *nd, int64_t start, int64_t end, bool rev)
{
    start = start < 0 ? 0 : start;
    end = end > h->len ? h->len : end;
    const int64_t m = nd->len;
    if (end - start < m) {
        return -1;
    }
    if (m == 0) {
        return rev ? end : start;
    }
    if (nd->kind > h->kind) {
        return -1;   /* canonical: needle holds a code point too wide for hay */
    }
    if (m == 1) {
        return find_char(vm, h, str_char(nd, 0), start, end, rev);
    }
    if (h->kind == 1 && !rev) {
        const uint8_t *p = h->data;
        const uint8_t *q = memmem(p + start, (size_t)(end - start), nd->data, (size_t)m);
        int64_t r = q ? q - p : -1;
        spy_charge(vm, ((r < 0 ? end : r) - start + m) / 64 + 1);
        return r;
    }
    if (m > 16) {
        return find_kmp(vm, h, nd, start, end, rev);
    }
    /* Short needle: scan for the first (or last) code unit, then compare.  Worst case
     * m times the text, which the charge below accounts for. */
    uint32_t first = str_char(nd, 0);
    int64_t cands = 0, r = -1;
    if (rev) {
        for (int64_t i = end - m; i >= start; i--) {
            if (str_char(h, i) == first) {
                cands++;
                if (match_at(h, i, nd)) {
                    r = i;
                    break;
                }
            }
        }
    } else {
        for (int64_t i = start; i <= end - m; i++) {
            if (str_char(h, i) == first) {
                cands++;
                if (match_at(h, i, nd)) {
                    r = i;
                    break;
                }
            }
        }
    }
    int64_t dist = r < 0 ? end - start : rev ? end - r : r - start;
    spy_charge(vm, dist / 64 + cands * m / 64 + 1);
    return r;
}

bool spy_str_contains(VM *vm, Str *hay, Str *needle)
{
    return spy_str_find_in(vm, hay, needle, 0, hay->len, false) >= 0;
}

/* ================================================================ repr */

static const char hexdig[] = "0123456789abcdef";

/* Length of the repr escape of c (quote is the chosen quote character). */
static int repr_len(uint32_t c, uint32_t quote)
{
    if (c == quote || c == '\\' || c == '\t' || c == '\n' || c == '\r') {
        return 2;
    }
    if (c < 0x20 || c == 0x7F) {
        return 4;
    }
    if (c < 0x7F || spy_uni_isprintable(c)) {
        return 1;
    }
    return c < 0x100 ? 4 : c < 0x10000 ? 6 : 10;
}

static int64_t repr_put(void *d, int k, int64_t o, uint32_t c, uint32_t quote)
{
    int n = repr_len(c, quote);
    if (n == 1) {
        unit_put(d, k, o, c);
        return 1;
    }
    unit_put(d, k, o, '\\');
    if (n == 2) {
        uint32_t e = c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : c;
        unit_put(d, k, o + 1, e);
        return 2;
    }
    unit_put(d, k, o + 1, n == 4 ? 'x' : n == 6 ? 'u' : 'U');
    for (int i = 0; i < n - 2; i++) {
        unit_put(d, k, o + 2 + i, (uint8_t)hexdig[(c >> (4 * (n - 3 - i))) & 0xF]);
    }
    return n;
}

Str *spy_str_repr(VM *vm, Str *s)
{
    bool sq = false, dq = false;
    if (s->kind == 1) {
        sq = memchr(s->data, '\'', (size_t)s->len) != NULL;
        dq = memchr(s->data, '"', (size_t)s->len) != NULL;
    } else {
        for (int64_t i = 0; i < s->len; i++) {
            uint32_t c = str_char(s, i);
            sq |= c == '\'';
            dq |= c == '"';
        }
    }
    uint32_t quote = sq && !dq ? '"' : '\'';
    spy_charge(vm, s->len / 32 + 1);
    int64_t n = 2;
    uint32_t mx = 0x7F;
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = str_char(s, i);
        int l = repr_len(c, quote);
        n += l;
        if (l == 1 && c > mx) {
            mx = c;
        }
    }
    int k = str_kind_for(mx);
    Str *r = str_raw(vm, n, k);
    int64_t o = 0;
    unit_put(r->data, k, o++, quote);
    for (int64_t i = 0; i < s->len; i++) {
        o += repr_put(r->data, k, o, str_char(s, i), quote);
    }
    unit_put(r->data, k, o, quote);
    r->ascii = mx < 0x80;
    return r;
}

/* ================================================================ builders */

Buf *spy_buf_new(VM *vm, int64_t cap)
{
    cap = cap < 16 ? 16 : cap;
    spy_mem_precheck(vm, (double)cap);
    Buf *b = spy_obj_alloc(vm, sizeof(Buf), K_BUF, vm->t_internal);
    b->data = spy_mem_alloc(vm, (size_t)cap);
    b->cap = cap;
    return b;
}

char *spy_buf_extend(VM *vm, Buf *b, int64_t n)
{
    if (n > b->cap - b->len) {
        if (n > INT64_MAX / 4 - b->len) {
            spy_mem_precheck(vm, 1e30);
        }
        int64_t nc = b->cap * 2;
        nc = nc < b->len + n ? b->len + n : nc;
        spy_mem_precheck(vm, (double)(nc - b->cap));
        b->data = spy_mem_realloc(vm, b->data, (size_t)nc);
        b->cap = nc;
    }
    char *p = b->data + b->len;
    b->len += n;
    return p;
}

void spy_buf_add(VM *vm, Buf *b, const void *data, int64_t n)
{
    if (n > 0) {
        memcpy(spy_buf_extend(vm, b, n), data, (size_t)n);
    }
}

void spy_sb_init(VM *vm, StrBuf *sb)
{
    sb->buf = spy_buf_new(vm, 64);
    sb->maxchar = 0;
}

void spy_sb_add(VM *vm, StrBuf *sb, const char *utf8, int64_t n)
{
    if (n <= 0) {
        return;
    }
    spy_buf_add(vm, sb->buf, utf8, n);
    if (sb->maxchar < 0x80 && !bytes_ascii((const uint8_t *)utf8, n)) {
        sb->maxchar = 0xFF;
    }
}

void spy_sb_add_cstr(VM *vm, StrBuf *sb, const char *s)
{
    spy_sb_add(vm, sb, s, (int64_t)strlen(s));
}

void spy_sb_add_str(VM *vm, StrBuf *sb, Str *s)
{
    if (s->ascii) {
        spy_buf_add(vm, sb->buf, s->data, s->len);
        return;
    }
    if (s->utf8) {
        spy_buf_add(vm, sb->buf, s->utf8, s->utf8len);
    } else {
        spy_charge(vm, s->len / 64 + 1);
        int64_t n = utf8_size(s);
        utf8_encode(s, (uint8_t *)spy_buf_extend(vm, sb->buf, n));
    }
    uint32_t mc = str_maxclass(s);
    sb->maxchar = mc > sb->maxchar ? mc : sb->maxchar;
}

void spy_sb_add_char(VM *vm, StrBuf *sb, uint32_t cp)
{
    uint8_t tmp[4];
    if (cp > 0x10FFFF) {
        cp = 0xFFFD;
    }
    spy_buf_add(vm, sb->buf, tmp, utf8_put(tmp, cp));
    sb->maxchar = cp > sb->maxchar ? cp : sb->maxchar;
}

void spy_sb_add_substr(VM *vm, StrBuf *sb, Str *s, int64_t i, int64_t j)
{
    if (j <= i) {
        return;
    }
    if (s->ascii) {
        spy_buf_add(vm, sb->buf, s->data + i, j - i);
        return;
    }
    spy_charge(vm, (j - i) / 64 + 1);
    int64_t n = 0;
    for (int64_t k = i; k < j; k++) {
        n += utf8_len(str_char(s, k));
    }
    uint8_t *out = (uint8_t *)spy_buf_extend(vm, sb->buf, n);
    uint32_t mx = sb->maxchar;
    for (int64_t k = i; k < j; k++) {
        uint32_t c = str_char(s, k);
        out += utf8_put(out, c);
        mx = c > mx ? c : mx;
    }
    sb->maxchar = mx;
}

void spy_sb_add_fill(VM *vm, StrBuf *sb, uint32_t cp, int64_t n)
{
    if (n <= 0) {
        return;
    }
    uint8_t tmp[4];
    int k = utf8_put(tmp, cp > 0x10FFFF ? 0xFFFD : cp);
    spy_mem_precheck(vm, (double)n * k);
    spy_charge(vm, n * k / 64 + 1);
    char *out = spy_buf_extend(vm, sb->buf, n * k);
    if (k == 1) {
        memset(out, tmp[0], (size_t)n);
    } else {
        for (int64_t i = 0; i < n; i++) {
            memcpy(out + i * k, tmp, (size_t)k);
        }
    }
    sb->maxchar = cp > sb->maxchar ? cp : sb->maxchar;
}

Str *spy_sb_finish(VM *vm, StrBuf *sb)
{
    Buf *b = sb->buf;
    Str *s;
    if (sb->maxchar < 0x80) {
        s = str_raw(vm, b->len, 1);
        memcpy(s->data, b->data, (size_t)b->len);
        s->ascii = 1;
        s = canon_small(vm, s);
    } else {
        s = spy_str_new(vm, b->data, b->len);
    }
    /* Give the bytes back now rather than at the next collection. */
    spy_mem_free(vm, b->data);
    b->data = NULL;
    b->len = b->cap = 0;
    return s;
}

/* ================================================================ init and str() */

void spy_str_init(VM *vm)
{
    Str *e = str_raw(vm, 0, 1);
    e->ascii = 1;
    vm->empty_str = spy_str_intern(vm, e);
    for (int c = 0; c < 256; c++) {
        Str *s = str_raw(vm, 1, 1);
        s->data[0] = (unsigned char)c;
        s->ascii = c < 0x80;
        vm->latin1[c] = spy_str_intern(vm, s);
    }
}

Value spy_str_ctor(VM *vm, TypeObj *t, int nargs, Value *args, Tuple *kwnames)
{
    static const char *const names[] = {"object", "encoding", "errors"};
    Value a[3] = {NULLV, NULLV, NULLV};
    int nkw = kwnames ? (int)kwnames->len : 0;
    if (nargs + nkw > 3) {
        spy_raise(vm, EXC(vm, TypeError), "str() takes at most 3 arguments (%d given)",
                  nargs + nkw);
    }
    for (int i = 0; i < nargs; i++) {
        a[i] = args[i];
    }
    for (int i = 0; i < nkw; i++) {
        Str *kw = AS_STR(kwnames->items[i]);
        int j = 0;
        while (j < 3 && !spy_str_eq_cstr(kw, names[j])) {
            j++;
        }
        if (j == 3) {
            spy_raise(vm, EXC(vm, TypeError), "'%U' is an invalid keyword argument for str()",
                      kw);
        }
        if (j < nargs) {
            spy_raise(vm, EXC(vm, TypeError),
                      "argument for str() given by name ('%s') and position (%d)", names[j],
                      j + 1);
        }
        a[j] = args[nargs + i];
    }
    if (!IS_NULL(a[1]) || !IS_NULL(a[2])) {
        /* Decoding needs bytes, which this interpreter does not have. */
        if (IS_NULL(a[0])) {
            return mk_obj(t == vm->t_str ? vm->empty_str : str_copy_as(vm, vm->empty_str, t));
        }
        if (IS_STR(a[0])) {
            spy_raise(vm, EXC(vm, TypeError), "decoding str is not supported");
        }
        spy_raise(vm, EXC(vm, TypeError), "decoding to str: need a bytes-like object, %T found",
                  a[0]);
    }
    Str *r = IS_NULL(a[0]) ? vm->empty_str : spy_str(vm, a[0]);
    if (r->hdr.type != t) {
        r = str_copy_as(vm, r, t);
    }
    return mk_obj(r);
}
