/* iter.c: the built-in iterators (one IterObj layout, `sub` picks the kind), enumerate,
 * zip, map, filter, reversed, spy_to_list/tuple, the dict views' methods, and the helpers
 * the container files share (CPython's argument messages, indexes, repr guard).
 * Invariants: an exhausted iterator drops `seq` and stays exhausted; dict and set
 * iterators raise once the size differs from `ver` (sticky); reversed tuple, str and dict
 * iteration reuse the forward kinds with step = -1. */
#include <string.h>

#include "containers.h"

/* ================================================================ shared helpers */

void spy_ct_self(VM *vm, int nargs, Value *args, ObjKind kind, const char *tname,
                 const char *mname)
{
    if (nargs < 1) {
        spy_raise(vm, EXC(vm, TypeError), "unbound method %s.%s() needs an argument", tname,
                  mname);
    }
    if (!IS_KIND(args[0], kind)) {
        spy_raise(vm, EXC(vm, TypeError),
                  "descriptor '%s' for '%s' objects doesn't apply to a '%T' object", mname,
                  tname, args[0]);
    }
}

static bool has_kw(Tuple *kw)
{
    return kw && kw->len > 0;
}

void spy_ct_noargs(VM *vm, const char *tname, const char *mname, int nargs, Tuple *kw)
{
    if (has_kw(kw)) {
        spy_raise(vm, EXC(vm, TypeError), "%s.%s() takes no keyword arguments", tname, mname);
    }
    if (nargs != 1) {
        spy_raise(vm, EXC(vm, TypeError), "%s.%s() takes no arguments (%d given)", tname,
                  mname, nargs - 1);
    }
}

void spy_ct_onearg(VM *vm, const char *tname, const char *mname, int nargs, Tuple *kw)
{
    if (has_kw(kw)) {
        spy_raise(vm, EXC(vm, TypeError), "%s.%s() takes no keyword arguments", tname, mname);
    }
    if (nargs != 2) {
        spy_raise(vm, EXC(vm, TypeError), "%s.%s() takes exactly one argument (%d given)",
                  tname, mname, nargs - 1);
    }
}

void spy_ct_clinic(VM *vm, const char *tname, const char *mname, int nargs, Tuple *kw,
                   int min, int max)
{
    if (has_kw(kw)) {
        spy_raise(vm, EXC(vm, TypeError), "%s.%s() takes no keyword arguments", tname, mname);
    }
    int n = nargs - 1;
    if (min == max && n != min) {
        spy_raise(vm, EXC(vm, TypeError), "%s expected %d argument%s, got %d", mname, min,
                  min == 1 ? "" : "s", n);
    }
    if (n < min) {
        spy_raise(vm, EXC(vm, TypeError), "%s expected at least %d argument%s, got %d", mname,
                  min, min == 1 ? "" : "s", n);
    }
    if (n > max) {
        spy_raise(vm, EXC(vm, TypeError), "%s expected at most %d argument%s, got %d", mname,
                  max, max == 1 ? "" : "s", n);
    }
}

void spy_ct_nokw(VM *vm, const char *what, Tuple *kw)
{
    if (has_kw(kw)) {
        spy_raise(vm, EXC(vm, TypeError), "%s takes no keyword arguments", what);
    }
}

bool spy_ct_has_index(VM *vm, Value v)
{
    return IS_KIND(v, K_INSTANCE) &&
           !IS_NULL(spy_type_lookup(vm, AS_OBJ(v)->type, spy_str_intern_cstr(vm, "__index__")));
}

bool spy_ct_index(VM *vm, Value key, int64_t *out)
{
    if (spy_ct_has_index(vm, key)) {
        key = spy_index(vm, key);
    }
    if (IS_SMALLINT_LIKE(key)) {
        *out = AS_INT(key);
        return true;
    }
    if (IS_BIGINT(key)) {
        spy_raise(vm, EXC(vm, IndexError), "cannot fit 'int' into an index-sized integer");
    }
    return false;
}

int64_t spy_ct_ssize(VM *vm, Value v)
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

bool spy_ct_iterable(VM *vm, Value v)
{
    if (!IS_OBJ(v)) {
        return false;
    }
    switch ((ObjKind)AS_OBJ(v)->kind) {
    case K_STR:
    case K_LIST:
    case K_TUPLE:
    case K_DICT:
    case K_SET:
    case K_FROZENSET:
    case K_RANGE:
    case K_ITER:
    case K_DICTVIEW:
    case K_GENERATOR:
        return true;
    case K_INSTANCE: {
        TypeObj *t = AS_OBJ(v)->type;
        return !IS_NULL(spy_type_lookup(vm, t, vm->s.__iter__)) ||
               !IS_NULL(spy_type_lookup(vm, t, vm->s.__getitem__));
    }
    default:
        return false;
    }
}

bool spy_ct_repr_enter(VM *vm, Obj *o)
{
    List *st = vm->repr_stack;
    for (int64_t i = 0; i < st->len; i++) {
        if (IS_OBJ(st->items[i]) && AS_OBJ(st->items[i]) == o) {
            return true;
        }
    }
    spy_list_append(vm, st, mk_obj(o));
    return false;
}

void spy_ct_repr_leave(VM *vm)
{
    if (vm->repr_stack->len > 0) {
        vm->repr_stack->len--;
    }
}

void spy_ct_rethrow(VM *vm)
{
    if (vm->limit_hit) {
        spy_limit(vm, (spy_status)vm->limit_hit);
    }
    spy_throw(vm, vm->exc);
}

Value *spy_ct_items(Value v, int64_t *n)
{
    if (IS_OBJ(v) && (AS_OBJ(v)->type->tflags & TF_HEAPTYPE)) {
        *n = 0;
        return NULL;   /* a user subclass may iterate its own way (__iter__) */
    }
    if (IS_LIST(v)) {
        *n = AS_LIST(v)->len;
        return AS_LIST(v)->items;
    }
    if (IS_TUPLE(v)) {
        *n = AS_TUPLE(v)->len;
        return AS_TUPLE(v)->items;
    }
    *n = 0;
    return NULL;
}

/* True when the exception in vm->exc (after a failed spy_pcall) is an instance of t. */
static bool caught_is(VM *vm, TypeObj *t)
{
    return !vm->limit_hit && vm->exc && spy_type_is_subtype(vm->exc->hdr.type, t);
}

/* Forgets an exception that was caught and handled in C. */
static void drop_caught(VM *vm)
{
    vm->exc = NULL;
}

/* ================================================================ construction */

IterObj *spy_iter_new(VM *vm, IterKind sub, Value seq)
{
    IterObj *it = spy_obj_alloc(vm, sizeof(IterObj), K_ITER, vm->t_iter[sub]);
    it->sub = (uint8_t)sub;
    it->seq = seq;
    it->fn = NULLV;
    it->aux = NULLV;
    it->step = 1;
    switch (sub) {
    case IT_LIST_REVERSED:
        it->i = AS_LIST(seq)->len - 1;
        break;
    case IT_TUPLE:
        it->n = AS_TUPLE(seq)->len;
        break;
    case IT_STR:
        it->n = AS_STR(seq)->len;
        break;
    case IT_RANGE: {
        Range *r = (Range *)AS_OBJ(seq);
        it->i = r->start;
        it->n = r->len;
        it->step = r->step;
        it->seq = NULLV;
        break;
    }
    case IT_DICT_KEYS:
    case IT_DICT_VALUES:
    case IT_DICT_ITEMS:
        it->n = AS_DICT(seq)->used;
        it->ver = AS_DICT(seq)->used;
        break;
    case IT_SET:
        it->n = AS_SET(seq)->used;
        it->ver = AS_SET(seq)->used;
        break;
    default:
        break;
    }
    return it;
}

/* Turns a fresh forward iterator into its reversed form. */
static void make_reversed(IterObj *it)
{
    switch (it->sub) {
    case IT_TUPLE:
    case IT_STR:
        it->i = it->n - 1;
        it->step = -1;
        break;
    case IT_DICT_KEYS:
    case IT_DICT_VALUES:
    case IT_DICT_ITEMS:
        it->i = AS_DICT(it->seq)->nentries - 1;
        it->step = -1;
        break;
    case IT_RANGE:
        if (it->n > 0) {
            it->i = (int64_t)((uint64_t)it->i + (uint64_t)(it->n - 1) * (uint64_t)it->step);
        }
        it->step = (int64_t)(0 - (uint64_t)it->step);
        break;
    default:
        break;
    }
}

/* ================================================================ next */

static bool dict_next(VM *vm, IterObj *it, Value *out)
{
    if (IS_NULL(it->seq)) {
        return false;
    }
    Dict *d = AS_DICT(it->seq);
    if (d->used != it->ver) {
        it->ver = -1;
        spy_raise(vm, EXC(vm, RuntimeError), "dictionary changed size during iteration");
    }
    int64_t i = it->i;
    DictEntry *e = NULL;
    if (it->step > 0) {
        while (i < d->nentries && IS_NULL(d->entries[i].key)) {
            i++;
        }
        if (i < d->nentries) {
            e = &d->entries[i];
            it->i = i + 1;
        }
    } else {
        if (i >= d->nentries) {
            i = d->nentries - 1;
        }
        while (i >= 0 && IS_NULL(d->entries[i].key)) {
            i--;
        }
        if (i >= 0) {
            e = &d->entries[i];
            it->i = i - 1;
        }
    }
    if (!e) {
        it->seq = NULLV;
        return false;
    }
    if (it->n == 0) {
        it->seq = NULLV;
        spy_raise(vm, EXC(vm, RuntimeError), "dictionary keys changed during iteration");
    }
    it->n--;
    switch (it->sub) {
    case IT_DICT_KEYS:
        *out = e->key;
        break;
    case IT_DICT_VALUES:
        *out = e->value;
        break;
    default: {
        Value k = e->key, v = e->value;
        *out = mk_obj(spy_tuple_pack(vm, 2, k, v));
        break;
    }
    }
    return true;
}

static bool set_next(VM *vm, IterObj *it, Value *out)
{
    if (IS_NULL(it->seq)) {
        return false;
    }
    Set *s = AS_SET(it->seq);
    if (s->used != it->ver) {
        it->ver = -1;
        spy_raise(vm, EXC(vm, RuntimeError), "Set changed size during iteration");
    }
    int64_t i = it->i;
    while (i <= s->mask && IS_NULL(s->table[i].key)) {
        i++;
    }
    it->i = i + 1;
    if (i > s->mask) {
        it->seq = NULLV;
        return false;
    }
    it->n--;
    *out = s->table[i].key;
    return true;
}

static bool enumerate_next(VM *vm, IterObj *it, Value *out)
{
    Value v;
    if (!spy_next(vm, it->seq, &v)) {
        return false;
    }
    Value idx;
    if (!IS_NULL(it->aux)) {
        idx = it->aux;
        it->aux = spy_int_binop(vm, BO_ADD, idx, mk_int(1));
    } else {
        idx = mk_int(it->i);
        if (it->i == INT64_MAX) {
            it->aux = spy_int_binop(vm, BO_ADD, idx, mk_int(1));
        } else {
            it->i++;
        }
    }
    *out = mk_obj(spy_tuple_pack(vm, 2, idx, v));
    return true;
}

static SPY_NORETURN void zip_length_error(VM *vm, int64_t i, const char *what)
{
    if (i == 1) {
        spy_raise(vm, EXC(vm, ValueError), "zip() argument 2 is %s than argument 1", what);
    }
    spy_raise(vm, EXC(vm, ValueError), "zip() argument %D is %s than arguments 1-%D", i + 1,
              what, i);
}

static bool zip_next(VM *vm, IterObj *it, Value *out)
{
    if (IS_NULL(it->seq)) {
        return false;
    }
    Tuple *its = AS_TUPLE(it->seq);
    int64_t n = its->len;
    if (n == 0) {
        return false;
    }
    Tuple *r = spy_tuple_new(vm, n);
    for (int64_t i = 0; i < n; i++) {
        Value v;
        if (!spy_next(vm, its->items[i], &v)) {
            if (!it->step) {
                return false;
            }
            it->seq = NULLV;
            if (i > 0) {
                zip_length_error(vm, i, "shorter");
            }
            for (int64_t j = 1; j < n; j++) {
                if (spy_next(vm, its->items[j], &v)) {
                    zip_length_error(vm, j, "longer");
                }
            }
            return false;
        }
        r->items[i] = v;
    }
    *out = mk_obj(r);
    return true;
}

static bool map_next(VM *vm, IterObj *it, Value *out)
{
    Tuple *its = AS_TUPLE(it->seq);
    int64_t n = its->len;
    /* One argument stays in a C local (nothing runs between fetching it and the call),
     * so no object per call is left for the pins to keep (vm.h); several go in a Tuple,
     * which keeps the first ones alive while the next iterators run. */
    Value one;
    Value *args = n == 1 ? &one : spy_tuple_new(vm, n)->items;
    for (int64_t i = 0; i < n; i++) {
        Value v;
        if (!spy_next(vm, its->items[i], &v)) {
            return false;
        }
        args[i] = v;
    }
    *out = spy_call(vm, it->fn, (int)n, args, NULL);
    return true;
}

static bool filter_next(VM *vm, IterObj *it, Value *out)
{
    Value v;
    bool identity = IS_NONE(it->fn) || (IS_KIND(it->fn, K_TYPE) &&
                                        (TypeObj *)AS_OBJ(it->fn) == vm->t_bool);
    while (spy_next(vm, it->seq, &v)) {
        spy_charge(vm, 1);
        bool ok = identity ? spy_truthy(vm, v) : spy_truthy(vm, spy_call1(vm, it->fn, v));
        if (ok) {
            *out = v;
            return true;
        }
    }
    return false;
}

typedef struct CallJob {
    Value fn, result;
} CallJob;

static void call_body(VM *vm, void *ud)
{
    CallJob *cj = ud;
    cj->result = spy_call0(vm, cj->fn);
}

static bool callable_next(VM *vm, IterObj *it, Value *out)
{
    if (IS_NULL(it->fn)) {
        return false;
    }
    CallJob cj = {it->fn, NULLV};
    if (spy_pcall(vm, call_body, &cj)) {
        if (caught_is(vm, EXC(vm, StopIteration))) {
            drop_caught(vm);
            it->fn = NULLV;
            it->aux = NULLV;
            return false;
        }
        spy_ct_rethrow(vm);
    }
    if (spy_eq(vm, it->aux, cj.result)) {
        it->fn = NULLV;
        it->aux = NULLV;
        return false;
    }
    *out = cj.result;
    return true;
}

typedef struct ItemJob {
    Value obj, key, result;
} ItemJob;

static void getitem_body(VM *vm, void *ud)
{
    ItemJob *ij = ud;
    ij->result = spy_getitem(vm, ij->obj, ij->key);
}

static bool seq_next(VM *vm, IterObj *it, Value *out)
{
    if (IS_NULL(it->seq) || it->i < 0) {
        it->seq = NULLV;
        return false;
    }
    ItemJob ij = {it->seq, mk_int(it->i), NULLV};
    if (spy_pcall(vm, getitem_body, &ij)) {
        if (caught_is(vm, EXC(vm, IndexError)) || caught_is(vm, EXC(vm, StopIteration))) {
            drop_caught(vm);
            it->seq = NULLV;
            return false;
        }
        spy_ct_rethrow(vm);
    }
    it->i += it->step;
    *out = ij.result;
    return true;
}

bool spy_iter_next_builtin(VM *vm, IterObj *it, Value *out)
{
    switch ((IterKind)it->sub) {
    case IT_LIST: {
        if (IS_NULL(it->seq)) {
            return false;
        }
        List *l = AS_LIST(it->seq);
        if (it->i < l->len) {
            *out = l->items[it->i++];
            return true;
        }
        it->seq = NULLV;
        return false;
    }
    case IT_LIST_REVERSED: {
        if (IS_NULL(it->seq)) {
            return false;
        }
        List *l = AS_LIST(it->seq);
        if (it->i >= 0 && it->i < l->len) {
            *out = l->items[it->i--];
            return true;
        }
        it->seq = NULLV;
        return false;
    }
    case IT_TUPLE:
        if (IS_NULL(it->seq) || it->i < 0 || it->i >= it->n) {
            it->seq = NULLV;
            return false;
        }
        *out = AS_TUPLE(it->seq)->items[it->i];
        it->i += it->step;
        return true;
    case IT_STR:
        if (IS_NULL(it->seq) || it->i < 0 || it->i >= it->n) {
            it->seq = NULLV;
            return false;
        }
        *out = mk_obj(spy_str_chr(vm, str_char(AS_STR(it->seq), it->i)));
        it->i += it->step;
        return true;
    case IT_RANGE:
        if (it->n <= 0) {
            return false;
        }
        *out = mk_int(it->i);
        it->n--;
        if (it->n > 0) {
            it->i = (int64_t)((uint64_t)it->i + (uint64_t)it->step);
        }
        return true;
    case IT_DICT_KEYS:
    case IT_DICT_VALUES:
    case IT_DICT_ITEMS:
        return dict_next(vm, it, out);
    case IT_SET:
        return set_next(vm, it, out);
    case IT_ENUMERATE:
        return enumerate_next(vm, it, out);
    case IT_ZIP:
        return zip_next(vm, it, out);
    case IT_MAP:
        return map_next(vm, it, out);
    case IT_FILTER:
        return filter_next(vm, it, out);
    case IT_CALLABLE:
        return callable_next(vm, it, out);
    case IT_SEQ:
        return seq_next(vm, it, out);
    }
    return false;
}

/* ================================================================ builtins */

static IterObj *iter_of_type(VM *vm, TypeObj *t, IterKind sub)
{
    IterObj *it = spy_iter_new(vm, sub, NULLV);
    if (t && t->layout == K_ITER) {
        it->hdr.type = t;
    }
    return it;
}

Value spy_enumerate_ctor(VM *vm, TypeObj *t, int nargs, Value *args, Tuple *kwnames)
{
    int nkw = kwnames ? (int)kwnames->len : 0;
    Value iterable = nargs > 0 ? args[0] : NULLV;
    Value start = nargs > 1 ? args[1] : NULLV;
    if (nargs + nkw > 2) {
        spy_raise(vm, EXC(vm, TypeError), "enumerate() takes at most 2 arguments (%d given)",
                  nargs + nkw);
    }
    for (int k = 0; k < nkw; k++) {
        Str *name = AS_STR(kwnames->items[k]);
        Value v = args[nargs + k];
        if (spy_str_eq_cstr(name, "iterable") && nargs < 1) {
            iterable = v;
        } else if (spy_str_eq_cstr(name, "start") && nargs < 2) {
            start = v;
        } else if (spy_str_eq_cstr(name, "iterable") || spy_str_eq_cstr(name, "start")) {
            spy_raise(vm, EXC(vm, TypeError),
                      "argument for enumerate() given by name ('%U') and position (%d)", name,
                      spy_str_eq_cstr(name, "iterable") ? 1 : 2);
        } else {
            spy_raise(vm, EXC(vm, TypeError),
                      "'%U' is an invalid keyword argument for enumerate()", name);
        }
    }
    if (IS_NULL(iterable)) {
        spy_raise(vm, EXC(vm, TypeError), "enumerate() missing required argument 'iterable'");
    }
    Value it = spy_iter(vm, iterable);
    IterObj *e = iter_of_type(vm, t, IT_ENUMERATE);
    e->seq = it;
    if (!IS_NULL(start)) {
        Value s = spy_index(vm, start);
        if (IS_BIGINT(s)) {
            e->aux = s;
        } else {
            e->i = AS_INT(s);
        }
    }
    return mk_obj(e);
}

Value spy_zip_ctor(VM *vm, TypeObj *t, int nargs, Value *args, Tuple *kwnames)
{
    bool strict = false;
    for (int64_t k = 0; kwnames && k < kwnames->len; k++) {
        Str *name = AS_STR(kwnames->items[k]);
        if (!spy_str_eq_cstr(name, "strict")) {
            spy_raise(vm, EXC(vm, TypeError), "'%U' is an invalid keyword argument for zip()",
                      name);
        }
        strict = spy_truthy(vm, args[nargs + k]);
    }
    Tuple *its = spy_tuple_new(vm, nargs);
    for (int i = 0; i < nargs; i++) {
        its->items[i] = NONEV;
    }
    for (int i = 0; i < nargs; i++) {
        its->items[i] = spy_iter(vm, args[i]);
    }
    IterObj *z = iter_of_type(vm, t, IT_ZIP);
    z->seq = mk_obj(its);
    z->step = strict ? 1 : 0;
    return mk_obj(z);
}

Value spy_map_ctor(VM *vm, TypeObj *t, int nargs, Value *args, Tuple *kwnames)
{
    spy_ct_nokw(vm, "map()", kwnames);
    if (nargs < 2) {
        spy_raise(vm, EXC(vm, TypeError), "map() must have at least two arguments.");
    }
    Tuple *its = spy_tuple_new(vm, nargs - 1);
    for (int i = 1; i < nargs; i++) {
        its->items[i - 1] = NONEV;
    }
    for (int i = 1; i < nargs; i++) {
        its->items[i - 1] = spy_iter(vm, args[i]);
    }
    IterObj *m = iter_of_type(vm, t, IT_MAP);
    m->fn = args[0];
    m->seq = mk_obj(its);
    return mk_obj(m);
}

Value spy_filter_ctor(VM *vm, TypeObj *t, int nargs, Value *args, Tuple *kwnames)
{
    spy_ct_nokw(vm, "filter()", kwnames);
    if (nargs != 2) {
        spy_raise(vm, EXC(vm, TypeError), "filter expected 2 arguments, got %d", nargs);
    }
    Value it = spy_iter(vm, args[1]);
    IterObj *f = iter_of_type(vm, t, IT_FILTER);
    f->fn = args[0];
    f->seq = it;
    return mk_obj(f);
}

Value spy_reversed_ctor(VM *vm, TypeObj *t, int nargs, Value *args, Tuple *kwnames)
{
    spy_ct_nokw(vm, "reversed()", kwnames);
    if (nargs != 1) {
        spy_raise(vm, EXC(vm, TypeError), "reversed expected 1 argument, got %d", nargs);
    }
    Value seq = args[0];
    if (IS_OBJ(seq)) {
        IterObj *it = NULL;
        switch ((ObjKind)AS_OBJ(seq)->kind) {
        case K_LIST:
            return mk_obj(spy_iter_new(vm, IT_LIST_REVERSED, seq));
        case K_TUPLE:
            it = spy_iter_new(vm, IT_TUPLE, seq);
            break;
        case K_STR:
            it = spy_iter_new(vm, IT_STR, seq);
            break;
        case K_RANGE:
            it = spy_iter_new(vm, IT_RANGE, seq);
            break;
        case K_DICT:
            it = spy_iter_new(vm, IT_DICT_KEYS, seq);
            break;
        case K_DICTVIEW: {
            DictView *dv = (DictView *)AS_OBJ(seq);
            IterKind k = dv->sub == VIEW_KEYS     ? IT_DICT_KEYS
                         : dv->sub == VIEW_VALUES ? IT_DICT_VALUES
                                                  : IT_DICT_ITEMS;
            it = spy_iter_new(vm, k, mk_obj(dv->dict));
            break;
        }
        case K_INSTANCE: {
            TypeObj *ty = AS_OBJ(seq)->type;
            Value rev = spy_type_lookup(vm, ty, spy_str_intern_cstr(vm, "__reversed__"));
            if (IS_NONE(rev)) {
                break;
            }
            if (!IS_NULL(rev)) {
                return spy_call_method(vm, seq, spy_str_intern_cstr(vm, "__reversed__"), 0,
                                       NULL);
            }
            if (!IS_NULL(spy_type_lookup(vm, ty, vm->s.__len__)) &&
                !IS_NULL(spy_type_lookup(vm, ty, vm->s.__getitem__))) {
                int64_t n = spy_len(vm, seq);
                it = spy_iter_new(vm, IT_SEQ, seq);
                it->hdr.type = t;   /* a `reversed` object, as CPython's */
                it->i = n - 1;
                it->step = -1;
                return mk_obj(it);
            }
            break;
        }
        default:
            break;
        }
        if (it) {
            make_reversed(it);
            return mk_obj(it);
        }
    }
    spy_raise(vm, EXC(vm, TypeError), "'%T' object is not reversible", seq);
}

/* ================================================================ collecting */

List *spy_to_list(VM *vm, Value iterable)
{
    int64_t n;
    Value *src = spy_ct_items(iterable, &n);
    if (src || (IS_LIST(iterable) && !(AS_OBJ(iterable)->type->tflags & TF_HEAPTYPE))) {
        List *l = spy_list_new(vm, n);
        src = spy_ct_items(iterable, &n);
        if (n > 0) {
            memcpy(l->items, src, (size_t)n * sizeof(Value));
        }
        l->len = n;
        spy_ct_charge_copy(vm, n);
        return l;
    }
    if (IS_OBJ(iterable)) {
        switch ((ObjKind)AS_OBJ(iterable)->kind) {
        case K_STR: {
            Str *s = AS_STR(iterable);
            List *l = spy_list_new(vm, s->len);
            for (int64_t i = 0; i < s->len; i++) {
                l->items[i] = mk_obj(spy_str_chr(vm, str_char(s, i)));
                l->len = i + 1;
            }
            spy_ct_charge_copy(vm, s->len);
            return l;
        }
        case K_RANGE: {
            Range *r = (Range *)AS_OBJ(iterable);
            List *l = spy_list_new(vm, r->len);
            uint64_t v = (uint64_t)r->start;
            for (int64_t i = 0; i < r->len; i++) {
                l->items[i] = mk_int((int64_t)v);
                v += (uint64_t)r->step;
            }
            l->len = r->len;
            spy_ct_charge_copy(vm, r->len);
            return l;
        }
        case K_DICT:
        case K_DICTVIEW: {
            ViewKind vk = VIEW_KEYS;
            Dict *d;
            if (IS_DICT(iterable)) {
                d = AS_DICT(iterable);
            } else {
                d = ((DictView *)AS_OBJ(iterable))->dict;
                vk = (ViewKind)((DictView *)AS_OBJ(iterable))->sub;
            }
            List *l = spy_list_new(vm, d->used);
            int64_t pos = 0;
            Value k, v;
            while (spy_dict_next(d, &pos, &k, &v)) {
                Value item = vk == VIEW_KEYS     ? k
                             : vk == VIEW_VALUES ? v
                                                 : mk_obj(spy_tuple_pack(vm, 2, k, v));
                l->items[l->len++] = item;
            }
            spy_ct_charge_copy(vm, l->len);
            return l;
        }
        case K_SET:
        case K_FROZENSET: {
            Set *s = AS_SET(iterable);
            List *l = spy_list_new(vm, s->used);
            int64_t pos = 0;
            Value k;
            while (spy_set_next(s, &pos, &k)) {
                l->items[l->len++] = k;
            }
            spy_ct_charge_copy(vm, l->len);
            return l;
        }
        default:
            break;
        }
    }
    List *l = spy_list_new(vm, 0);
    Value it = spy_iter(vm, iterable);
    Value v;
    while (spy_next(vm, it, &v)) {
        spy_charge(vm, 1);
        spy_list_append(vm, l, v);
    }
    return l;
}

Tuple *spy_to_tuple(VM *vm, Value iterable)
{
    if (IS_TUPLE(iterable)) {
        return AS_TUPLE(iterable);
    }
    int64_t n;
    if (IS_LIST(iterable) && !(AS_OBJ(iterable)->type->tflags & TF_HEAPTYPE)) {
        spy_ct_items(iterable, &n);
        Tuple *t = spy_tuple_new(vm, n);
        Value *src = spy_ct_items(iterable, &n);
        if (n > 0) {
            memcpy(t->items, src, (size_t)n * sizeof(Value));
        }
        spy_ct_charge_copy(vm, n);
        return t;
    }
    List *l = spy_to_list(vm, iterable);
    Tuple *t = spy_tuple_new(vm, l->len);
    if (l->len > 0) {
        memcpy(t->items, l->items, (size_t)l->len * sizeof(Value));
    }
    spy_ct_charge_copy(vm, l->len);
    return t;
}

/* ================================================================ dict view methods */

static Value v_isdisjoint(VM *vm, int nargs, Value *args, Tuple *kw)
{
    const char *tn = nargs > 0 && IS_KIND(args[0], K_DICTVIEW)
                         ? (((DictView *)AS_OBJ(args[0]))->sub == VIEW_ITEMS ? "dict_items"
                                                                              : "dict_keys")
                         : "dict_keys";
    spy_ct_self(vm, nargs, args, K_DICTVIEW, tn, "isdisjoint");
    spy_ct_onearg(vm, tn, "isdisjoint", nargs, kw);
    return mk_bool(spy_dictview_isdisjoint(vm, args[0], args[1]));
}

const MethodDef spy_dictview_methods[] = {
    {"isdisjoint", v_isdisjoint, 0},
    {NULL, NULL, 0},
};
