/* list.c: the list type: a growable array of Values (items[0..len), cap slots, owned).
 * Invariant: any call that can run Python code (eq, lt, repr, iteration) may resize or
 * empty the list, so loops re-read l->items and l->len after each such call.  The sort is
 * a stable natural merge sort (timsort's runs, binary insertion, merges); it detaches the
 * array while it runs and reports "list modified during sort" as CPython does. */
#include <string.h>

#include "containers.h"

/* ================================================================ storage */

static List *list_alloc(VM *vm, TypeObj *type, int64_t cap)
{
    if (cap < 0) {
        cap = 0;
    }
    spy_mem_precheck(vm, (double)cap * (double)sizeof(Value));
    List *l = spy_obj_alloc(vm, sizeof(List), K_LIST, type);
    if (cap > 0) {
        l->items = spy_mem_alloc(vm, (size_t)cap * sizeof(Value));
        l->cap = cap;
    }
    return l;
}

List *spy_list_new(VM *vm, int64_t cap)
{
    return list_alloc(vm, vm->t_list, cap);
}

/* Makes room for `need` items (amortised growth). */
static void list_reserve(VM *vm, List *l, int64_t need)
{
    if (need <= l->cap) {
        return;
    }
    int64_t ncap = need + (need >> 3) + (need < 9 ? 3 : 6);
    if (ncap < need) {
        ncap = need;
    }
    spy_mem_precheck(vm, (double)ncap * (double)sizeof(Value));
    l->items = spy_mem_realloc(vm, l->items, (size_t)ncap * sizeof(Value));
    l->cap = ncap;
}

/* Shrinks the array when it is mostly empty (after deletions). */
static void list_maybe_shrink(VM *vm, List *l)
{
    if (l->len == 0) {
        spy_mem_free(vm, l->items);
        l->items = NULL;
        l->cap = 0;
    } else if (l->cap > 16 && l->len < l->cap / 4) {
        int64_t ncap = l->len + (l->len >> 3) + 6;
        l->items = spy_mem_realloc(vm, l->items, (size_t)ncap * sizeof(Value));
        l->cap = ncap;
    }
}

void spy_list_append(VM *vm, List *l, Value v)
{
    if (l->len == l->cap) {
        list_reserve(vm, l, l->len + 1);
    }
    l->items[l->len++] = v;
}

static void list_clear(VM *vm, List *l)
{
    Value *old = l->items;
    l->items = NULL;
    l->len = 0;
    l->cap = 0;
    spy_mem_free(vm, old);
}

void spy_list_extend(VM *vm, List *l, Value iterable)
{
    int64_t n;
    if (spy_ct_items(iterable, &n) ||
        ((IS_LIST(iterable) || IS_TUPLE(iterable)) &&
         !(AS_OBJ(iterable)->type->tflags & TF_HEAPTYPE))) {
        if (n == 0) {
            return;
        }
        list_reserve(vm, l, l->len + n);
        /* Re-read: when extending a list by itself the array may have moved. */
        Value *src = spy_ct_items(iterable, &n);
        memmove(l->items + l->len, src, (size_t)n * sizeof(Value));
        l->len += n;
        spy_ct_charge_copy(vm, n);
        return;
    }
    Value it = spy_iter(vm, iterable);
    Value v;
    while (spy_next(vm, it, &v)) {
        spy_charge(vm, 1);
        spy_list_append(vm, l, v);
    }
}

/* ================================================================ indexing */

static int64_t norm_index(VM *vm, List *l, Value key, const char *what)
{
    int64_t i;
    if (IS_INT(key)) {
        i = AS_INT(key);
    } else if (!spy_ct_index(vm, key, &i)) {
        spy_raise(vm, EXC(vm, TypeError), "list indices must be integers or slices, not %T",
                  key);
    }
    if (i < 0) {
        i += l->len;
    }
    if (i < 0 || i >= l->len) {
        spy_raise(vm, EXC(vm, IndexError), "%s", what);
    }
    return i;
}

static List *list_slice_copy(VM *vm, List *l, int64_t start, int64_t step, int64_t n)
{
    List *r = spy_list_new(vm, n);
    /* The slice was resolved against l->len just before; nothing ran since. */
    for (int64_t k = 0; k < n; k++) {
        r->items[k] = l->items[start + k * step];
    }
    r->len = n;
    spy_ct_charge_copy(vm, n);
    return r;
}

Value spy_list_getitem(VM *vm, List *l, Value key)
{
    if (IS_KIND(key, K_SLICE)) {
        int64_t start, stop, step;
        spy_slice_unpack(vm, (Slice *)AS_OBJ(key), &start, &stop, &step);
        int64_t n = spy_slice_adjust(l->len, &start, &stop, step);
        return mk_obj(list_slice_copy(vm, l, start, step, n));
    }
    int64_t i = norm_index(vm, l, key, "list index out of range");
    return l->items[i];
}

/* Items to assign from `v` as a List or Tuple value: a copy when v is the list itself. */
static Value seq_fast(VM *vm, List *self, Value v, const char *errmsg)
{
    if (IS_LIST(v) && AS_LIST(v) == self) {
        return mk_obj(list_slice_copy(vm, self, 0, 1, self->len));
    }
    if (IS_LIST(v) || IS_TUPLE(v)) {
        return v;
    }
    if (!spy_ct_iterable(vm, v)) {
        spy_raise(vm, EXC(vm, TypeError), "%s", errmsg);
    }
    return mk_obj(spy_to_list(vm, v));
}

/* l[lo:hi] = items (n of them), CPython's list_ass_slice after the sequence is known. */
static void replace_range(VM *vm, List *l, int64_t lo, int64_t hi, Value seq)
{
    int64_t n = 0;
    Value *src = NULL;
    if (!IS_NULL(seq)) {
        src = spy_ct_items(seq, &n);
    }
    if (lo < 0) {
        lo = 0;
    } else if (lo > l->len) {
        lo = l->len;
    }
    if (hi < lo) {
        hi = lo;
    } else if (hi > l->len) {
        hi = l->len;
    }
    int64_t norig = hi - lo;
    int64_t d = n - norig;
    if (l->len + d == 0) {
        list_clear(vm, l);
        return;
    }
    if (d > 0) {
        list_reserve(vm, l, l->len + d);
        src = spy_ct_items(seq, &n);
    }
    memmove(l->items + hi + d, l->items + hi, (size_t)(l->len - hi) * sizeof(Value));
    if (n > 0) {
        memcpy(l->items + lo, src, (size_t)n * sizeof(Value));
    }
    l->len += d;
    spy_ct_charge_copy(vm, l->len);
    if (d < 0) {
        list_maybe_shrink(vm, l);
    }
}

static void ass_subscript_slice(VM *vm, List *l, Slice *sl, Value v)
{
    int64_t start, stop, step;
    spy_slice_unpack(vm, sl, &start, &stop, &step);
    if (step == 1) {
        Value seq = NULLV;
        if (!IS_NULL(v)) {
            seq = seq_fast(vm, l, v, "can only assign an iterable");
        }
        int64_t len = l->len;
        spy_slice_adjust(len, &start, &stop, step);
        replace_range(vm, l, start, stop, seq);
        return;
    }
    if (IS_NULL(v)) {
        int64_t n = spy_slice_adjust(l->len, &start, &stop, step);
        if (n <= 0) {
            return;
        }
        if (step < 0) {
            stop = start + 1;
            start = stop + step * (n - 1) - 1;
            step = -step;
        }
        /* Compact: keep the items not on the slice. */
        int64_t w = start;
        for (int64_t r = start; r < l->len; r++) {
            if (r >= start && (r - start) % step == 0 && (r - start) / step < n) {
                continue;
            }
            l->items[w++] = l->items[r];
        }
        l->len = w;
        spy_ct_charge_copy(vm, l->len);
        list_maybe_shrink(vm, l);
        return;
    }
    Value seq = seq_fast(vm, l, v, "must assign iterable to extended slice");
    int64_t n = spy_slice_adjust(l->len, &start, &stop, step);
    int64_t m;
    Value *src = spy_ct_items(seq, &m);
    if (m != n) {
        spy_raise(vm, EXC(vm, ValueError),
                  "attempt to assign sequence of size %D to extended slice of size %D", m, n);
    }
    for (int64_t k = 0; k < n; k++) {
        l->items[start + k * step] = src[k];
    }
    spy_ct_charge_copy(vm, n);
}

void spy_list_setitem(VM *vm, List *l, Value key, Value v)
{
    if (IS_KIND(key, K_SLICE)) {
        ass_subscript_slice(vm, l, (Slice *)AS_OBJ(key), v);
        return;
    }
    int64_t i = norm_index(vm, l, key, "list assignment index out of range");
    l->items[i] = v;
}

void spy_list_delitem(VM *vm, List *l, Value key)
{
    if (IS_KIND(key, K_SLICE)) {
        ass_subscript_slice(vm, l, (Slice *)AS_OBJ(key), NULLV);
        return;
    }
    int64_t i = norm_index(vm, l, key, "list assignment index out of range");
    memmove(l->items + i, l->items + i + 1, (size_t)(l->len - i - 1) * sizeof(Value));
    l->len--;
    spy_ct_charge_copy(vm, l->len - i);
    list_maybe_shrink(vm, l);
}

/* ================================================================ sort */

/* The sort works on `keys` (the items, or their keys) and moves `vals` alongside when a
 * key function is used.  Both arrays belong to GC-owned Lists, so a comparison that
 * throws leaks nothing; `mp`/`mi`/`mn` describe a merge in progress so that the arrays
 * can be made a permutation again before the error propagates. */
typedef struct Sorter {
    Value *keys, *vals;
    List *tmp;            /* scratch: cap >= 2 * (run length), keys then values */
    int64_t n;
    /* merge in progress: tmp[mi..mn) (and the values at tmp + half) belong at mp */
    bool merging;
    int64_t mp, mi, mn, half;
} Sorter;

static bool sort_lt(VM *vm, Value a, Value b)
{
    spy_charge(vm, 1);
    if (IS_INT(a) && IS_INT(b)) {
        return AS_INT(a) < AS_INT(b);
    }
    if (IS_STR(a) && IS_STR(b)) {
        return spy_str_cmp(AS_STR(a), AS_STR(b)) < 0;
    }
    if (IS_FLOAT(a) && IS_FLOAT(b)) {
        return AS_FLOAT(a) < AS_FLOAT(b);
    }
    return spy_lt(vm, a, b);
}

static void reverse_values(Value *v, int64_t lo, int64_t hi)
{
    for (hi--; lo < hi; lo++, hi--) {
        Value t = v[lo];
        v[lo] = v[hi];
        v[hi] = t;
    }
}

/* Length of the natural run at lo (strictly descending runs are reversed in place). */
static int64_t count_run(VM *vm, Sorter *s, int64_t lo, int64_t hi)
{
    if (lo + 1 == hi) {
        return 1;
    }
    int64_t i = lo + 1;
    if (sort_lt(vm, s->keys[i], s->keys[i - 1])) {
        for (i++; i < hi && sort_lt(vm, s->keys[i], s->keys[i - 1]); i++) {
        }
        reverse_values(s->keys, lo, i);
        if (s->vals) {
            reverse_values(s->vals, lo, i);
        }
    } else {
        for (i++; i < hi && !sort_lt(vm, s->keys[i], s->keys[i - 1]); i++) {
        }
    }
    return i - lo;
}

/* Sorts [lo, hi) by binary insertion; [lo, start) is already sorted. */
static void binary_insertion(VM *vm, Sorter *s, int64_t lo, int64_t hi, int64_t start)
{
    for (; start < hi; start++) {
        Value pivot = s->keys[start];
        int64_t l = lo, r = start;
        while (l < r) {
            int64_t p = l + ((r - l) >> 1);
            if (sort_lt(vm, pivot, s->keys[p])) {
                r = p;
            } else {
                l = p + 1;
            }
        }
        /* Comparisons are done: now move (nothing below can throw). */
        memmove(s->keys + l + 1, s->keys + l, (size_t)(start - l) * sizeof(Value));
        s->keys[l] = pivot;
        if (s->vals) {
            Value pv = s->vals[start];
            memmove(s->vals + l + 1, s->vals + l, (size_t)(start - l) * sizeof(Value));
            s->vals[l] = pv;
        }
    }
}

/* First index in a[0..n) whose key is > x (so equal keys stay before x: stability). */
static int64_t upper_bound(VM *vm, Value x, const Value *a, int64_t n)
{
    int64_t l = 0, r = n;
    while (l < r) {
        int64_t p = l + ((r - l) >> 1);
        if (sort_lt(vm, x, a[p])) {
            r = p;
        } else {
            l = p + 1;
        }
    }
    return l;
}

/* First index in a[0..n) whose key is >= x. */
static int64_t lower_bound(VM *vm, Value x, const Value *a, int64_t n)
{
    int64_t l = 0, r = n;
    while (l < r) {
        int64_t p = l + ((r - l) >> 1);
        if (sort_lt(vm, a[p], x)) {
            l = p + 1;
        } else {
            r = p;
        }
    }
    return l;
}

/* Puts back the scratch items of an interrupted merge (CPython leaves a permutation). */
static void sorter_repair(Sorter *s)
{
    if (!s->merging) {
        return;
    }
    int64_t cnt = s->mn - s->mi;
    memcpy(s->keys + s->mp, s->tmp->items + s->mi, (size_t)cnt * sizeof(Value));
    if (s->vals) {
        memcpy(s->vals + s->mp, s->tmp->items + s->half + s->mi, (size_t)cnt * sizeof(Value));
    }
    s->merging = false;
}

static void move1(Sorter *s, int64_t to, Value k, const Value *tv, int64_t from)
{
    s->keys[to] = k;
    if (s->vals) {
        s->vals[to] = tv[from];
    }
}

/* Merges the sorted runs [a, b) and [b, c), copying the shorter one to scratch. */
static void merge_runs(VM *vm, Sorter *s, int64_t a, int64_t b, int64_t c)
{
    /* Items of run 1 not greater than run 2's first are already in place, and so are the
     * items of run 2 not smaller than run 1's last. */
    a += upper_bound(vm, s->keys[b], s->keys + a, b - a);
    if (a == b) {
        return;
    }
    c = b + lower_bound(vm, s->keys[b - 1], s->keys + b, c - b);
    if (b == c) {
        return;
    }
    int64_t na = b - a, nb = c - b;
    Value *tk = s->tmp->items, *tv = s->tmp->items + s->half;
    if (na <= nb) {
        memcpy(tk, s->keys + a, (size_t)na * sizeof(Value));
        if (s->vals) {
            memcpy(tv, s->vals + a, (size_t)na * sizeof(Value));
        }
        int64_t i = 0, j = b, d = a;
        s->merging = true;
        s->mn = na;
        while (i < na && j < c) {
            s->mp = d;
            s->mi = i;
            if (sort_lt(vm, s->keys[j], tk[i])) {
                move1(s, d, s->keys[j], s->vals, j);
                j++;
            } else {
                move1(s, d, tk[i], tv, i);
                i++;
            }
            d++;
        }
        s->mp = d;
        s->mi = i;
    } else {
        memcpy(tk, s->keys + b, (size_t)nb * sizeof(Value));
        if (s->vals) {
            memcpy(tv, s->vals + b, (size_t)nb * sizeof(Value));
        }
        int64_t i = nb - 1, j = b - 1, d = c - 1;
        s->merging = true;
        s->mi = 0;
        while (i >= 0 && j >= a) {
            s->mp = j + 1;
            s->mn = i + 1;
            if (sort_lt(vm, tk[i], s->keys[j])) {
                move1(s, d, s->keys[j], s->vals, j);
                j--;
            } else {
                move1(s, d, tk[i], tv, i);
                i--;
            }
            d--;
        }
        s->mp = j + 1;
        s->mn = i + 1;
    }
    sorter_repair(s);
    spy_ct_charge_copy(vm, c - a);
}

static int64_t min_run(int64_t n)
{
    int64_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

typedef struct SortJob {
    Sorter *s;
} SortJob;

static void sort_body(VM *vm, void *ud)
{
    Sorter *s = ((SortJob *)ud)->s;
    int64_t n = s->n;
    int64_t minrun = min_run(n);
    /* Run stack: start offsets; lengths follow from the next start. */
    int64_t starts[130], lens[130];
    int nruns = 0;
    int64_t lo = 0;
    while (lo < n) {
        int64_t run = count_run(vm, s, lo, n);
        if (run < minrun) {
            int64_t force = n - lo < minrun ? n - lo : minrun;
            binary_insertion(vm, s, lo, lo + force, lo + run);
            run = force;
        }
        starts[nruns] = lo;
        lens[nruns] = run;
        nruns++;
        lo += run;
        /* Keep run lengths decreasing fast enough (timsort's invariants), so the stack
         * stays logarithmic and merges stay balanced. */
        while (nruns > 1) {
            int k = nruns - 2;
            if ((k > 0 && lens[k - 1] <= lens[k] + lens[k + 1]) ||
                (k > 1 && lens[k - 2] <= lens[k - 1] + lens[k])) {
                if (lens[k - 1] < lens[k + 1]) {
                    k--;
                }
            } else if (lens[k] > lens[k + 1]) {
                break;
            }
            merge_runs(vm, s, starts[k], starts[k + 1], starts[k + 1] + lens[k + 1]);
            lens[k] += lens[k + 1];
            for (int q = k + 1; q < nruns - 1; q++) {
                starts[q] = starts[q + 1];
                lens[q] = lens[q + 1];
            }
            nruns--;
        }
    }
    while (nruns > 1) {
        int k = nruns - 2;
        if (k > 0 && lens[k - 1] < lens[k + 1]) {
            k--;
        }
        merge_runs(vm, s, starts[k], starts[k + 1], starts[k + 1] + lens[k + 1]);
        lens[k] += lens[k + 1];
        for (int q = k + 1; q < nruns - 1; q++) {
            starts[q] = starts[q + 1];
            lens[q] = lens[q + 1];
        }
        nruns--;
    }
}

typedef struct KeyJob {
    Value key;
    List *items, *keys;
} KeyJob;

static void keys_body(VM *vm, void *ud)
{
    KeyJob *kj = ud;
    for (int64_t i = 0; i < kj->items->len; i++) {
        kj->keys->items[i] = spy_call1(vm, kj->key, kj->items->items[i]);
        kj->keys->len = i + 1;
    }
}

void spy_list_sort(VM *vm, List *l, Value key, bool reverse)
{
    int64_t n = l->len;
    /* Detach the items: comparisons and the key function then see an empty list. */
    List *hold = spy_list_new(vm, 0);
    hold->items = l->items;
    hold->len = l->len;
    hold->cap = l->cap;
    l->items = NULL;
    l->len = 0;
    l->cap = 0;

    bool failed = false;
    List *keys = NULL;
    if (!IS_NULL(key) && !IS_NONE(key) && n > 0) {
        keys = spy_list_new(vm, n);
        KeyJob kj = {key, hold, keys};
        failed = spy_pcall(vm, keys_body, &kj) != 0;
    }
    if (!failed && n > 1) {
        Sorter s;
        memset(&s, 0, sizeof s);
        s.n = n;
        s.keys = keys ? keys->items : hold->items;
        s.vals = keys ? hold->items : NULL;
        s.half = n / 2 + 1;
        s.tmp = spy_list_new(vm, 2 * s.half);
        memset(s.tmp->items, 0, (size_t)(2 * s.half) * sizeof(Value));
        s.tmp->len = 2 * s.half;
        if (reverse) {
            reverse_values(s.keys, 0, n);
            if (s.vals) {
                reverse_values(s.vals, 0, n);
            }
        }
        SortJob job = {&s};
        failed = spy_pcall(vm, sort_body, &job) != 0;
        sorter_repair(&s);
        if (reverse) {
            reverse_values(s.keys, 0, n);
            if (s.vals) {
                reverse_values(s.vals, 0, n);
            }
        }
        s.tmp->len = 0;
    }
    bool modified = l->items != NULL || l->len != 0;
    list_clear(vm, l);
    l->items = hold->items;
    l->len = hold->len;
    l->cap = hold->cap;
    hold->items = NULL;
    hold->len = 0;
    hold->cap = 0;
    if (failed) {
        spy_ct_rethrow(vm);
    }
    if (modified) {
        spy_raise(vm, EXC(vm, ValueError), "list modified during sort");
    }
}

/* ================================================================ repr, compare */

Str *spy_list_repr(VM *vm, List *l)
{
    if (l->len == 0) {
        return spy_str_cstr(vm, "[]");
    }
    if (spy_ct_repr_enter(vm, &l->hdr)) {
        return spy_str_cstr(vm, "[...]");
    }
    spy_enter_c(vm, " while getting the repr of an object");
    StrBuf sb;
    spy_sb_init(vm, &sb);
    spy_sb_add(vm, &sb, "[", 1);
    for (int64_t i = 0; i < l->len; i++) {
        if (i > 0) {
            spy_sb_add(vm, &sb, ", ", 2);
        }
        spy_charge(vm, 1);
        spy_sb_add_str(vm, &sb, spy_repr(vm, l->items[i]));
    }
    spy_sb_add(vm, &sb, "]", 1);
    spy_leave_c(vm);
    spy_ct_repr_leave(vm);
    return spy_sb_finish(vm, &sb);
}

Value spy_list_compare(VM *vm, CmpOp op, List *la, List *lb)
{
    Value va = mk_obj(la), vb = mk_obj(lb);
    int64_t na, nb;
    spy_ct_items(va, &na);
    spy_ct_items(vb, &nb);
    if (na != nb && (op == CMP_EQ || op == CMP_NE)) {
        return mk_bool(op == CMP_NE);
    }
    spy_enter_c(vm, " in comparison");
    int64_t i = 0;
    for (;; i++) {
        Value *a = spy_ct_items(va, &na);
        Value *b = spy_ct_items(vb, &nb);
        if (i >= na || i >= nb) {
            break;
        }
        Value x = a[i], y = b[i];
        spy_charge(vm, 1);
        if (!spy_eq(vm, x, y)) {
            break;
        }
    }
    Value *a = spy_ct_items(va, &na);
    Value *b = spy_ct_items(vb, &nb);
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

#define SELF(name) spy_ct_self(vm, nargs, args, K_LIST, "list", name)
#define ME(a) AS_LIST(a)

static Value m_append(VM *vm, int nargs, Value *args, Tuple *kw)
{
    SELF("append");
    spy_ct_onearg(vm, "list", "append", nargs, kw);
    spy_list_append(vm, ME(args[0]), args[1]);
    return NONEV;
}

static Value m_extend(VM *vm, int nargs, Value *args, Tuple *kw)
{
    SELF("extend");
    spy_ct_onearg(vm, "list", "extend", nargs, kw);
    spy_list_extend(vm, ME(args[0]), args[1]);
    return NONEV;
}

static Value m_clear(VM *vm, int nargs, Value *args, Tuple *kw)
{
    SELF("clear");
    spy_ct_noargs(vm, "list", "clear", nargs, kw);
    list_clear(vm, ME(args[0]));
    return NONEV;
}

static Value m_copy(VM *vm, int nargs, Value *args, Tuple *kw)
{
    SELF("copy");
    spy_ct_noargs(vm, "list", "copy", nargs, kw);
    List *l = ME(args[0]);
    return mk_obj(list_slice_copy(vm, l, 0, 1, l->len));
}

static Value m_count(VM *vm, int nargs, Value *args, Tuple *kw)
{
    SELF("count");
    spy_ct_onearg(vm, "list", "count", nargs, kw);
    List *l = ME(args[0]);
    int64_t c = 0;
    for (int64_t i = 0; i < l->len; i++) {
        spy_charge(vm, 1);
        if (spy_eq(vm, l->items[i], args[1])) {
            c++;
        }
    }
    return mk_int(c);
}

static Value m_index(VM *vm, int nargs, Value *args, Tuple *kw)
{
    SELF("index");
    spy_ct_clinic(vm, "list", "index", nargs, kw, 1, 3);
    List *l = ME(args[0]);
    int64_t start = 0, stop = INT64_MAX;
    if (nargs > 2) {
        start = spy_ct_slice_index(vm, args[2]);
    }
    if (nargs > 3) {
        stop = spy_ct_slice_index(vm, args[3]);
    }
    if (start < 0) {
        start += l->len;
        if (start < 0) {
            start = 0;
        }
    }
    if (stop < 0) {
        stop += l->len;
        if (stop < 0) {
            stop = 0;
        }
    }
    for (int64_t i = start; i < stop && i < l->len; i++) {
        spy_charge(vm, 1);
        if (spy_eq(vm, l->items[i], args[1])) {
            return mk_int(i);
        }
    }
    spy_raise(vm, EXC(vm, ValueError), "%R is not in list", args[1]);
}

static Value m_insert(VM *vm, int nargs, Value *args, Tuple *kw)
{
    SELF("insert");
    spy_ct_clinic(vm, "list", "insert", nargs, kw, 2, 2);
    List *l = ME(args[0]);
    int64_t i = spy_ct_ssize(vm, args[1]);
    if (i < 0) {
        i += l->len;
        if (i < 0) {
            i = 0;
        }
    }
    if (i > l->len) {
        i = l->len;
    }
    list_reserve(vm, l, l->len + 1);
    memmove(l->items + i + 1, l->items + i, (size_t)(l->len - i) * sizeof(Value));
    l->items[i] = args[2];
    l->len++;
    spy_ct_charge_copy(vm, l->len - i);
    return NONEV;
}

static Value m_pop(VM *vm, int nargs, Value *args, Tuple *kw)
{
    SELF("pop");
    spy_ct_clinic(vm, "list", "pop", nargs, kw, 0, 1);
    List *l = ME(args[0]);
    int64_t i = -1;
    if (nargs > 1) {
        i = spy_ct_ssize(vm, args[1]);
    }
    if (l->len == 0) {
        spy_raise(vm, EXC(vm, IndexError), "pop from empty list");
    }
    if (i < 0) {
        i += l->len;
    }
    if (i < 0 || i >= l->len) {
        spy_raise(vm, EXC(vm, IndexError), "pop index out of range");
    }
    Value v = l->items[i];
    memmove(l->items + i, l->items + i + 1, (size_t)(l->len - i - 1) * sizeof(Value));
    l->len--;
    spy_ct_charge_copy(vm, l->len - i);
    list_maybe_shrink(vm, l);
    return v;
}

static Value m_remove(VM *vm, int nargs, Value *args, Tuple *kw)
{
    SELF("remove");
    spy_ct_onearg(vm, "list", "remove", nargs, kw);
    List *l = ME(args[0]);
    for (int64_t i = 0; i < l->len; i++) {
        spy_charge(vm, 1);
        if (spy_eq(vm, l->items[i], args[1])) {
            if (i < l->len) {
                memmove(l->items + i, l->items + i + 1,
                        (size_t)(l->len - i - 1) * sizeof(Value));
                l->len--;
                spy_ct_charge_copy(vm, l->len - i);
                list_maybe_shrink(vm, l);
            }
            return NONEV;
        }
    }
    spy_raise(vm, EXC(vm, ValueError), "list.remove(x): x not in list");
}

static Value m_reverse(VM *vm, int nargs, Value *args, Tuple *kw)
{
    SELF("reverse");
    spy_ct_noargs(vm, "list", "reverse", nargs, kw);
    List *l = ME(args[0]);
    reverse_values(l->items, 0, l->len);
    spy_ct_charge_copy(vm, l->len);
    return NONEV;
}

static Value m_sort(VM *vm, int nargs, Value *args, Tuple *kw)
{
    SELF("sort");
    int nkw = kw ? (int)kw->len : 0;
    if (nargs - 1 + nkw > 2) {
        spy_raise(vm, EXC(vm, TypeError), "sort() takes at most 2 arguments (%d given)",
                  nargs - 1 + nkw);
    }
    if (nargs > 1) {
        spy_raise(vm, EXC(vm, TypeError), "sort() takes no positional arguments");
    }
    Value key = NULLV, rev = NULLV;
    for (int k = 0; k < nkw; k++) {
        Str *name = AS_STR(kw->items[k]);
        if (spy_str_eq_cstr(name, "key")) {
            key = args[nargs + k];
        } else if (spy_str_eq_cstr(name, "reverse")) {
            rev = args[nargs + k];
        } else {
            spy_raise(vm, EXC(vm, TypeError), "'%U' is an invalid keyword argument for sort()",
                      name);
        }
    }
    bool reverse = false;
    if (!IS_NULL(rev)) {
        reverse = spy_truthy(vm, IS_ANYINT(rev) ? rev : spy_index(vm, rev));
    }
    spy_list_sort(vm, ME(args[0]), key, reverse);
    return NONEV;
}

static Value m_getitem(VM *vm, int nargs, Value *args, Tuple *kw)
{
    SELF("__getitem__");
    spy_ct_onearg(vm, "list", "__getitem__", nargs, kw);
    return spy_list_getitem(vm, ME(args[0]), args[1]);
}

static Value m_setitem(VM *vm, int nargs, Value *args, Tuple *kw)
{
    SELF("__setitem__");
    spy_ct_clinic(vm, "list", "__setitem__", nargs, kw, 2, 2);
    spy_list_setitem(vm, ME(args[0]), args[1], args[2]);
    return NONEV;
}

static Value m_delitem(VM *vm, int nargs, Value *args, Tuple *kw)
{
    SELF("__delitem__");
    spy_ct_onearg(vm, "list", "__delitem__", nargs, kw);
    spy_list_delitem(vm, ME(args[0]), args[1]);
    return NONEV;
}

static Value m_len(VM *vm, int nargs, Value *args, Tuple *kw)
{
    SELF("__len__");
    spy_ct_noargs(vm, "list", "__len__", nargs, kw);
    return mk_int(ME(args[0])->len);
}

static Value m_contains(VM *vm, int nargs, Value *args, Tuple *kw)
{
    SELF("__contains__");
    spy_ct_onearg(vm, "list", "__contains__", nargs, kw);
    return mk_bool(spy_contains(vm, args[0], args[1]));
}

const MethodDef spy_list_methods[] = {
    {"append", m_append, 0},
    {"clear", m_clear, 0},
    {"copy", m_copy, 0},
    {"count", m_count, 0},
    {"extend", m_extend, 0},
    {"index", m_index, 0},
    {"insert", m_insert, 0},
    {"pop", m_pop, 0},
    {"remove", m_remove, 0},
    {"reverse", m_reverse, 0},
    {"sort", m_sort, 0},
    {"__getitem__", m_getitem, 0},
    {"__setitem__", m_setitem, 0},
    {"__delitem__", m_delitem, 0},
    {"__len__", m_len, 0},
    {"__contains__", m_contains, 0},
    {NULL, NULL, 0},
};

/* ================================================================ list() */

Value spy_list_ctor(VM *vm, TypeObj *t, int nargs, Value *args, Tuple *kwnames)
{
    spy_ct_nokw(vm, "list()", kwnames);
    if (nargs > 1) {
        spy_raise(vm, EXC(vm, TypeError), "list expected at most 1 argument, got %d", nargs);
    }
    List *l;
    if (nargs == 0) {
        l = spy_list_new(vm, 0);
    } else {
        l = spy_to_list(vm, args[0]);
    }
    l->hdr.type = t;
    return mk_obj(l);
}
