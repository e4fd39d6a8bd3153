/* str_methods.c: the methods of str (spy_str_methods[]) with CPython 3.11's semantics and
 * argument errors.  Every method receives self as args[0] and checks it (unbound calls
 * such as str.upper(1) reach it unchecked).  Searching goes through spy_str_find_in, which
 * takes memchr/memmem paths on one-byte strs; results are built at the right kind
 * directly and charged in proportion to their length. */
#include <string.h>

#include "strimpl.h"
#include "unicode.h"

/* ================================================================ argument checking */

/* The argument-error wording differs between CPython's calling conventions, so each
 * helper below reproduces one of them. */

static Str *self_of(VM *vm, const char *name, int nargs, Value *args)
{
    if (nargs < 1) {
        spy_raise(vm, EXC(vm, TypeError), "unbound method str.%s() needs an argument", name);
    }
    if (!IS_STR(args[0])) {
        spy_raise(vm, EXC(vm, TypeError),
                  "descriptor '%s' for 'str' objects doesn't apply to a '%T' object", name,
                  args[0]);
    }
    return AS_STR(args[0]);
}

static void no_kw(VM *vm, const char *name, Tuple *kw)
{
    if (kw && kw->len > 0) {
        spy_raise(vm, EXC(vm, TypeError), "str.%s() takes no keyword arguments", name);
    }
}

static const char *plural(int n)
{
    return n == 1 ? "" : "s";
}

/* METH_NOARGS: upper(), isalpha(), ... */
static Str *noargs(VM *vm, const char *name, int nargs, Value *args, Tuple *kw)
{
    Str *s = self_of(vm, name, nargs, args);
    no_kw(vm, name, kw);
    if (nargs != 1) {
        spy_raise(vm, EXC(vm, TypeError), "str.%s() takes no arguments (%d given)", name,
                  nargs - 1);
    }
    return s;
}

/* METH_O: join(x), partition(sep), ... */
static Str *onearg(VM *vm, const char *name, int nargs, Value *args, Tuple *kw)
{
    Str *s = self_of(vm, name, nargs, args);
    no_kw(vm, name, kw);
    if (nargs != 2) {
        spy_raise(vm, EXC(vm, TypeError), "str.%s() takes exactly one argument (%d given)",
                  name, nargs - 1);
    }
    return s;
}

/* Positional-only parameters with defaults: replace(old, new, count=-1, /), ... */
static Str *posargs(VM *vm, const char *name, int nargs, Value *args, Tuple *kw, int min,
                    int max)
{
    Str *s = self_of(vm, name, nargs, args);
    no_kw(vm, name, kw);
    int n = nargs - 1;
    if (n < min) {
        spy_raise(vm, EXC(vm, TypeError), "%s expected at least %d argument%s, got %d", name,
                  min, plural(min), n);
    }
    if (n > max) {
        spy_raise(vm, EXC(vm, TypeError), "%s expected at most %d argument%s, got %d", name,
                  max, plural(max), n);
    }
    return s;
}

/* Old-style tuple parsing: find(sub[, start[, end]]), ... */
static Str *oldargs(VM *vm, const char *name, int nargs, Value *args, Tuple *kw, int min,
                    int max)
{
    Str *s = self_of(vm, name, nargs, args);
    if (kw && kw->len > 0 && strcmp(name, "find") == 0) {
        /* find alone words this without the "str." (CPython 3.11 quirk). */
        spy_raise(vm, EXC(vm, TypeError), "find() takes no keyword arguments");
    }
    no_kw(vm, name, kw);
    int n = nargs - 1;
    if (n < min) {
        spy_raise(vm, EXC(vm, TypeError), "%s() takes at least %d argument%s (%d given)", name,
                  min, plural(min), n);
    }
    if (n > max) {
        spy_raise(vm, EXC(vm, TypeError), "%s() takes at most %d argument%s (%d given)", name,
                  max, plural(max), n);
    }
    return s;
}

/* Positional-or-keyword parameters, all optional: split(sep=None, maxsplit=-1), ...
 * out[i] is VT_NULL when not given. */
static Str *kwargs(VM *vm, const char *name, int nargs, Value *args, Tuple *kwnames,
                   const char *const *names, int nnames, Value *out)
{
    Str *s = self_of(vm, name, nargs, args);
    int npos = nargs - 1;
    int nkw = kwnames ? (int)kwnames->len : 0;
    if (npos + nkw > nnames) {
        spy_raise(vm, EXC(vm, TypeError), "%s() takes at most %d %sargument%s (%d given)", name,
                  nnames, npos == 0 ? "keyword " : "", plural(nnames), npos + nkw);
    }
    for (int i = 0; i < nnames; i++) {
        out[i] = i < npos ? args[1 + i] : NULLV;
    }
    for (int k = 0; k < nkw; k++) {
        Str *kn = AS_STR(kwnames->items[k]);
        int j = 0;
        while (j < nnames && !spy_str_eq_cstr(kn, names[j])) {
            j++;
        }
        if (j == nnames) {
            spy_raise(vm, EXC(vm, TypeError), "'%U' is an invalid keyword argument for %s()",
                      kn, name);
        }
        if (j < npos) {
            spy_raise(vm, EXC(vm, TypeError),
                      "argument for %s() given by name ('%s') and position (%d)", name, names[j],
                      j + 1);
        }
        out[j] = args[nargs + k];
    }
    return s;
}

/* Slot wrappers (__len__, __eq__, ...): their own wording.  The repeat wrappers
 * (__mul__, __rmul__) prefix their count error with a space, as CPython 3.11 does. */
static Str *wrapper_ex(VM *vm, const char *name, int nargs, Value *args, Tuple *kw, int n,
                       const char *lead)
{
    if (nargs < 1) {
        spy_raise(vm, EXC(vm, TypeError), "descriptor '%s' of 'str' object needs an argument",
                  name);
    }
    if (!IS_STR(args[0])) {
        spy_raise(vm, EXC(vm, TypeError),
                  "descriptor '%s' requires a 'str' object but received a '%T'", name, args[0]);
    }
    if (kw && kw->len > 0) {
        spy_raise(vm, EXC(vm, TypeError), "wrapper %s() takes no keyword arguments", name);
    }
    if (nargs - 1 != n) {
        spy_raise(vm, EXC(vm, TypeError), "%sexpected %d argument%s, got %d", lead, n,
                  plural(n), nargs - 1);
    }
    return AS_STR(args[0]);
}

static Str *wrapper(VM *vm, const char *name, int nargs, Value *args, Tuple *kw, int n)
{
    return wrapper_ex(vm, name, nargs, args, kw, n, "");
}

/* ---------------------------------------------------------------- value conversions */

static Str *index_name(VM *vm)
{
    return spy_str_intern_cstr(vm, "__index__");
}

static bool has_index(VM *vm, Value v)
{
    return IS_OBJ(v) && !IS_NULL(spy_type_lookup(vm, spy_typeof(vm, v), index_name(vm)));
}

/* An int argument as Py_ssize_t (OverflowError beyond int64). */
static int64_t arg_ssize(VM *vm, Value v)
{
    if (IS_SMALLINT_LIKE(v)) {
        return AS_INT(v);
    }
    Value i = spy_index(vm, v);
    if (IS_BIGINT(i)) {
        spy_raise(vm, EXC(vm, OverflowError), "Python int too large to convert to C ssize_t");
    }
    return AS_INT(i);
}

/* An int argument as a C int. */
static int arg_cint(VM *vm, Value v)
{
    Value i = IS_SMALLINT_LIKE(v) ? v : spy_index(vm, v);
    if (IS_BIGINT(i) || AS_INT(i) > INT32_MAX || AS_INT(i) < INT32_MIN) {
        spy_raise(vm, EXC(vm, OverflowError), "Python int too large to convert to C int");
    }
    return (int)AS_INT(i);
}

/* A start/end argument: None or absent gives `dflt`; huge ints clamp (as slices do). */
static int64_t slice_idx(VM *vm, Value v, int64_t dflt)
{
    if (IS_NULL(v) || IS_NONE(v)) {
        return dflt;
    }
    if (IS_SMALLINT_LIKE(v)) {
        return AS_INT(v);
    }
    if (!IS_BIGINT(v) && !has_index(vm, v)) {
        spy_raise(vm, EXC(vm, TypeError),
                  "slice indices must be integers or None or have an __index__ method");
    }
    Value i = spy_index(vm, v);
    if (IS_BIGINT(i)) {
        return mpz_sgn(AS_BIGINT(i)->z) < 0 ? INT64_MIN : INT64_MAX;
    }
    return AS_INT(i);
}

/* CPython's ADJUST_INDICES: negative bounds count from the end; end clamps to len. */
static void adjust(int64_t *start, int64_t *end, int64_t len)
{
    if (*end > len) {
        *end = len;
    } else if (*end < 0) {
        *end += len;
        if (*end < 0) {
            *end = 0;
        }
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0) {
            *start = 0;
        }
    }
}

/* s itself when it is an exact str, else an exact copy (methods never return subclasses). */
static Str *exact(VM *vm, Str *s)
{
    return spy_str_substr(vm, s, 0, s->len);
}

static uint32_t cp_class(uint32_t c)
{
    return c < 0x80 ? 0x7F : c < 0x100 ? 0xFF : c < 0x10000 ? 0xFFFF : 0x10FFFF;
}

static bool is_ws(uint32_t c)
{
    return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1C && (c <= 0x1F || (c >= 0x80 &&
                                                                         spy_uni_isspace(c))));
}

static Value notimpl(VM *vm)
{
    return mk_obj(vm->notimpl);
}

/* ================================================================ case mapping */

enum { CM_UPPER, CM_LOWER, CM_FOLD, CM_SWAP, CM_TITLE, CM_CAPITALIZE };

/* Lowercase of the capital sigma at s[i]: final form when preceded by a cased letter
 * (skipping case-ignorables) and not followed by one (likewise). */
static uint32_t sigma_lower(const Str *s, int64_t i)
{
    int64_t j = i - 1;
    while (j >= 0 && spy_uni_iscaseignorable(str_char(s, j))) {
        j--;
    }
    if (j < 0 || !spy_uni_iscased(str_char(s, j))) {
        return 0x3C3;
    }
    j = i + 1;
    while (j < s->len && spy_uni_iscaseignorable(str_char(s, j))) {
        j++;
    }
    return j < s->len && spy_uni_iscased(str_char(s, j)) ? 0x3C3 : 0x3C2;
}

static int lower_at(const Str *s, int64_t i, uint32_t c, uint32_t out[3])
{
    if (c == 0x3A3) {
        out[0] = sigma_lower(s, i);
        return 1;
    }
    return spy_uni_lower(c, out);
}

/* Maps s[i] for operation `op`; *cased carries title()'s "previous is cased" state. */
static int map_at(int op, const Str *s, int64_t i, bool *cased, uint32_t out[3])
{
    uint32_t c = str_char(s, i);
    switch (op) {
    case CM_UPPER:
        return spy_uni_upper(c, out);
    case CM_LOWER:
        return lower_at(s, i, c, out);
    case CM_FOLD:
        return spy_uni_fold(c, out);
    case CM_SWAP:
        if (spy_uni_isupper(c)) {
            return lower_at(s, i, c, out);
        }
        if (spy_uni_islower(c)) {
            return spy_uni_upper(c, out);
        }
        out[0] = c;
        return 1;
    case CM_TITLE: {
        int n = *cased ? lower_at(s, i, c, out) : spy_uni_title(c, out);
        *cased = spy_uni_iscased(c);
        return n;
    }
    default:
        return i == 0 ? spy_uni_title(c, out) : lower_at(s, i, c, out);
    }
}

static uint8_t ascii_map(int op, uint8_t c, bool *cased)
{
    bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
    bool to_up;
    switch (op) {
    case CM_UPPER:
        to_up = true;
        break;
    case CM_LOWER:
    case CM_FOLD:
        to_up = false;
        break;
    case CM_SWAP:
        to_up = lo;
        break;
    case CM_TITLE:
        to_up = !*cased;
        *cased = up || lo;
        break;
    default:
        to_up = *cased == false;
        *cased = true;
        break;
    }
    if (to_up && lo) {
        return (uint8_t)(c - 32);
    }
    if (!to_up && up) {
        return (uint8_t)(c + 32);
    }
    return c;
}

static Str *case_map(VM *vm, Str *s, int op)
{
    spy_charge(vm, s->len / 32 + 1);
    if (s->ascii) {
        Str *r = spy_str_alloc(vm, s->len, 1);
        bool cased = false;
        for (int64_t i = 0; i < s->len; i++) {
            r->data[i] = ascii_map(op, s->data[i], &cased);
        }
        return spy_str_finish(vm, r);
    }
    /* Two passes (size, then fill): a character may map to up to three. */
    int64_t n = 0;
    uint32_t mx = 0, out[3];
    bool cased = false;
    for (int64_t i = 0; i < s->len; i++) {
        int k = map_at(op, s, i, &cased, out);
        for (int j = 0; j < k; j++) {
            mx = out[j] > mx ? out[j] : mx;
        }
        n += k;
    }
    int kind = str_kind_for(mx);
    Str *r = spy_str_alloc(vm, n, kind);
    int64_t o = 0;
    cased = false;
    for (int64_t i = 0; i < s->len; i++) {
        int k = map_at(op, s, i, &cased, out);
        for (int j = 0; j < k; j++) {
            unit_put(r->data, kind, o++, out[j]);
        }
    }
    return spy_str_finish(vm, r);
}

static Value m_upper(VM *vm, int nargs, Value *args, Tuple *kw)
{
    return mk_obj(case_map(vm, noargs(vm, "upper", nargs, args, kw), CM_UPPER));
}

static Value m_lower(VM *vm, int nargs, Value *args, Tuple *kw)
{
    return mk_obj(case_map(vm, noargs(vm, "lower", nargs, args, kw), CM_LOWER));
}

static Value m_casefold(VM *vm, int nargs, Value *args, Tuple *kw)
{
    return mk_obj(case_map(vm, noargs(vm, "casefold", nargs, args, kw), CM_FOLD));
}

static Value m_swapcase(VM *vm, int nargs, Value *args, Tuple *kw)
{
    return mk_obj(case_map(vm, noargs(vm, "swapcase", nargs, args, kw), CM_SWAP));
}

static Value m_title(VM *vm, int nargs, Value *args, Tuple *kw)
{
    return mk_obj(case_map(vm, noargs(vm, "title", nargs, args, kw), CM_TITLE));
}

static Value m_capitalize(VM *vm, int nargs, Value *args, Tuple *kw)
{
    return mk_obj(case_map(vm, noargs(vm, "capitalize", nargs, args, kw), CM_CAPITALIZE));
}

/* ================================================================ predicates */

static Value all_chars(VM *vm, Str *s, bool (*pred)(uint32_t), bool if_empty)
{
    if (s->len == 0) {
        return mk_bool(if_empty);
    }
    spy_charge(vm, s->len / 64 + 1);
    for (int64_t i = 0; i < s->len; i++) {
        if (!pred(str_char(s, i))) {
            return FALSEV;
        }
    }
    return TRUEV;
}

static bool is_alnum(uint32_t c)
{
    return spy_uni_isalpha(c) || spy_uni_isdecimal(c) || spy_uni_isdigit(c) ||
           spy_uni_isnumeric(c);
}

static Value m_isalpha(VM *vm, int nargs, Value *args, Tuple *kw)
{
    return all_chars(vm, noargs(vm, "isalpha", nargs, args, kw), spy_uni_isalpha, false);
}

static Value m_isdigit(VM *vm, int nargs, Value *args, Tuple *kw)
{
    return all_chars(vm, noargs(vm, "isdigit", nargs, args, kw), spy_uni_isdigit, false);
}

static Value m_isdecimal(VM *vm, int nargs, Value *args, Tuple *kw)
{
    return all_chars(vm, noargs(vm, "isdecimal", nargs, args, kw), spy_uni_isdecimal, false);
}

static Value m_isnumeric(VM *vm, int nargs, Value *args, Tuple *kw)
{
    return all_chars(vm, noargs(vm, "isnumeric", nargs, args, kw), spy_uni_isnumeric, false);
}

static Value m_isalnum(VM *vm, int nargs, Value *args, Tuple *kw)
{
    return all_chars(vm, noargs(vm, "isalnum", nargs, args, kw), is_alnum, false);
}

static Value m_isspace(VM *vm, int nargs, Value *args, Tuple *kw)
{
    return all_chars(vm, noargs(vm, "isspace", nargs, args, kw), spy_uni_isspace, false);
}

static Value m_isprintable(VM *vm, int nargs, Value *args, Tuple *kw)
{
    return all_chars(vm, noargs(vm, "isprintable", nargs, args, kw), spy_uni_isprintable,
                     true);
}

static Value m_isascii(VM *vm, int nargs, Value *args, Tuple *kw)
{
    return mk_bool(noargs(vm, "isascii", nargs, args, kw)->ascii);
}

/* isupper()/islower(): at least one cased character, and none of the other case. */
static Value case_pred(VM *vm, Str *s, bool want_upper)
{
    bool cased = false;
    spy_charge(vm, s->len / 64 + 1);
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = str_char(s, i);
        bool up = spy_uni_isupper(c), lo = spy_uni_islower(c);
        if ((want_upper ? lo : up) || spy_uni_istitle(c)) {
            return FALSEV;
        }
        cased |= want_upper ? up : lo;
    }
    return mk_bool(cased);
}

static Value m_isupper(VM *vm, int nargs, Value *args, Tuple *kw)
{
    return case_pred(vm, noargs(vm, "isupper", nargs, args, kw), true);
}

static Value m_islower(VM *vm, int nargs, Value *args, Tuple *kw)
{
    return case_pred(vm, noargs(vm, "islower", nargs, args, kw), false);
}

static Value m_istitle(VM *vm, int nargs, Value *args, Tuple *kw)
{
    Str *s = noargs(vm, "istitle", nargs, args, kw);
    bool cased = false, prev_cased = false;
    spy_charge(vm, s->len / 64 + 1);
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = str_char(s, i);
        if (spy_uni_isupper(c) || spy_uni_istitle(c)) {
            if (prev_cased) {
                return FALSEV;
            }
            prev_cased = cased = true;
        } else if (spy_uni_islower(c)) {
            if (!prev_cased) {
                return FALSEV;
            }
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return mk_bool(cased);
}

static Value m_isidentifier(VM *vm, int nargs, Value *args, Tuple *kw)
{
    Str *s = noargs(vm, "isidentifier", nargs, args, kw);
    if (s->len == 0 || !spy_uni_isxidstart(str_char(s, 0))) {
        return FALSEV;
    }
    spy_charge(vm, s->len / 64 + 1);
    for (int64_t i = 1; i < s->len; i++) {
        if (!spy_uni_isxidcontinue(str_char(s, i))) {
            return FALSEV;
        }
    }
    return TRUEV;
}

/* ================================================================ searching */

/* Parses (sub[, start[, end]]) for find/count/index/...; returns self. */
static Str *find_args(VM *vm, const char *name, int nargs, Value *args, Tuple *kw, Str **sub,
                      int64_t *start, int64_t *end)
{
    Str *s = oldargs(vm, name, nargs, args, kw, 1, 3);
    *start = slice_idx(vm, nargs > 2 ? args[2] : NULLV, 0);
    *end = slice_idx(vm, nargs > 3 ? args[3] : NULLV, INT64_MAX);
    if (!IS_STR(args[1])) {
        spy_raise(vm, EXC(vm, TypeError), "must be str, not %T", args[1]);
    }
    *sub = AS_STR(args[1]);
    adjust(start, end, s->len);
    return s;
}

static int64_t do_find(VM *vm, const char *name, int nargs, Value *args, Tuple *kw, bool rev)
{
    Str *sub;
    int64_t start, end;
    Str *s = find_args(vm, name, nargs, args, kw, &sub, &start, &end);
    return spy_str_find_in(vm, s, sub, start, end, rev);
}

static Value m_find(VM *vm, int nargs, Value *args, Tuple *kw)
{
    return mk_int(do_find(vm, "find", nargs, args, kw, false));
}

static Value m_rfind(VM *vm, int nargs, Value *args, Tuple *kw)
{
    return mk_int(do_find(vm, "rfind", nargs, args, kw, true));
}

static Value m_index(VM *vm, int nargs, Value *args, Tuple *kw)
{
    int64_t r = do_find(vm, "index", nargs, args, kw, false);
    if (r < 0) {
        spy_raise(vm, EXC(vm, ValueError), "substring not found");
    }
    return mk_int(r);
}

static Value m_rindex(VM *vm, int nargs, Value *args, Tuple *kw)
{
    int64_t r = do_find(vm, "rindex", nargs, args, kw, true);
    if (r < 0) {
        spy_raise(vm, EXC(vm, ValueError), "substring not found");
    }
    return mk_int(r);
}

/* Non-overlapping occurrences of sub in s[start:end), at most `max`. */
static int64_t count_in(VM *vm, Str *s, Str *sub, int64_t start, int64_t end, int64_t max)
{
    if (start > s->len || end - start < sub->len) {
        return 0;
    }
    if (sub->len == 0) {
        int64_t n = end - start + 1;
        return n < max ? n : max;
    }
    int64_t n = 0;
    while (n < max) {
        int64_t p = spy_str_find_in(vm, s, sub, start, end, false);
        if (p < 0) {
            break;
        }
        n++;
        start = p + sub->len;
    }
    return n;
}

static Value m_count(VM *vm, int nargs, Value *args, Tuple *kw)
{
    Str *sub;
    int64_t start, end;
    Str *s = find_args(vm, "count", nargs, args, kw, &sub, &start, &end);
    return mk_int(count_in(vm, s, sub, start, end, INT64_MAX));
}

/* Does s[start:end] start (or end, when `at_end`) with sub? */
static bool tailmatch(Str *s, Str *sub, int64_t start, int64_t end, bool at_end)
{
    adjust(&start, &end, s->len);
    end -= sub->len;
    if (end < start) {
        return false;
    }
    if (sub->len == 0) {
        return true;
    }
    int64_t off = at_end ? end : start;
    if (sub->kind > s->kind) {
        return false;
    }
    if (sub->kind == s->kind) {
        return memcmp(s->data + off * s->kind, sub->data, (size_t)(sub->len * s->kind)) == 0;
    }
    for (int64_t j = 0; j < sub->len; j++) {
        if (str_char(s, off + j) != str_char(sub, j)) {
            return false;
        }
    }
    return true;
}

static Value starts_ends(VM *vm, const char *name, int nargs, Value *args, Tuple *kw,
                         bool at_end)
{
    Str *s = oldargs(vm, name, nargs, args, kw, 1, 3);
    int64_t start = slice_idx(vm, nargs > 2 ? args[2] : NULLV, 0);
    int64_t end = slice_idx(vm, nargs > 3 ? args[3] : NULLV, INT64_MAX);
    Value x = args[1];
    if (IS_STR(x)) {
        return mk_bool(tailmatch(s, AS_STR(x), start, end, at_end));
    }
    if (!IS_TUPLE(x)) {
        spy_raise(vm, EXC(vm, TypeError), "%s first arg must be str or a tuple of str, not %T",
                  name, x);
    }
    Tuple *t = AS_TUPLE(x);
    for (int64_t i = 0; i < t->len; i++) {
        if (!IS_STR(t->items[i])) {
            spy_raise(vm, EXC(vm, TypeError), "tuple for %s must only contain str, not %T",
                      name, t->items[i]);
        }
        if (tailmatch(s, AS_STR(t->items[i]), start, end, at_end)) {
            return TRUEV;
        }
    }
    return FALSEV;
}

static Value m_startswith(VM *vm, int nargs, Value *args, Tuple *kw)
{
    return starts_ends(vm, "startswith", nargs, args, kw, false);
}

static Value m_endswith(VM *vm, int nargs, Value *args, Tuple *kw)
{
    return starts_ends(vm, "endswith", nargs, args, kw, true);
}

static Value m_removeprefix(VM *vm, int nargs, Value *args, Tuple *kw)
{
    Str *s = onearg(vm, "removeprefix", nargs, args, kw);
    if (!IS_STR(args[1])) {
        spy_raise(vm, EXC(vm, TypeError), "removeprefix() argument must be str, not %T",
                  args[1]);
    }
    Str *p = AS_STR(args[1]);
    if (tailmatch(s, p, 0, INT64_MAX, false)) {
        return mk_obj(spy_str_substr(vm, s, p->len, s->len));
    }
    return mk_obj(exact(vm, s));
}

static Value m_removesuffix(VM *vm, int nargs, Value *args, Tuple *kw)
{
    Str *s = onearg(vm, "removesuffix", nargs, args, kw);
    if (!IS_STR(args[1])) {
        spy_raise(vm, EXC(vm, TypeError), "removesuffix() argument must be str, not %T",
                  args[1]);
    }
    Str *p = AS_STR(args[1]);
    if (p->len > 0 && tailmatch(s, p, 0, INT64_MAX, true)) {
        return mk_obj(spy_str_substr(vm, s, 0, s->len - p->len));
    }
    return mk_obj(exact(vm, s));
}

/* ================================================================ splitting */

static void add_piece(VM *vm, List *l, Str *s, int64_t i, int64_t j)
{
    spy_list_append(vm, l, mk_obj(spy_str_substr(vm, s, i, j)));
}

static void reverse_list(List *l)
{
    for (int64_t i = 0, j = l->len - 1; i < j; i++, j--) {
        Value t = l->items[i];
        l->items[i] = l->items[j];
        l->items[j] = t;
    }
}

static List *split_ws(VM *vm, Str *s, int64_t max, bool rev)
{
    List *l = spy_list_new(vm, 0);
    int64_t n = s->len;
    spy_charge(vm, n / 32 + 1);
    if (!rev) {
        int64_t i = 0;
        while (max-- > 0) {
            while (i < n && is_ws(str_char(s, i))) {
                i++;
            }
            if (i == n) {
                break;
            }
            int64_t j = i++;
            while (i < n && !is_ws(str_char(s, i))) {
                i++;
            }
            add_piece(vm, l, s, j, i);
        }
        if (i < n) {
            while (i < n && is_ws(str_char(s, i))) {
                i++;
            }
            if (i != n) {
                add_piece(vm, l, s, i, n);
            }
        }
    } else {
        int64_t i = n - 1;
        while (max-- > 0) {
            while (i >= 0 && is_ws(str_char(s, i))) {
                i--;
            }
            if (i < 0) {
                break;
            }
            int64_t j = i--;
            while (i >= 0 && !is_ws(str_char(s, i))) {
                i--;
            }
            add_piece(vm, l, s, i + 1, j + 1);
        }
        if (i >= 0) {
            while (i >= 0 && is_ws(str_char(s, i))) {
                i--;
            }
            if (i >= 0) {
                add_piece(vm, l, s, 0, i + 1);
            }
        }
        reverse_list(l);
    }
    return l;
}

static List *split_sep(VM *vm, Str *s, Str *sep, int64_t max, bool rev)
{
    if (sep->len == 0) {
        spy_raise(vm, EXC(vm, ValueError), "empty separator");
    }
    List *l = spy_list_new(vm, 0);
    if (!rev) {
        int64_t i = 0;
        while (max-- > 0) {
            int64_t p = spy_str_find_in(vm, s, sep, i, s->len, false);
            if (p < 0) {
                break;
            }
            add_piece(vm, l, s, i, p);
            i = p + sep->len;
        }
        add_piece(vm, l, s, i, s->len);
    } else {
        int64_t j = s->len;
        while (max-- > 0) {
            int64_t p = spy_str_find_in(vm, s, sep, 0, j, true);
            if (p < 0) {
                break;
            }
            add_piece(vm, l, s, p + sep->len, j);
            j = p;
        }
        add_piece(vm, l, s, 0, j);
        reverse_list(l);
    }
    return l;
}

static Value do_split(VM *vm, const char *name, int nargs, Value *args, Tuple *kw, bool rev)
{
    static const char *const names[] = {"sep", "maxsplit"};
    Value a[2];
    Str *s = kwargs(vm, name, nargs, args, kw, names, 2, a);
    int64_t max = IS_NULL(a[1]) ? -1 : arg_ssize(vm, a[1]);
    if (max < 0) {
        max = INT64_MAX;
    }
    if (IS_NULL(a[0]) || IS_NONE(a[0])) {
        return mk_obj(split_ws(vm, s, max, rev));
    }
    if (!IS_STR(a[0])) {
        spy_raise(vm, EXC(vm, TypeError), "must be str or None, not %T", a[0]);
    }
    return mk_obj(split_sep(vm, s, AS_STR(a[0]), max, rev));
}

static Value m_split(VM *vm, int nargs, Value *args, Tuple *kw)
{
    return do_split(vm, "split", nargs, args, kw, false);
}

static Value m_rsplit(VM *vm, int nargs, Value *args, Tuple *kw)
{
    return do_split(vm, "rsplit", nargs, args, kw, true);
}

static Value m_splitlines(VM *vm, int nargs, Value *args, Tuple *kw)
{
    static const char *const names[] = {"keepends"};
    Value a[1];
    Str *s = kwargs(vm, "splitlines", nargs, args, kw, names, 1, a);
    bool keep = !IS_NULL(a[0]) && arg_cint(vm, a[0]) != 0;
    List *l = spy_list_new(vm, 0);
    int64_t n = s->len, i = 0;
    spy_charge(vm, n / 32 + 1);
    while (i < n) {
        int64_t j = i;
        while (j < n && !spy_uni_islinebreak(str_char(s, j))) {
            j++;
        }
        int64_t eol = j;
        if (j < n) {
            eol = j + 1;
            if (str_char(s, j) == '\r' && eol < n && str_char(s, eol) == '\n') {
                eol++;
            }
        }
        add_piece(vm, l, s, i, keep ? eol : j);
        i = eol;
    }
    return mk_obj(l);
}

static Value do_partition(VM *vm, const char *name, int nargs, Value *args, Tuple *kw,
                          bool rev)
{
    Str *s = onearg(vm, name, nargs, args, kw);
    if (!IS_STR(args[1])) {
        spy_raise(vm, EXC(vm, TypeError), "must be str, not %T", args[1]);
    }
    Str *sep = AS_STR(args[1]);
    if (sep->len == 0) {
        spy_raise(vm, EXC(vm, ValueError), "empty separator");
    }
    int64_t p = spy_str_find_in(vm, s, sep, 0, s->len, rev);
    Value e = mk_obj(vm->empty_str);
    if (p < 0) {
        Value whole = mk_obj(exact(vm, s));
        return mk_obj(rev ? spy_tuple_pack(vm, 3, e, e, whole)
                          : spy_tuple_pack(vm, 3, whole, e, e));
    }
    Value left = mk_obj(spy_str_substr(vm, s, 0, p));
    Value right = mk_obj(spy_str_substr(vm, s, p + sep->len, s->len));
    return mk_obj(spy_tuple_pack(vm, 3, left, mk_obj(exact(vm, sep)), right));
}

static Value m_partition(VM *vm, int nargs, Value *args, Tuple *kw)
{
    return do_partition(vm, "partition", nargs, args, kw, false);
}

static Value m_rpartition(VM *vm, int nargs, Value *args, Tuple *kw)
{
    return do_partition(vm, "rpartition", nargs, args, kw, true);
}

/* ================================================================ join, replace, strip */

static bool is_iterable(VM *vm, Value v)
{
    if (!IS_OBJ(v)) {
        return false;
    }
    switch (OBJ_KIND(v)) {
    case K_STR: case K_LIST: case K_TUPLE: case K_DICT: case K_SET: case K_FROZENSET:
    case K_RANGE: case K_ITER: case K_DICTVIEW: case K_GENERATOR:
        return true;
    default: {
        TypeObj *t = spy_typeof(vm, v);
        return !IS_NULL(spy_type_lookup(vm, t, vm->s.__iter__)) ||
               !IS_NULL(spy_type_lookup(vm, t, vm->s.__getitem__));
    }
    }
}

static Value m_join(VM *vm, int nargs, Value *args, Tuple *kw)
{
    Str *sep = onearg(vm, "join", nargs, args, kw);
    Value it = args[1];
    Value *items;
    int64_t n;
    if (IS_LIST(it)) {
        items = AS_LIST(it)->items;
        n = AS_LIST(it)->len;
    } else if (IS_TUPLE(it)) {
        items = AS_TUPLE(it)->items;
        n = AS_TUPLE(it)->len;
    } else {
        if (!is_iterable(vm, it)) {
            spy_raise(vm, EXC(vm, TypeError), "can only join an iterable");
        }
        List *l = spy_to_list(vm, it);
        items = l->items;
        n = l->len;
    }
    /* From here on no Python code runs, so `items` stays valid. */
    if (n == 0) {
        return mk_obj(vm->empty_str);
    }
    if (n == 1 && IS_STR(items[0]) && AS_OBJ(items[0])->type == vm->t_str) {
        return items[0];
    }
    spy_charge(vm, n / 16 + 1);
    double total = (double)sep->len * (double)(n - 1);
    int64_t len = 0;
    uint32_t mx = n > 1 ? str_maxclass(sep) : 0;
    for (int64_t i = 0; i < n; i++) {
        if (!IS_STR(items[i])) {
            spy_raise(vm, EXC(vm, TypeError), "sequence item %D: expected str instance, %T found",
                      i, items[i]);
        }
        Str *x = AS_STR(items[i]);
        total += (double)x->len;
        len += x->len;
        mx = str_maxclass(x) > mx ? str_maxclass(x) : mx;
    }
    if (total > (double)(INT64_MAX / 8)) {
        spy_raise(vm, EXC(vm, OverflowError), "join() result is too long for a Python string");
    }
    len += sep->len * (n - 1);
    int k = str_kind_for(mx);
    Str *r = spy_str_alloc(vm, len, k);
    spy_charge(vm, len * k / 64);
    int64_t o = 0;
    for (int64_t i = 0; i < n; i++) {
        if (i > 0 && sep->len > 0) {
            spy_str_copy_units(r->data, k, o, sep, 0, sep->len);
            o += sep->len;
        }
        Str *x = AS_STR(items[i]);
        spy_str_copy_units(r->data, k, o, x, 0, x->len);
        o += x->len;
    }
    r->ascii = mx < 0x80;
    return mk_obj(spy_str_small(vm, r));
}

static Str *do_replace(VM *vm, Str *s, Str *old, Str *rep, int64_t max)
{
    if (max < 0) {
        max = INT64_MAX;
    }
    int64_t n = count_in(vm, s, old, 0, s->len, max);
    if (n == 0) {
        return exact(vm, s);
    }
    double total = (double)s->len + (double)n * ((double)rep->len - (double)old->len);
    if (total > (double)(INT64_MAX / 8)) {
        spy_raise(vm, EXC(vm, OverflowError), "replace string is too long");
    }
    int64_t len = s->len + n * (rep->len - old->len);
    uint32_t mx = str_maxclass(s) > str_maxclass(rep) ? str_maxclass(s) : str_maxclass(rep);
    int k = str_kind_for(mx);
    Str *r = spy_str_alloc(vm, len, k);
    spy_charge(vm, len * k / 64 + 1);
    int64_t i = 0, o = 0;
    for (int64_t m = 0; m < n; m++) {
        int64_t p;
        if (old->len == 0) {
            p = i;
        } else {
            p = spy_str_find_in(vm, s, old, i, s->len, false);
        }
        spy_str_copy_units(r->data, k, o, s, i, p - i);
        o += p - i;
        spy_str_copy_units(r->data, k, o, rep, 0, rep->len);
        o += rep->len;
        i = p + old->len;
        if (old->len == 0 && i < s->len) {
            /* An empty pattern matches before every character: copy one and move on. */
            spy_str_copy_units(r->data, k, o, s, i, 1);
            o++;
            i++;
        }
    }
    spy_str_copy_units(r->data, k, o, s, i, s->len - i);
    return spy_str_finish(vm, r);
}

static Value m_replace(VM *vm, int nargs, Value *args, Tuple *kw)
{
    Str *s = posargs(vm, "replace", nargs, args, kw, 2, 3);
    if (!IS_STR(args[1])) {
        spy_raise(vm, EXC(vm, TypeError), "replace() argument 1 must be str, not %T", args[1]);
    }
    if (!IS_STR(args[2])) {
        spy_raise(vm, EXC(vm, TypeError), "replace() argument 2 must be str, not %T", args[2]);
    }
    int64_t max = nargs > 3 ? arg_ssize(vm, args[3]) : -1;
    return mk_obj(do_replace(vm, s, AS_STR(args[1]), AS_STR(args[2]), max));
}

enum { STRIP_LEFT = 1, STRIP_RIGHT = 2 };

static bool in_chars(const Str *chars, const uint8_t *bitmap, uint32_t c)
{
    if (c < 256) {
        return (bitmap[c >> 3] >> (c & 7)) & 1;
    }
    for (int64_t i = 0; i < chars->len; i++) {
        if (str_char(chars, i) == c) {
            return true;
        }
    }
    return false;
}

static Value do_strip(VM *vm, const char *name, int nargs, Value *args, Tuple *kw, int how)
{
    Str *s = posargs(vm, name, nargs, args, kw, 0, 1);
    Value cv = nargs > 1 ? args[1] : NULLV;
    int64_t i = 0, j = s->len;
    spy_charge(vm, s->len / 64 + 1);
    if (IS_NULL(cv) || IS_NONE(cv)) {
        while ((how & STRIP_LEFT) && i < j && is_ws(str_char(s, i))) {
            i++;
        }
        while ((how & STRIP_RIGHT) && j > i && is_ws(str_char(s, j - 1))) {
            j--;
        }
    } else {
        if (!IS_STR(cv)) {
            spy_raise(vm, EXC(vm, TypeError), "%s arg must be None or str", name);
        }
        Str *chars = AS_STR(cv);
        uint8_t bitmap[32] = {0};
        spy_charge(vm, chars->len / 64 + 1);
        for (int64_t k = 0; k < chars->len; k++) {
            uint32_t c = str_char(chars, k);
            if (c < 256) {
                bitmap[c >> 3] |= (uint8_t)(1u << (c & 7));
            }
        }
        while ((how & STRIP_LEFT) && i < j && in_chars(chars, bitmap, str_char(s, i))) {
            i++;
        }
        while ((how & STRIP_RIGHT) && j > i && in_chars(chars, bitmap, str_char(s, j - 1))) {
            j--;
        }
    }
    return mk_obj(spy_str_substr(vm, s, i, j));
}

static Value m_strip(VM *vm, int nargs, Value *args, Tuple *kw)
{
    return do_strip(vm, "strip", nargs, args, kw, STRIP_LEFT | STRIP_RIGHT);
}

static Value m_lstrip(VM *vm, int nargs, Value *args, Tuple *kw)
{
    return do_strip(vm, "lstrip", nargs, args, kw, STRIP_LEFT);
}

static Value m_rstrip(VM *vm, int nargs, Value *args, Tuple *kw)
{
    return do_strip(vm, "rstrip", nargs, args, kw, STRIP_RIGHT);
}

/* ================================================================ padding */

/* s with `left` and `right` copies of `fill` around it. */
static Str *pad(VM *vm, Str *s, int64_t left, int64_t right, uint32_t fill)
{
    left = left < 0 ? 0 : left;
    right = right < 0 ? 0 : right;
    if (left == 0 && right == 0) {
        return exact(vm, s);
    }
    if ((double)left + (double)right + (double)s->len > (double)(INT64_MAX / 8)) {
        spy_raise(vm, EXC(vm, OverflowError), "padded string is too long");
    }
    int64_t n = left + s->len + right;
    uint32_t mx = str_maxclass(s) > cp_class(fill) ? str_maxclass(s) : cp_class(fill);
    int k = str_kind_for(mx);
    Str *r = spy_str_alloc(vm, n, k);
    spy_charge(vm, n * k / 64 + 1);
    spy_str_fill(r->data, k, 0, fill, left);
    spy_str_copy_units(r->data, k, left, s, 0, s->len);
    spy_str_fill(r->data, k, left + s->len, fill, right);
    r->ascii = mx < 0x80;
    return spy_str_small(vm, r);
}

/* Parses (width[, fillchar]) of center/ljust/rjust. */
static Str *pad_args(VM *vm, const char *name, int nargs, Value *args, Tuple *kw,
                     int64_t *width, uint32_t *fill)
{
    Str *s = posargs(vm, name, nargs, args, kw, 1, 2);
    *width = arg_ssize(vm, args[1]);
    *fill = ' ';
    if (nargs > 2) {
        if (!IS_STR(args[2])) {
            spy_raise(vm, EXC(vm, TypeError),
                      "The fill character must be a unicode character, not %T", args[2]);
        }
        if (AS_STR(args[2])->len != 1) {
            spy_raise(vm, EXC(vm, TypeError),
                      "The fill character must be exactly one character long");
        }
        *fill = str_char(AS_STR(args[2]), 0);
    }
    return s;
}

static Value m_center(VM *vm, int nargs, Value *args, Tuple *kw)
{
    int64_t width;
    uint32_t fill;
    Str *s = pad_args(vm, "center", nargs, args, kw, &width, &fill);
    if (width < s->len) {
        width = s->len;   /* also keeps width - len from overflowing */
    }
    if (s->len >= width) {
        return mk_obj(exact(vm, s));
    }
    int64_t marg = width - s->len;
    int64_t left = marg / 2 + (marg & width & 1);
    return mk_obj(pad(vm, s, left, marg - left, fill));
}

static Value m_ljust(VM *vm, int nargs, Value *args, Tuple *kw)
{
    int64_t width;
    uint32_t fill;
    Str *s = pad_args(vm, "ljust", nargs, args, kw, &width, &fill);
    if (width < s->len) {
        width = s->len;   /* also keeps width - len from overflowing */
    }
    return mk_obj(pad(vm, s, 0, width - s->len, fill));
}

static Value m_rjust(VM *vm, int nargs, Value *args, Tuple *kw)
{
    int64_t width;
    uint32_t fill;
    Str *s = pad_args(vm, "rjust", nargs, args, kw, &width, &fill);
    if (width < s->len) {
        width = s->len;   /* also keeps width - len from overflowing */
    }
    return mk_obj(pad(vm, s, width - s->len, 0, fill));
}

static Value m_zfill(VM *vm, int nargs, Value *args, Tuple *kw)
{
    Str *s = onearg(vm, "zfill", nargs, args, kw);
    int64_t width = arg_ssize(vm, args[1]);
    if (s->len >= width) {
        return mk_obj(exact(vm, s));
    }
    int64_t fill = width - s->len;
    int k = s->kind;
    Str *r = spy_str_alloc(vm, width, k);
    spy_charge(vm, width * k / 64 + 1);
    spy_str_fill(r->data, k, 0, '0', fill);
    spy_str_copy_units(r->data, k, fill, s, 0, s->len);
    if (s->len > 0) {
        uint32_t c = str_char(s, 0);
        if (c == '+' || c == '-') {
            unit_put(r->data, k, 0, c);
            unit_put(r->data, k, fill, '0');
        }
    }
    r->ascii = s->ascii || s->len == 0;
    return mk_obj(spy_str_small(vm, r));
}

static Value m_expandtabs(VM *vm, int nargs, Value *args, Tuple *kw)
{
    static const char *const names[] = {"tabsize"};
    Value a[1];
    Str *s = kwargs(vm, "expandtabs", nargs, args, kw, names, 1, a);
    int64_t tab = IS_NULL(a[0]) ? 8 : arg_cint(vm, a[0]);
    int64_t n = 0, col = 0;
    spy_charge(vm, s->len / 32 + 1);
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = str_char(s, i);
        if (c == '\t') {
            if (tab > 0) {
                int64_t inc = tab - col % tab;
                col += inc;
                n += inc;
            }
        } else {
            n++;
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
        if (n > INT64_MAX / 8) {
            spy_raise(vm, EXC(vm, OverflowError), "new string is too long");
        }
    }
    int k = s->kind;
    Str *r = spy_str_alloc(vm, n, k);
    spy_charge(vm, n * k / 64 + 1);
    int64_t o = 0;
    col = 0;
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = str_char(s, i);
        if (c == '\t') {
            if (tab > 0) {
                int64_t inc = tab - col % tab;
                spy_str_fill(r->data, k, o, ' ', inc);
                o += inc;
                col += inc;
            }
        } else {
            unit_put(r->data, k, o++, c);
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
    }
    return mk_obj(spy_str_finish(vm, r));
}

/* ================================================================ translate / maketrans */

typedef struct TransCall {
    Value table, key, result;
} TransCall;

static void trans_getitem(VM *vm, void *ud)
{
    TransCall *tc = ud;
    tc->result = spy_getitem(vm, tc->table, tc->key);
}

/* table[c], or VT_NULL when the table raises LookupError (the character stays). */
static Value trans_lookup(VM *vm, Value table, uint32_t c)
{
    if (IS_DICT(table)) {
        return spy_dict_get(vm, AS_DICT(table), mk_int(c));
    }
    TransCall tc = {table, mk_int(c), NULLV};
    if (spy_pcall(vm, trans_getitem, &tc) == 0) {
        return tc.result;
    }
    if (vm->limit_hit) {
        spy_limit(vm, (spy_status)vm->limit_hit);
    }
    ExcObj *e = vm->exc;
    if (e && spy_type_is_subtype(e->hdr.type, EXC(vm, LookupError))) {
        vm->exc = NULL;
        return NULLV;
    }
    spy_throw(vm, e);
}

static Value m_translate(VM *vm, int nargs, Value *args, Tuple *kw)
{
    Str *s = onearg(vm, "translate", nargs, args, kw);
    Value table = args[1];
    /* Results for Latin-1 characters, looked up once each: 0 unknown, 1 keep, 2 delete,
     * 3 single character in cache_cp, 4 a str in cache_str. */
    uint8_t state[256] = {0};
    uint32_t cache_cp[256];
    Str *cache_str[256];
    StrBuf sb;
    spy_sb_init(vm, &sb);
    spy_charge(vm, s->len / 16 + 1);
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = str_char(s, i);
        int st = c < 256 ? state[c] : 0;
        if (st == 0) {
            Value v = trans_lookup(vm, table, c);
            uint32_t out = c;
            Str *os = NULL;
            if (IS_NULL(v)) {
                st = 1;
            } else if (IS_NONE(v)) {
                st = 2;
            } else if (IS_SMALLINT_LIKE(v) || IS_BIGINT(v)) {
                if (IS_BIGINT(v) || AS_INT(v) < 0 || AS_INT(v) > 0x10FFFF) {
                    spy_raise(vm, EXC(vm, ValueError),
                              "character mapping must be in range(0x110000)");
                }
                out = (uint32_t)AS_INT(v);
                st = 3;
            } else if (IS_STR(v)) {
                os = AS_STR(v);
                st = 4;
            } else {
                spy_raise(vm, EXC(vm, TypeError),
                          "character mapping must return integer, None or str");
            }
            if (c < 256) {
                state[c] = (uint8_t)st;
                cache_cp[c] = out;
                cache_str[c] = os;
            }
            if (st == 1 || st == 3) {
                spy_sb_add_char(vm, &sb, out);
            } else if (st == 4) {
                spy_sb_add_str(vm, &sb, os);
            }
            continue;
        }
        if (st == 1) {
            spy_sb_add_char(vm, &sb, c);
        } else if (st == 3) {
            spy_sb_add_char(vm, &sb, cache_cp[c]);
        } else if (st == 4) {
            spy_sb_add_str(vm, &sb, cache_str[c]);
        }
    }
    return mk_obj(spy_sb_finish(vm, &sb));
}

static Value m_maketrans(VM *vm, int nargs, Value *args, Tuple *kw)
{
    if (kw && kw->len > 0) {
        spy_raise(vm, EXC(vm, TypeError), "str.maketrans() takes no keyword arguments");
    }
    if (nargs < 1) {
        spy_raise(vm, EXC(vm, TypeError), "maketrans expected at least 1 argument, got 0");
    }
    if (nargs > 3) {
        spy_raise(vm, EXC(vm, TypeError), "maketrans expected at most 3 arguments, got %d",
                  nargs);
    }
    Dict *d = spy_dict_new(vm);
    if (nargs == 1) {
        if (!IS_DICT(args[0])) {
            spy_raise(vm, EXC(vm, TypeError),
                      "if you give only one argument to maketrans it must be a dict");
        }
        int64_t pos = 0;
        Value k, v;
        while (spy_dict_next(AS_DICT(args[0]), &pos, &k, &v)) {
            if (IS_STR(k)) {
                if (AS_STR(k)->len != 1) {
                    spy_raise(vm, EXC(vm, ValueError),
                              "string keys in translate table must be of length 1");
                }
                spy_dict_set(vm, d, mk_int(str_char(AS_STR(k), 0)), v);
            } else if (IS_ANYINT(k)) {
                spy_dict_set(vm, d, IS_BOOL(k) ? mk_int(AS_INT(k)) : k, v);
            } else {
                spy_raise(vm, EXC(vm, TypeError),
                          "keys in translate table must be strings or integers");
            }
        }
        return mk_obj(d);
    }
    for (int i = 0; i < nargs; i++) {
        if (!IS_STR(args[i])) {
            spy_raise(vm, EXC(vm, TypeError), "maketrans() argument %d must be str, not %T",
                      i + 1, args[i]);
        }
    }
    Str *x = AS_STR(args[0]), *y = AS_STR(args[1]);
    if (x->len != y->len) {
        spy_raise(vm, EXC(vm, ValueError),
                  "the first two maketrans arguments must have equal length");
    }
    spy_charge(vm, x->len / 8 + 1);
    for (int64_t i = 0; i < x->len; i++) {
        spy_dict_set(vm, d, mk_int(str_char(x, i)), mk_int(str_char(y, i)));
    }
    if (nargs == 3) {
        Str *z = AS_STR(args[2]);
        spy_charge(vm, z->len / 8 + 1);
        for (int64_t i = 0; i < z->len; i++) {
            spy_dict_set(vm, d, mk_int(str_char(z, i)), NONEV);
        }
    }
    return mk_obj(d);
}

/* ================================================================ format */

static Value m_format(VM *vm, int nargs, Value *args, Tuple *kw)
{
    Str *s = self_of(vm, "format", nargs, args);
    return mk_obj(spy_str_format(vm, s, nargs - 1, args + 1, kw));
}

static Value m_format_map(VM *vm, int nargs, Value *args, Tuple *kw)
{
    Str *s = onearg(vm, "format_map", nargs, args, kw);
    return mk_obj(spy_str_format_map(vm, s, args[1]));
}

/* ================================================================ dunders */

static Value m_len(VM *vm, int nargs, Value *args, Tuple *kw)
{
    return mk_int(wrapper(vm, "__len__", nargs, args, kw, 0)->len);
}

static Value m_contains(VM *vm, int nargs, Value *args, Tuple *kw)
{
    Str *s = wrapper(vm, "__contains__", nargs, args, kw, 1);
    if (!IS_STR(args[1])) {
        spy_raise(vm, EXC(vm, TypeError), "'in <string>' requires string as left operand, not %T",
                  args[1]);
    }
    return mk_bool(spy_str_contains(vm, s, AS_STR(args[1])));
}

static Value m_getitem(VM *vm, int nargs, Value *args, Tuple *kw)
{
    Str *s = wrapper(vm, "__getitem__", nargs, args, kw, 1);
    return spy_str_getitem(vm, s, args[1]);
}

static Value m_add(VM *vm, int nargs, Value *args, Tuple *kw)
{
    Str *s = wrapper(vm, "__add__", nargs, args, kw, 1);
    if (!IS_STR(args[1])) {
        spy_raise(vm, EXC(vm, TypeError), "can only concatenate str (not \"%T\") to str",
                  args[1]);
    }
    return mk_obj(spy_str_concat(vm, s, AS_STR(args[1])));
}

static Value do_mul(VM *vm, const char *name, int nargs, Value *args, Tuple *kw)
{
    Str *s = wrapper_ex(vm, name, nargs, args, kw, 1, " ");
    Value n = args[1];
    if (!IS_SMALLINT_LIKE(n)) {
        if (!IS_BIGINT(n) && !has_index(vm, n)) {
            spy_raise(vm, EXC(vm, TypeError), "'%T' object cannot be interpreted as an integer",
                      n);
        }
        n = spy_index(vm, n);
        if (IS_BIGINT(n)) {
            spy_raise(vm, EXC(vm, OverflowError), "cannot fit 'int' into an index-sized integer");
        }
    }
    return mk_obj(spy_str_repeat(vm, s, AS_INT(n)));
}

static Value m_mul(VM *vm, int nargs, Value *args, Tuple *kw)
{
    return do_mul(vm, "__mul__", nargs, args, kw);
}

static Value m_rmul(VM *vm, int nargs, Value *args, Tuple *kw)
{
    return do_mul(vm, "__rmul__", nargs, args, kw);
}

static Value m_mod(VM *vm, int nargs, Value *args, Tuple *kw)
{
    Str *s = wrapper(vm, "__mod__", nargs, args, kw, 1);
    return mk_obj(spy_str_mod(vm, s, args[1]));
}

static Value m_rmod(VM *vm, int nargs, Value *args, Tuple *kw)
{
    wrapper(vm, "__rmod__", nargs, args, kw, 1);
    return notimpl(vm);
}

static Value m_format_dunder(VM *vm, int nargs, Value *args, Tuple *kw)
{
    Str *s = onearg(vm, "__format__", nargs, args, kw);
    if (!IS_STR(args[1])) {
        spy_raise(vm, EXC(vm, TypeError), "__format__() argument must be str, not %T", args[1]);
    }
    return mk_obj(spy_format_builtin(vm, mk_obj(exact(vm, s)), AS_STR(args[1])));
}

static Value do_cmp(VM *vm, const char *name, int nargs, Value *args, Tuple *kw, CmpOp op)
{
    Str *s = wrapper(vm, name, nargs, args, kw, 1);
    if (!IS_STR(args[1])) {
        return notimpl(vm);
    }
    Str *o = AS_STR(args[1]);
    if (op == CMP_EQ || op == CMP_NE) {
        return mk_bool(spy_str_eq(s, o) == (op == CMP_EQ));
    }
    int c = spy_str_cmp(s, o);
    switch (op) {
    case CMP_LT:
        return mk_bool(c < 0);
    case CMP_LE:
        return mk_bool(c <= 0);
    case CMP_GT:
        return mk_bool(c > 0);
    default:
        return mk_bool(c >= 0);
    }
}

static Value m_eq(VM *vm, int nargs, Value *args, Tuple *kw)
{
    return do_cmp(vm, "__eq__", nargs, args, kw, CMP_EQ);
}

static Value m_ne(VM *vm, int nargs, Value *args, Tuple *kw)
{
    return do_cmp(vm, "__ne__", nargs, args, kw, CMP_NE);
}

static Value m_lt(VM *vm, int nargs, Value *args, Tuple *kw)
{
    return do_cmp(vm, "__lt__", nargs, args, kw, CMP_LT);
}

static Value m_le(VM *vm, int nargs, Value *args, Tuple *kw)
{
    return do_cmp(vm, "__le__", nargs, args, kw, CMP_LE);
}

static Value m_gt(VM *vm, int nargs, Value *args, Tuple *kw)
{
    return do_cmp(vm, "__gt__", nargs, args, kw, CMP_GT);
}

static Value m_ge(VM *vm, int nargs, Value *args, Tuple *kw)
{
    return do_cmp(vm, "__ge__", nargs, args, kw, CMP_GE);
}

static Value m_hash(VM *vm, int nargs, Value *args, Tuple *kw)
{
    return mk_int(spy_str_hash(wrapper(vm, "__hash__", nargs, args, kw, 0)));
}

static Value m_str(VM *vm, int nargs, Value *args, Tuple *kw)
{
    return mk_obj(exact(vm, wrapper(vm, "__str__", nargs, args, kw, 0)));
}

static Value m_repr(VM *vm, int nargs, Value *args, Tuple *kw)
{
    return mk_obj(spy_str_repr(vm, wrapper(vm, "__repr__", nargs, args, kw, 0)));
}

static Value m_iter(VM *vm, int nargs, Value *args, Tuple *kw)
{
    Str *s = wrapper(vm, "__iter__", nargs, args, kw, 0);
    return mk_obj(spy_iter_new(vm, IT_STR, mk_obj(s)));
}

/* ================================================================ the table */

const MethodDef spy_str_methods[] = {
    {"capitalize", m_capitalize, 0},
    {"casefold", m_casefold, 0},
    {"center", m_center, 0},
    {"count", m_count, 0},
    {"endswith", m_endswith, 0},
    {"expandtabs", m_expandtabs, 0},
    {"find", m_find, 0},
    {"format", m_format, 0},
    {"format_map", m_format_map, 0},
    {"index", m_index, 0},
    {"isalnum", m_isalnum, 0},
    {"isalpha", m_isalpha, 0},
    {"isascii", m_isascii, 0},
    {"isdecimal", m_isdecimal, 0},
    {"isdigit", m_isdigit, 0},
    {"isidentifier", m_isidentifier, 0},
    {"islower", m_islower, 0},
    {"isnumeric", m_isnumeric, 0},
    {"isprintable", m_isprintable, 0},
    {"isspace", m_isspace, 0},
    {"istitle", m_istitle, 0},
    {"isupper", m_isupper, 0},
    {"join", m_join, 0},
    {"ljust", m_ljust, 0},
    {"lower", m_lower, 0},
    {"lstrip", m_lstrip, 0},
    {"maketrans", m_maketrans, CF_STATIC},
    {"partition", m_partition, 0},
    {"removeprefix", m_removeprefix, 0},
    {"removesuffix", m_removesuffix, 0},
    {"replace", m_replace, 0},
    {"rfind", m_rfind, 0},
    {"rindex", m_rindex, 0},
    {"rjust", m_rjust, 0},
    {"rpartition", m_rpartition, 0},
    {"rsplit", m_rsplit, 0},
    {"rstrip", m_rstrip, 0},
    {"split", m_split, 0},
    {"splitlines", m_splitlines, 0},
    {"startswith", m_startswith, 0},
    {"strip", m_strip, 0},
    {"swapcase", m_swapcase, 0},
    {"title", m_title, 0},
    {"translate", m_translate, 0},
    {"upper", m_upper, 0},
    {"zfill", m_zfill, 0},
    {"__add__", m_add, 0},
    {"__contains__", m_contains, 0},
    {"__eq__", m_eq, 0},
    {"__format__", m_format_dunder, 0},
    {"__ge__", m_ge, 0},
    {"__getitem__", m_getitem, 0},
    {"__gt__", m_gt, 0},
    {"__hash__", m_hash, 0},
    {"__iter__", m_iter, 0},
    {"__le__", m_le, 0},
    {"__len__", m_len, 0},
    {"__lt__", m_lt, 0},
    {"__mod__", m_mod, 0},
    {"__mul__", m_mul, 0},
    {"__ne__", m_ne, 0},
    {"__repr__", m_repr, 0},
    {"__rmod__", m_rmod, 0},
    {"__rmul__", m_rmul, 0},
    {"__str__", m_str, 0},
    {NULL, NULL, 0},
};
