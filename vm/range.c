/* range.c: range (int64 bounds) and slice objects, and the slice index arithmetic that
 * every sequence shares (CPython's PySlice_Unpack + PySlice_AdjustIndices).
 *
 * Invariant: a Range's len is exact and fits int64 (construction raises OverflowError
 * otherwise, where CPython would accept the range but fail on len()).  Arithmetic on
 * bounds that may overflow is done in 128 bits (__int128) and checked before narrowing. */
#include "containers.h"

typedef __int128 i128;

static SPY_NORETURN void too_large(VM *vm)
{
    spy_raise(vm, EXC(vm, OverflowError), "Python int too large to convert to C ssize_t");
}

static int64_t range_len(VM *vm, int64_t start, int64_t stop, int64_t step)
{
    i128 n = 0;
    if (step > 0 && start < stop) {
        n = ((i128)stop - start - 1) / step + 1;
    } else if (step < 0 && start > stop) {
        n = ((i128)start - stop - 1) / -(i128)step + 1;
    }
    if (n > INT64_MAX) {
        too_large(vm);
    }
    return (int64_t)n;
}

Range *spy_range_new(VM *vm, int64_t start, int64_t stop, int64_t step)
{
    int64_t len = range_len(vm, start, stop, step);
    Range *r = spy_obj_alloc(vm, sizeof(Range), K_RANGE, vm->t_range);
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = len;
    return r;
}

/* An int argument of range() (via __index__) as int64. */
static int64_t range_arg(VM *vm, Value v)
{
    Value i = IS_INT(v) ? v : spy_index(vm, v);
    if (IS_BIGINT(i)) {
        too_large(vm);
    }
    return AS_INT(i);
}

Value spy_range_ctor(VM *vm, TypeObj *t, int nargs, Value *args, Tuple *kwnames)
{
    spy_ct_nokw(vm, "range()", kwnames);
    if (nargs == 0) {
        spy_raise(vm, EXC(vm, TypeError), "range expected at least 1 argument, got 0");
    }
    if (nargs > 3) {
        spy_raise(vm, EXC(vm, TypeError), "range expected at most 3 arguments, got %d", nargs);
    }
    int64_t start = 0, stop, step = 1;
    if (nargs == 1) {
        stop = range_arg(vm, args[0]);
    } else {
        start = range_arg(vm, args[0]);
        stop = range_arg(vm, args[1]);
        if (nargs == 3) {
            step = range_arg(vm, args[2]);
            if (step == 0) {
                spy_raise(vm, EXC(vm, ValueError), "range() arg 3 must not be zero");
            }
        }
    }
    return mk_obj(spy_range_new(vm, start, stop, step));
}

static int64_t range_item(const Range *r, int64_t i)
{
    return (int64_t)((uint64_t)r->start + (uint64_t)i * (uint64_t)r->step);
}

Value spy_range_getitem(VM *vm, Range *r, Value key)
{
    if (IS_KIND(key, K_SLICE)) {
        int64_t start, stop, step;
        spy_slice_unpack(vm, (Slice *)AS_OBJ(key), &start, &stop, &step);
        spy_slice_adjust(r->len, &start, &stop, step);
        i128 nstart = (i128)r->start + (i128)start * r->step;
        i128 nstop = (i128)r->start + (i128)stop * r->step;
        i128 nstep = (i128)r->step * step;
        if (nstart > INT64_MAX || nstart < INT64_MIN || nstop > INT64_MAX ||
            nstop < INT64_MIN || nstep > INT64_MAX || nstep < INT64_MIN) {
            too_large(vm);
        }
        return mk_obj(spy_range_new(vm, (int64_t)nstart, (int64_t)nstop, (int64_t)nstep));
    }
    int64_t i;
    if (IS_INT(key)) {
        i = AS_INT(key);
    } else if (IS_BIGINT(key)) {
        spy_raise(vm, EXC(vm, IndexError), "range object index out of range");
    } else if (!spy_ct_index(vm, key, &i)) {
        spy_raise(vm, EXC(vm, TypeError), "range indices must be integers or slices, not %T",
                  key);
    }
    if (i < 0) {
        i += r->len;
    }
    if (i < 0 || i >= r->len) {
        spy_raise(vm, EXC(vm, IndexError), "range object index out of range");
    }
    return mk_int(range_item(r, i));
}

/* Position of int v in r, or -1. */
static int64_t range_find_int(const Range *r, int64_t v)
{
    if (r->len == 0) {
        return -1;
    }
    i128 off = (i128)v - r->start;
    if ((r->step > 0 && off < 0) || (r->step < 0 && off > 0)) {
        return -1;
    }
    if (off % r->step != 0) {
        return -1;
    }
    i128 k = off / r->step;
    return k < r->len ? (int64_t)k : -1;
}

bool spy_range_contains(VM *vm, Range *r, Value x)
{
    if (IS_SMALLINT_LIKE(x)) {
        return range_find_int(r, AS_INT(x)) >= 0;
    }
    if (IS_BIGINT(x)) {
        return false;
    }
    for (int64_t i = 0; i < r->len; i++) {
        spy_charge(vm, 1);
        if (spy_eq(vm, mk_int(range_item(r, i)), x)) {
            return true;
        }
    }
    return false;
}

/* hash((len, start, step)) with None for the parts that do not matter, as CPython. */
int64_t spy_range_hash(VM *vm, Range *r)
{
    Tuple *t = spy_tuple_new(vm, 3);
    t->items[0] = mk_int(r->len);
    t->items[1] = r->len == 0 ? NONEV : mk_int(r->start);
    t->items[2] = r->len <= 1 ? NONEV : mk_int(r->step);
    return spy_tuple_hash(vm, t);
}

/* ================================================================ methods */

static Value m_count(VM *vm, int nargs, Value *args, Tuple *kw)
{
    spy_ct_self(vm, nargs, args, K_RANGE, "range", "count");
    spy_ct_onearg(vm, "range", "count", nargs, kw);
    Range *r = (Range *)AS_OBJ(args[0]);
    Value x = args[1];
    if (IS_SMALLINT_LIKE(x) || IS_BIGINT(x)) {
        return mk_int(spy_range_contains(vm, r, x) ? 1 : 0);
    }
    int64_t c = 0;
    for (int64_t i = 0; i < r->len; i++) {
        spy_charge(vm, 1);
        if (spy_eq(vm, mk_int(range_item(r, i)), x)) {
            c++;
        }
    }
    return mk_int(c);
}

static Value m_index(VM *vm, int nargs, Value *args, Tuple *kw)
{
    spy_ct_self(vm, nargs, args, K_RANGE, "range", "index");
    spy_ct_onearg(vm, "range", "index", nargs, kw);
    Range *r = (Range *)AS_OBJ(args[0]);
    Value x = args[1];
    if (IS_SMALLINT_LIKE(x) || IS_BIGINT(x)) {
        int64_t k = IS_BIGINT(x) ? -1 : range_find_int(r, AS_INT(x));
        if (k < 0) {
            spy_raise(vm, EXC(vm, ValueError), "%R is not in range", x);
        }
        return mk_int(k);
    }
    for (int64_t i = 0; i < r->len; i++) {
        spy_charge(vm, 1);
        if (spy_eq(vm, mk_int(range_item(r, i)), x)) {
            return mk_int(i);
        }
    }
    spy_raise(vm, EXC(vm, ValueError), "sequence.index(x): x not in sequence");
}

const MethodDef spy_range_methods[] = {
    {"count", m_count, 0},
    {"index", m_index, 0},
    {NULL, NULL, 0},
};

/* ================================================================ slices */

Slice *spy_slice_new(VM *vm, Value start, Value stop, Value step)
{
    Slice *s = spy_obj_alloc(vm, sizeof(Slice), K_SLICE, vm->t_slice);
    s->start = IS_NULL(start) ? NONEV : start;
    s->stop = IS_NULL(stop) ? NONEV : stop;
    s->step = IS_NULL(step) ? NONEV : step;
    return s;
}

Value spy_slice_ctor(VM *vm, TypeObj *t, int nargs, Value *args, Tuple *kwnames)
{
    spy_ct_nokw(vm, "slice()", kwnames);
    if (nargs == 0) {
        spy_raise(vm, EXC(vm, TypeError), "slice expected at least 1 argument, got 0");
    }
    if (nargs > 3) {
        spy_raise(vm, EXC(vm, TypeError), "slice expected at most 3 arguments, got %d", nargs);
    }
    if (nargs == 1) {
        return mk_obj(spy_slice_new(vm, NONEV, args[0], NONEV));
    }
    return mk_obj(spy_slice_new(vm, args[0], args[1], nargs == 3 ? args[2] : NONEV));
}

/* An int-like value clamped into int64 (CPython's _PyEval_SliceIndex). */
static bool clamp_index(VM *vm, Value v, int64_t *out)
{
    if (spy_ct_has_index(vm, v) || (IS_BIGINT(v) && (AS_OBJ(v)->type->tflags & TF_HEAPTYPE))) {
        v = spy_index(vm, v);   /* (an int subclass's value may fit int64) */
    }
    if (IS_SMALLINT_LIKE(v)) {
        *out = AS_INT(v);
        return true;
    }
    if (IS_BIGINT(v)) {
        *out = mpz_sgn(AS_BIGINT(v)->z) < 0 ? INT64_MIN : INT64_MAX;
        return true;
    }
    return false;
}

static int64_t slice_index(VM *vm, Value v)
{
    int64_t r;
    if (!clamp_index(vm, v, &r)) {
        spy_raise(vm, EXC(vm, TypeError),
                  "slice indices must be integers or None or have an __index__ method");
    }
    return r;
}

int64_t spy_ct_slice_index(VM *vm, Value v)
{
    int64_t r;
    if (!clamp_index(vm, v, &r)) {
        spy_raise(vm, EXC(vm, TypeError),
                  "slice indices must be integers or have an __index__ method");
    }
    return r;
}

void spy_slice_unpack(VM *vm, Slice *s, int64_t *start, int64_t *stop, int64_t *step)
{
    if (IS_NONE(s->step)) {
        *step = 1;
    } else {
        *step = slice_index(vm, s->step);
        if (*step == 0) {
            spy_raise(vm, EXC(vm, ValueError), "slice step cannot be zero");
        }
        /* So that -step cannot overflow. */
        if (*step < -INT64_MAX) {
            *step = -INT64_MAX;
        }
    }
    if (IS_NONE(s->start)) {
        *start = *step < 0 ? INT64_MAX : 0;
    } else {
        *start = slice_index(vm, s->start);
    }
    if (IS_NONE(s->stop)) {
        *stop = *step < 0 ? INT64_MIN : INT64_MAX;
    } else {
        *stop = slice_index(vm, s->stop);
    }
}

int64_t spy_slice_adjust(int64_t len, int64_t *start, int64_t *stop, int64_t step)
{
    if (*start < 0) {
        *start += len;
        if (*start < 0) {
            *start = step < 0 ? -1 : 0;
        }
    } else if (*start >= len) {
        *start = step < 0 ? len - 1 : len;
    }
    if (*stop < 0) {
        *stop += len;
        if (*stop < 0) {
            *stop = step < 0 ? -1 : 0;
        }
    } else if (*stop >= len) {
        *stop = step < 0 ? len - 1 : len;
    }
    if (step < 0) {
        if (*stop < *start) {
            return (*start - *stop - 1) / (-step) + 1;
        }
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

int64_t spy_slice_indices(VM *vm, Slice *s, int64_t len, int64_t *start, int64_t *stop,
                          int64_t *step)
{
    spy_slice_unpack(vm, s, start, stop, step);
    return spy_slice_adjust(len, start, stop, *step);
}

Value spy_slice_compare(VM *vm, CmpOp op, Slice *a, Slice *b)
{
    if (a == b) {
        return mk_bool(op == CMP_EQ || op == CMP_LE || op == CMP_GE);
    }
    Value x[3] = {a->start, a->stop, a->step};
    Value y[3] = {b->start, b->stop, b->step};
    return spy_seq_compare(vm, op, x, 3, y, 3);
}

static Value m_indices(VM *vm, int nargs, Value *args, Tuple *kw)
{
    spy_ct_self(vm, nargs, args, K_SLICE, "slice", "indices");
    spy_ct_onearg(vm, "slice", "indices", nargs, kw);
    Value lv = spy_index(vm, args[1]);
    if (IS_BIGINT(lv)) {
        if (mpz_sgn(AS_BIGINT(lv)->z) < 0) {
            spy_raise(vm, EXC(vm, ValueError), "length should not be negative");
        }
        too_large(vm);
    }
    int64_t len = AS_INT(lv);
    if (len < 0) {
        spy_raise(vm, EXC(vm, ValueError), "length should not be negative");
    }
    int64_t start, stop, step;
    spy_slice_indices(vm, (Slice *)AS_OBJ(args[0]), len, &start, &stop, &step);
    return mk_obj(spy_tuple_pack(vm, 3, mk_int(start), mk_int(stop), mk_int(step)));
}

const MethodDef spy_slice_methods[] = {
    {"indices", m_indices, 0},
    {NULL, NULL, 0},
};
