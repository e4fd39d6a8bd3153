/* tuple.c: the tuple type: an immutable array of Values stored inline after the header.
 *
 * Invariant: a tuple is never modified once other code can see it (spy_tuple_new's caller
 * fills it first), so raw item pointers stay valid across calls into Python code.  The
 * hash is CPython 3.11's xxHash-based tuplehash over the item hashes, so hash((1, 2)) and
 * the iteration order of sets of tuples match python3; it is cached once computed. */
#include <stdarg.h>
#include <string.h>

#include "containers.h"

Tuple *spy_tuple_new(VM *vm, int64_t len)
{
    if (len < 0) {
        len = 0;
    }
    spy_mem_precheck(vm, (double)sizeof(Tuple) + (double)len * (double)sizeof(Value));
    Tuple *t = spy_obj_alloc(vm, sizeof(Tuple) + (size_t)len * sizeof(Value), K_TUPLE,
                             vm->t_tuple);
    t->len = len;
    t->hash = -1;
    return t;
}

Tuple *spy_tuple_pack(VM *vm, int n, ...)
{
    Tuple *t = spy_tuple_new(vm, n);
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) {
        t->items[i] = va_arg(ap, Value);
    }
    va_end(ap);
    return t;
}

static Tuple *tuple_from_array(VM *vm, const Value *src, int64_t n)
{
    Tuple *t = spy_tuple_new(vm, n);
    if (n > 0) {
        memcpy(t->items, src, (size_t)n * sizeof(Value));
    }
    spy_ct_charge_copy(vm, n);
    return t;
}

Value spy_tuple_getitem(VM *vm, Tuple *t, Value key)
{
    int64_t i;
    if (IS_KIND(key, K_SLICE)) {
        int64_t start, stop, step;
        spy_slice_unpack(vm, (Slice *)AS_OBJ(key), &start, &stop, &step);
        int64_t n = spy_slice_adjust(t->len, &start, &stop, step);
        if (n == t->len && step == 1 && t->hdr.type == vm->t_tuple) {
            return mk_obj(t);
        }
        Tuple *r = spy_tuple_new(vm, n);
        for (int64_t k = 0; k < n; k++) {
            r->items[k] = t->items[start + k * step];
        }
        spy_ct_charge_copy(vm, n);
        return mk_obj(r);
    }
    if (IS_INT(key)) {
        i = AS_INT(key);
    } else if (!spy_ct_index(vm, key, &i)) {
        spy_raise(vm, EXC(vm, TypeError), "tuple indices must be integers or slices, not %T",
                  key);
    }
    if (i < 0) {
        i += t->len;
    }
    if (i < 0 || i >= t->len) {
        spy_raise(vm, EXC(vm, IndexError), "tuple index out of range");
    }
    return t->items[i];
}

Str *spy_tuple_repr(VM *vm, Tuple *t)
{
    if (t->len == 0) {
        return spy_str_cstr(vm, "()");
    }
    if (spy_ct_repr_enter(vm, &t->hdr)) {
        return spy_str_cstr(vm, "(...)");
    }
    spy_enter_c(vm, " while getting the repr of an object");
    StrBuf sb;
    spy_sb_init(vm, &sb);
    spy_sb_add(vm, &sb, "(", 1);
    for (int64_t i = 0; i < t->len; i++) {
        if (i > 0) {
            spy_sb_add(vm, &sb, ", ", 2);
        }
        spy_charge(vm, 1);
        spy_sb_add_str(vm, &sb, spy_repr(vm, t->items[i]));
    }
    if (t->len == 1) {
        spy_sb_add(vm, &sb, ",", 1);
    }
    spy_sb_add(vm, &sb, ")", 1);
    spy_leave_c(vm);
    spy_ct_repr_leave(vm);
    return spy_sb_finish(vm, &sb);
}

/* xxHash-style accumulation of CPython 3.11 (Objects/tupleobject.c), 64-bit variant. */
#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL

/* The hash of t from its items' hashes; nested tuples recurse through spy_hash. */
static int64_t hash_items(VM *vm, Tuple *t)
{
    spy_enter_c(vm, "");
    uint64_t acc = XXPRIME_5;
    for (int64_t i = 0; i < t->len; i++) {
        uint64_t lane = (uint64_t)spy_hash(vm, t->items[i]);
        acc += lane * XXPRIME_2;
        acc = (acc << 31) | (acc >> 33);
        acc *= XXPRIME_1;
    }
    spy_leave_c(vm);
    spy_charge(vm, 1 + (t->len >> 4));
    acc += (uint64_t)t->len ^ (XXPRIME_5 ^ 3527539ULL);
    int64_t h = acc == UINT64_MAX ? 1546275796 : (int64_t)acc;
    t->hash = h;
    return h;
}

static bool uncached_tuple(Value v)
{
    return IS_TUPLE(v) && AS_TUPLE(v)->hash == -1;
}

/* Deeply nested tuples (cons lists used as keys): hashes the nested tuples innermost
 * first with an explicit stack, so that hashing t then needs no deep C recursion. */
static void prehash_nested(VM *vm, Tuple *t)
{
    List *st = spy_list_new(vm, 16);
    spy_list_append(vm, st, mk_obj(t));
    spy_list_append(vm, st, mk_int(0));
    while (st->len > 0) {
        Tuple *cur = AS_TUPLE(st->items[st->len - 2]);
        int64_t i = AS_INT(st->items[st->len - 1]);
        while (i < cur->len && !uncached_tuple(cur->items[i])) {
            i++;
        }
        if (i < cur->len) {
            st->items[st->len - 1] = mk_int(i + 1);
            spy_list_append(vm, st, cur->items[i]);
            spy_list_append(vm, st, mk_int(0));
            continue;
        }
        st->len -= 2;
        if (cur != t) {
            hash_items(vm, cur);
        }
    }
}

int64_t spy_tuple_hash(VM *vm, Tuple *t)
{
    if (t->hash != -1) {
        return t->hash;
    }
    if (vm->cdepth >= SPY_MAX_C_DEPTH - 8) {
        prehash_nested(vm, t);
    }
    return hash_items(vm, t);
}

Value spy_seq_compare(VM *vm, CmpOp op, Value *a, int64_t na, Value *b, int64_t nb)
{
    if (na != nb && (op == CMP_EQ || op == CMP_NE)) {
        return mk_bool(op == CMP_NE);
    }
    spy_enter_c(vm, " in comparison");
    int64_t i = 0;
    while (i < na && i < nb) {
        spy_charge(vm, 1);
        if (!spy_eq(vm, a[i], b[i])) {
            break;
        }
        i++;
    }
    Value r;
    if (i >= na || i >= nb) {
        bool res;
        switch (op) {
        case CMP_LT: res = na < nb; break;
        case CMP_LE: res = na <= nb; break;
        case CMP_EQ: res = na == nb; break;
        case CMP_NE: res = na != nb; break;
        case CMP_GT: res = na > nb; break;
        default: res = na >= nb; break;
        }
        r = mk_bool(res);
    } else if (op == CMP_EQ) {
        r = FALSEV;
    } else if (op == CMP_NE) {
        r = TRUEV;
    } else {
        r = spy_compare(vm, op, a[i], b[i]);
    }
    spy_leave_c(vm);
    return r;
}

/* ================================================================ methods */

#define SELF(name) spy_ct_self(vm, nargs, args, K_TUPLE, "tuple", name)

static Value m_count(VM *vm, int nargs, Value *args, Tuple *kw)
{
    SELF("count");
    spy_ct_onearg(vm, "tuple", "count", nargs, kw);
    Tuple *t = AS_TUPLE(args[0]);
    int64_t c = 0;
    for (int64_t i = 0; i < t->len; i++) {
        spy_charge(vm, 1);
        if (spy_eq(vm, t->items[i], args[1])) {
            c++;
        }
    }
    return mk_int(c);
}

static Value m_index(VM *vm, int nargs, Value *args, Tuple *kw)
{
    SELF("index");
    spy_ct_clinic(vm, "tuple", "index", nargs, kw, 1, 3);
    Tuple *t = AS_TUPLE(args[0]);
    int64_t start = 0, stop = INT64_MAX;
    if (nargs > 2) {
        start = spy_ct_slice_index(vm, args[2]);
    }
    if (nargs > 3) {
        stop = spy_ct_slice_index(vm, args[3]);
    }
    if (start < 0) {
        start += t->len;
        if (start < 0) {
            start = 0;
        }
    }
    if (stop < 0) {
        stop += t->len;
    }
    for (int64_t i = start; i < stop && i < t->len; i++) {
        spy_charge(vm, 1);
        if (spy_eq(vm, t->items[i], args[1])) {
            return mk_int(i);
        }
    }
    spy_raise(vm, EXC(vm, ValueError), "tuple.index(x): x not in tuple");
}

static Value m_getitem(VM *vm, int nargs, Value *args, Tuple *kw)
{
    SELF("__getitem__");
    spy_ct_onearg(vm, "tuple", "__getitem__", nargs, kw);
    return spy_tuple_getitem(vm, AS_TUPLE(args[0]), args[1]);
}

static Value m_len(VM *vm, int nargs, Value *args, Tuple *kw)
{
    SELF("__len__");
    spy_ct_noargs(vm, "tuple", "__len__", nargs, kw);
    return mk_int(AS_TUPLE(args[0])->len);
}

static Value m_contains(VM *vm, int nargs, Value *args, Tuple *kw)
{
    SELF("__contains__");
    spy_ct_onearg(vm, "tuple", "__contains__", nargs, kw);
    return mk_bool(spy_contains(vm, args[0], args[1]));
}

const MethodDef spy_tuple_methods[] = {
    {"count", m_count, 0},
    {"index", m_index, 0},
    {"__getitem__", m_getitem, 0},
    {"__len__", m_len, 0},
    {"__contains__", m_contains, 0},
    {NULL, NULL, 0},
};

Value spy_tuple_ctor(VM *vm, TypeObj *t, int nargs, Value *args, Tuple *kwnames)
{
    spy_ct_nokw(vm, "tuple()", kwnames);
    if (nargs > 1) {
        spy_raise(vm, EXC(vm, TypeError), "tuple expected at most 1 argument, got %d", nargs);
    }
    if (nargs == 0) {
        Tuple *r = spy_tuple_new(vm, 0);
        r->hdr.type = t;
        return mk_obj(r);
    }
    if (t == vm->t_tuple && IS_TUPLE(args[0]) && AS_OBJ(args[0])->type == vm->t_tuple) {
        return args[0];
    }
    Tuple *r = spy_to_tuple(vm, args[0]);
    if (r->hdr.type != t) {
        if (AS_OBJ(args[0]) == &r->hdr) {
            r = tuple_from_array(vm, r->items, r->len);
        }
        r->hdr.type = t;
    }
    return mk_obj(r);
}
