/* dict.c: the dict type: entries in insertion order plus an open-addressing index of
 * entry numbers (power-of-two size, perturbed probing).  Deleted entries keep their slot
 * (key VT_NULL) until a resize compacts them; `cap` bounds nentries so every probe meets
 * an empty slot.  `version` changes when a key is added or removed or entry numbers move,
 * never when a value is replaced.  Lookups restart if a user __eq__ changed the table. */
#include <string.h>

#include "containers.h"

#define DKIX_EMPTY (-1)
#define DKIX_DUMMY (-2)
#define DICT_MINSIZE 8
#define PERTURB_SHIFT 5

static int64_t usable_for(int64_t size)
{
    return (size << 1) / 3;
}

Dict *spy_dict_new(VM *vm)
{
    Dict *d = spy_obj_alloc(vm, sizeof(Dict), K_DICT, vm->t_dict);
    d->mask = -1;
    return d;
}

static int64_t key_hash(VM *vm, Value key)
{
    if (IS_SMALLINT_LIKE(key)) {
        return spy_int_hash(key);
    }
    if (IS_STR(key)) {
        return spy_str_hash(AS_STR(key));
    }
    return spy_hash(vm, key);
}

static void index_insert(int32_t *index, int64_t mask, int64_t hash, int64_t ix)
{
    uint64_t perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & (uint64_t)mask;
    while (index[i] != DKIX_EMPTY) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & (uint64_t)mask;
    }
    index[i] = (int32_t)ix;
}

/* Rebuilds the table with room for at least `minused` live entries, dropping deleted
 * entries. */
static void dict_resize(VM *vm, Dict *d, int64_t minused)
{
    int64_t size = DICT_MINSIZE;
    while (usable_for(size) <= minused) {
        if (size > ((int64_t)1 << 56)) {
            spy_mem_precheck(vm, 1e30);
        }
        size <<= 1;
    }
    if (size > ((int64_t)1 << 30)) {
        spy_limit(vm, SPY_MEMORY_LIMIT);   /* entry numbers are int32 */
    }
    int64_t ncap = usable_for(size);
    /* One block: the index (int32 entry numbers), then the entries (8-aligned). */
    size_t ibytes = ((size_t)size * sizeof(int32_t) + 7) & ~(size_t)7;
    spy_mem_precheck(vm, (double)ibytes + (double)ncap * (double)sizeof(DictEntry));
    char *block = spy_mem_alloc(vm, ibytes + (size_t)ncap * sizeof(DictEntry));
    int32_t *index = (int32_t *)block;
    DictEntry *entries = (DictEntry *)(block + ibytes);
    memset(index, 0xff, (size_t)size * sizeof(int32_t));
    int64_t n = 0;
    for (int64_t i = 0; i < d->nentries; i++) {
        DictEntry *e = &d->entries[i];
        if (!IS_NULL(e->key)) {
            entries[n] = *e;
            index_insert(index, size - 1, e->hash, n);
            n++;
        }
    }
    spy_charge(vm, 1 + (d->nentries >> 4));
    spy_mem_free(vm, d->index);   /* the entries are in the same block */
    d->index = index;
    d->entries = entries;
    d->mask = size - 1;
    d->cap = ncap;
    d->nentries = n;
    d->used = n;
    d->version++;
}

/* Finds `key`: returns its entry number or -1.  May run user __eq__ (restarts if the dict
 * changes under it). */
static int64_t lookup(VM *vm, Dict *d, Value key, int64_t hash)
{
restart:
    if (!d->index) {
        return -1;
    }
    uint64_t mask = (uint64_t)d->mask;
    uint64_t perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    for (;;) {
        int64_t ix = d->index[i];
        if (ix == DKIX_EMPTY) {
            return -1;
        }
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            if (spy_is(e->key, key)) {
                return ix;
            }
            if (e->hash == hash) {
                Value ek = e->key;
                if (IS_STR(ek) && IS_STR(key)) {
                    if (spy_str_eq(AS_STR(ek), AS_STR(key))) {
                        return ix;
                    }
                } else if (!(IS_INT(ek) && IS_INT(key))) {
                    /* The version changes on every structural change, so a stale ix is
                     * never used (pointers alone could be reused by a new table). */
                    uint64_t version = d->version;
                    bool eq = spy_eq(vm, ek, key);
                    if (d->version != version || !spy_is(d->entries[ix].key, ek)) {
                        goto restart;
                    }
                    if (eq) {
                        return ix;
                    }
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* Str-key lookup that never runs Python code: non-str keys never match. */
int64_t spy_dict_find_str(Dict *d, Str *key)
{
    if (!d->index) {
        return -1;
    }
    int64_t hash = spy_str_hash(key);
    uint64_t mask = (uint64_t)d->mask;
    uint64_t perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    for (;;) {
        int64_t ix = d->index[i];
        if (ix == DKIX_EMPTY) {
            return -1;
        }
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            if (IS_OBJ(e->key) && AS_OBJ(e->key) == (Obj *)key) {
                return ix;
            }
            if (e->hash == hash && IS_STR(e->key) && spy_str_eq(AS_STR(e->key), key)) {
                return ix;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

Value spy_dict_get_str(VM *vm, Dict *d, Str *key)
{
    int64_t ix = spy_dict_find_str(d, key);
    return ix < 0 ? NULLV : d->entries[ix].value;
}

Value spy_dict_get_hashed(VM *vm, Dict *d, Value key, int64_t hash)
{
    int64_t ix = lookup(vm, d, key, hash);
    return ix < 0 ? NULLV : d->entries[ix].value;
}

Value spy_dict_get(VM *vm, Dict *d, Value key)
{
    if (IS_STR(key)) {
        return spy_dict_get_str(vm, d, AS_STR(key));
    }
    int64_t hash = key_hash(vm, key);
    if (d->used == 0) {
        return NULLV;
    }
    return spy_dict_get_hashed(vm, d, key, hash);
}

/* Appends a new entry (the key is known to be absent). */
static void insert_new(VM *vm, Dict *d, Value key, int64_t hash, Value v)
{
    if (d->nentries >= d->cap) {
        dict_resize(vm, d, d->used + d->used / 2 + 1);
    }
    int64_t ix = d->nentries;
    DictEntry *e = &d->entries[ix];
    e->hash = hash;
    e->key = key;
    e->value = v;
    index_insert(d->index, d->mask, hash, ix);
    d->nentries++;
    d->used++;
    d->version++;
}

void spy_dict_set_hashed(VM *vm, Dict *d, Value key, int64_t hash, Value v)
{
    int64_t ix = lookup(vm, d, key, hash);
    if (ix >= 0) {
        d->entries[ix].value = v;
        return;
    }
    insert_new(vm, d, key, hash, v);
}

void spy_dict_set(VM *vm, Dict *d, Value key, Value v)
{
    if (IS_STR(key)) {
        spy_dict_set_str(vm, d, AS_STR(key), v);
        return;
    }
    spy_dict_set_hashed(vm, d, key, key_hash(vm, key), v);
}

void spy_dict_set_str(VM *vm, Dict *d, Str *key, Value v)
{
    int64_t ix = spy_dict_find_str(d, key);
    if (ix >= 0) {
        d->entries[ix].value = v;
        return;
    }
    int64_t hash = spy_str_hash(key);
    insert_new(vm, d, mk_obj(key), hash, v);
}

/* Removes entry `ix` (whose index slot is found again by its number). */
static void delete_entry(Dict *d, int64_t ix)
{
    DictEntry *e = &d->entries[ix];
    uint64_t mask = (uint64_t)d->mask;
    uint64_t perturb = (uint64_t)e->hash;
    uint64_t i = (uint64_t)e->hash & mask;
    while (d->index[i] != ix) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    d->index[i] = DKIX_DUMMY;
    e->key = NULLV;
    e->value = NULLV;
    d->used--;
    d->version++;
}

bool spy_dict_del(VM *vm, Dict *d, Value key)
{
    int64_t ix = IS_STR(key) ? spy_dict_find_str(d, AS_STR(key)) : -1;
    if (ix < 0 && !IS_STR(key)) {
        int64_t hash = key_hash(vm, key);
        ix = lookup(vm, d, key, hash);
    }
    if (ix < 0) {
        return false;
    }
    delete_entry(d, ix);
    return true;
}

static void dict_clear(VM *vm, Dict *d)
{
    int32_t *index = d->index;
    d->index = NULL;
    d->entries = NULL;
    d->mask = -1;
    d->cap = 0;
    d->nentries = 0;
    d->used = 0;
    d->version++;
    spy_mem_free(vm, index);
}

bool spy_dict_next(Dict *d, int64_t *pos, Value *key, Value *value)
{
    int64_t i = *pos;
    while (i < d->nentries) {
        DictEntry *e = &d->entries[i++];
        if (!IS_NULL(e->key)) {
            *pos = i;
            if (key) {
                *key = e->key;
            }
            if (value) {
                *value = e->value;
            }
            return true;
        }
    }
    *pos = i;
    return false;
}

int64_t spy_dict_entry_hash(Dict *d, int64_t pos)
{
    return d->entries[pos - 1].hash;
}

Dict *spy_dict_copy(VM *vm, Dict *d)
{
    Dict *r = spy_dict_new(vm);
    if (d->used == 0) {
        return r;
    }
    dict_resize(vm, r, d->used);
    int64_t n = 0;
    for (int64_t i = 0; i < d->nentries; i++) {
        DictEntry *e = &d->entries[i];
        if (!IS_NULL(e->key)) {
            r->entries[n] = *e;
            index_insert(r->index, r->mask, e->hash, n);
            n++;
        }
    }
    r->nentries = n;
    r->used = n;
    spy_ct_charge_copy(vm, n);
    return r;
}

/* Merges a dict's entries into d, re-reading `src` each step (user __eq__ may mutate it). */
static void merge_dict(VM *vm, Dict *d, Dict *src)
{
    if (src == d) {
        return;
    }
    if (d->used == 0 && d->nentries == 0 && src->used > 0) {
        dict_resize(vm, d, src->used);
    }
    for (int64_t i = 0; i < src->nentries; i++) {
        DictEntry e = src->entries[i];
        if (IS_NULL(e.key)) {
            continue;
        }
        spy_charge(vm, 1);
        spy_dict_set_hashed(vm, d, e.key, e.hash, e.value);
    }
}

static Str *name_keys(VM *vm)
{
    return spy_str_intern_cstr(vm, "keys");
}

/* Mapping-like (has keys()) objects that are not dicts: d[k] = m[k] for k in m.keys(). */
static void merge_mapping(VM *vm, Dict *d, Value m, Value keysfn)
{
    Value ks = spy_call0(vm, keysfn);
    Value it = spy_iter(vm, ks);
    Value k;
    while (spy_next(vm, it, &k)) {
        spy_charge(vm, 1);
        spy_dict_set(vm, d, k, spy_getitem(vm, m, k));
    }
}

/* An iterable of key/value pairs, with CPython's messages for bad elements. */
static void merge_pairs(VM *vm, Dict *d, Value iterable)
{
    Value it = spy_iter(vm, iterable);
    Value item;
    int64_t n = 0;
    while (spy_next(vm, it, &item)) {
        spy_charge(vm, 1);
        Value seq = item;
        if (!IS_LIST(seq) && !IS_TUPLE(seq)) {
            if (!spy_ct_iterable(vm, seq)) {
                spy_raise(vm, EXC(vm, TypeError),
                          "cannot convert dictionary update sequence element #%D to a sequence",
                          n);
            }
            seq = mk_obj(spy_to_list(vm, seq));
        }
        int64_t len;
        Value *kv = spy_ct_items(seq, &len);
        if (len != 2) {
            spy_raise(vm, EXC(vm, ValueError),
                      "dictionary update sequence element #%D has length %D; 2 is required", n,
                      len);
        }
        spy_dict_set(vm, d, kv[0], kv[1]);
        n++;
    }
}

void spy_dict_update(VM *vm, Dict *d, Value other)
{
    if (IS_DICT(other)) {
        merge_dict(vm, d, AS_DICT(other));
        return;
    }
    if (IS_OBJ(other) && !IS_LIST(other) && !IS_TUPLE(other) && !IS_STR(other)) {
        Value keysfn = spy_getattr_opt(vm, other, name_keys(vm));
        if (!IS_NULL(keysfn)) {
            merge_mapping(vm, d, other, keysfn);
            return;
        }
    }
    merge_pairs(vm, d, other);
}

/* ================================================================ repr, eq */

Str *spy_dict_repr(VM *vm, Dict *d)
{
    if (d->used == 0) {
        return spy_str_cstr(vm, "{}");
    }
    if (spy_ct_repr_enter(vm, &d->hdr)) {
        return spy_str_cstr(vm, "{...}");
    }
    spy_enter_c(vm, " while getting the repr of an object");
    StrBuf sb;
    spy_sb_init(vm, &sb);
    spy_sb_add(vm, &sb, "{", 1);
    bool first = true;
    for (int64_t i = 0; i < d->nentries; i++) {
        DictEntry e = d->entries[i];
        if (IS_NULL(e.key)) {
            continue;
        }
        if (!first) {
            spy_sb_add(vm, &sb, ", ", 2);
        }
        first = false;
        spy_charge(vm, 1);
        spy_sb_add_str(vm, &sb, spy_repr(vm, e.key));
        spy_sb_add(vm, &sb, ": ", 2);
        spy_sb_add_str(vm, &sb, spy_repr(vm, e.value));
    }
    spy_sb_add(vm, &sb, "}", 1);
    spy_leave_c(vm);
    spy_ct_repr_leave(vm);
    return spy_sb_finish(vm, &sb);
}

bool spy_dict_eq(VM *vm, Dict *a, Dict *b)
{
    if (a == b) {
        return true;
    }
    if (a->used != b->used) {
        return false;
    }
    spy_enter_c(vm, " in comparison");
    bool res = true;
    for (int64_t i = 0; i < a->nentries; i++) {
        DictEntry e = a->entries[i];
        if (IS_NULL(e.key)) {
            continue;
        }
        spy_charge(vm, 1);
        Value bv = spy_dict_get_hashed(vm, b, e.key, e.hash);
        if (IS_NULL(bv) || !spy_eq(vm, e.value, bv)) {
            res = false;
            break;
        }
    }
    spy_leave_c(vm);
    return res;
}

/* ================================================================ views */

Value spy_dictview_new(VM *vm, Dict *d, ViewKind kind)
{
    DictView *v = spy_obj_alloc(vm, sizeof(DictView), K_DICTVIEW, vm->t_dictview[kind]);
    v->sub = (uint8_t)kind;
    v->dict = d;
    return mk_obj(v);
}

/* ================================================================ methods */

static bool has_kwargs(Tuple *kw)
{
    return kw && kw->len > 0;
}

#define SELF(name) spy_ct_self(vm, nargs, args, K_DICT, "dict", name)
#define ME AS_DICT(args[0])

static Value m_get(VM *vm, int nargs, Value *args, Tuple *kw)
{
    SELF("get");
    spy_ct_clinic(vm, "dict", "get", nargs, kw, 1, 2);
    Value v = spy_dict_get(vm, ME, args[1]);
    if (IS_NULL(v)) {
        return nargs > 2 ? args[2] : NONEV;
    }
    return v;
}

static Value m_setdefault(VM *vm, int nargs, Value *args, Tuple *kw)
{
    SELF("setdefault");
    spy_ct_clinic(vm, "dict", "setdefault", nargs, kw, 1, 2);
    Dict *d = ME;
    int64_t hash = key_hash(vm, args[1]);
    int64_t ix = lookup(vm, d, args[1], hash);
    if (ix >= 0) {
        return d->entries[ix].value;
    }
    Value dflt = nargs > 2 ? args[2] : NONEV;
    insert_new(vm, d, args[1], hash, dflt);
    return dflt;
}

static Value m_pop(VM *vm, int nargs, Value *args, Tuple *kw)
{
    SELF("pop");
    spy_ct_clinic(vm, "dict", "pop", nargs, kw, 1, 2);
    Dict *d = ME;
    /* CPython answers an empty dict before hashing the key. */
    int64_t ix = d->used ? lookup(vm, d, args[1], key_hash(vm, args[1])) : -1;
    if (ix < 0) {
        if (nargs > 2) {
            return args[2];
        }
        spy_raise_keyerror(vm, args[1]);
    }
    Value v = d->entries[ix].value;
    delete_entry(d, ix);
    return v;
}

static Value m_popitem(VM *vm, int nargs, Value *args, Tuple *kw)
{
    SELF("popitem");
    spy_ct_noargs(vm, "dict", "popitem", nargs, kw);
    Dict *d = ME;
    if (d->used == 0) {
        spy_raise(vm, EXC(vm, KeyError), "popitem(): dictionary is empty");
    }
    /* Allocate the result first: nothing can fail after the entry is gone. */
    Tuple *t = spy_tuple_new(vm, 2);
    int64_t i = d->nentries - 1;
    while (IS_NULL(d->entries[i].key)) {
        i--;
    }
    t->items[0] = d->entries[i].key;
    t->items[1] = d->entries[i].value;
    delete_entry(d, i);
    /* Drop the trailing dead entries; their index slots stay used, so lower cap too. */
    while (d->nentries > 0 && IS_NULL(d->entries[d->nentries - 1].key)) {
        d->nentries--;
        d->cap--;
    }
    return mk_obj(t);
}

static Value m_update(VM *vm, int nargs, Value *args, Tuple *kw)
{
    SELF("update");
    if (nargs > 2) {
        spy_raise(vm, EXC(vm, TypeError), "update expected at most 1 argument, got %d",
                  nargs - 1);
    }
    Dict *d = ME;
    if (nargs == 2) {
        spy_dict_update(vm, d, args[1]);
    }
    if (kw) {
        for (int64_t k = 0; k < kw->len; k++) {
            spy_dict_set(vm, d, kw->items[k], args[nargs + k]);
        }
    }
    return NONEV;
}

static Value m_keys(VM *vm, int nargs, Value *args, Tuple *kw)
{
    SELF("keys");
    spy_ct_noargs(vm, "dict", "keys", nargs, kw);
    return spy_dictview_new(vm, ME, VIEW_KEYS);
}

static Value m_values(VM *vm, int nargs, Value *args, Tuple *kw)
{
    SELF("values");
    spy_ct_noargs(vm, "dict", "values", nargs, kw);
    return spy_dictview_new(vm, ME, VIEW_VALUES);
}

static Value m_items(VM *vm, int nargs, Value *args, Tuple *kw)
{
    SELF("items");
    spy_ct_noargs(vm, "dict", "items", nargs, kw);
    return spy_dictview_new(vm, ME, VIEW_ITEMS);
}

static Value m_copy(VM *vm, int nargs, Value *args, Tuple *kw)
{
    SELF("copy");
    spy_ct_noargs(vm, "dict", "copy", nargs, kw);
    return mk_obj(spy_dict_copy(vm, ME));
}

static Value m_clear(VM *vm, int nargs, Value *args, Tuple *kw)
{
    SELF("clear");
    spy_ct_noargs(vm, "dict", "clear", nargs, kw);
    dict_clear(vm, ME);
    return NONEV;
}

/* dict.fromkeys(iterable, value=None) for class t; args are the real arguments. */
static Value fromkeys_impl(VM *vm, TypeObj *t, int nargs, Value *args, Tuple *kw)
{
    if (has_kwargs(kw)) {
        spy_raise(vm, EXC(vm, TypeError), "dict.fromkeys() takes no keyword arguments");
    }
    if (nargs < 1) {
        spy_raise(vm, EXC(vm, TypeError), "fromkeys expected at least 1 argument, got %d",
                  nargs);
    }
    if (nargs > 2) {
        spy_raise(vm, EXC(vm, TypeError), "fromkeys expected at most 2 arguments, got %d",
                  nargs);
    }
    Value v = nargs > 1 ? args[1] : NONEV;
    Dict *d = spy_dict_new(vm);
    d->hdr.type = t;
    Value src = args[0];
    if (IS_DICT(src)) {
        Dict *s = AS_DICT(src);
        for (int64_t i = 0; i < s->nentries; i++) {
            DictEntry e = s->entries[i];
            if (!IS_NULL(e.key)) {
                spy_charge(vm, 1);
                spy_dict_set_hashed(vm, d, e.key, e.hash, v);
            }
        }
        return mk_obj(d);
    }
    if (IS_ANYSET(src)) {
        Set *s = AS_SET(src);
        for (int64_t i = 0; i <= s->mask; i++) {
            SetEntry e = s->table[i];
            if (!IS_NULL(e.key)) {
                spy_charge(vm, 1);
                spy_dict_set_hashed(vm, d, e.key, e.hash, v);
            }
        }
        return mk_obj(d);
    }
    Value it = spy_iter(vm, src);
    Value k;
    while (spy_next(vm, it, &k)) {
        spy_charge(vm, 1);
        spy_dict_set(vm, d, k, v);
    }
    return mk_obj(d);
}

static Value m_fromkeys(VM *vm, int nargs, Value *args, Tuple *kw)
{
    /* CF_CLASS: the class comes first; tolerate a caller that did not bind it. */
    if (nargs >= 1 && IS_KIND(args[0], K_TYPE) &&
        ((TypeObj *)AS_OBJ(args[0]))->layout == K_DICT) {
        return fromkeys_impl(vm, (TypeObj *)AS_OBJ(args[0]), nargs - 1, args + 1, kw);
    }
    return fromkeys_impl(vm, vm->t_dict, nargs, args, kw);
}

static Value m_getitem(VM *vm, int nargs, Value *args, Tuple *kw)
{
    SELF("__getitem__");
    spy_ct_onearg(vm, "dict", "__getitem__", nargs, kw);
    Value v = spy_dict_get(vm, ME, args[1]);
    if (IS_NULL(v)) {
        spy_raise_keyerror(vm, args[1]);
    }
    return v;
}

static Value m_setitem(VM *vm, int nargs, Value *args, Tuple *kw)
{
    SELF("__setitem__");
    spy_ct_clinic(vm, "dict", "__setitem__", nargs, kw, 2, 2);
    spy_dict_set(vm, ME, args[1], args[2]);
    return NONEV;
}

static Value m_delitem(VM *vm, int nargs, Value *args, Tuple *kw)
{
    SELF("__delitem__");
    spy_ct_onearg(vm, "dict", "__delitem__", nargs, kw);
    if (!spy_dict_del(vm, ME, args[1])) {
        spy_raise_keyerror(vm, args[1]);
    }
    return NONEV;
}

static Value m_contains(VM *vm, int nargs, Value *args, Tuple *kw)
{
    SELF("__contains__");
    spy_ct_onearg(vm, "dict", "__contains__", nargs, kw);
    return mk_bool(!IS_NULL(spy_dict_get(vm, ME, args[1])));
}

static Value m_len(VM *vm, int nargs, Value *args, Tuple *kw)
{
    SELF("__len__");
    spy_ct_noargs(vm, "dict", "__len__", nargs, kw);
    return mk_int(ME->used);
}

const MethodDef spy_dict_methods[] = {
    {"clear", m_clear, 0},
    {"copy", m_copy, 0},
    {"fromkeys", m_fromkeys, CF_CLASS},
    {"get", m_get, 0},
    {"items", m_items, 0},
    {"keys", m_keys, 0},
    {"pop", m_pop, 0},
    {"popitem", m_popitem, 0},
    {"setdefault", m_setdefault, 0},
    {"update", m_update, 0},
    {"values", m_values, 0},
    {"__getitem__", m_getitem, 0},
    {"__setitem__", m_setitem, 0},
    {"__delitem__", m_delitem, 0},
    {"__contains__", m_contains, 0},
    {"__len__", m_len, 0},
    {NULL, NULL, 0},
};

/* ================================================================ dict() */

Value spy_dict_ctor(VM *vm, TypeObj *t, int nargs, Value *args, Tuple *kwnames)
{
    if (nargs > 1) {
        spy_raise(vm, EXC(vm, TypeError), "dict expected at most 1 argument, got %d", nargs);
    }
    Dict *d = spy_dict_new(vm);
    d->hdr.type = t;
    if (nargs == 1) {
        spy_dict_update(vm, d, args[0]);
    }
    if (kwnames) {
        for (int64_t k = 0; k < kwnames->len; k++) {
            spy_dict_set(vm, d, kwnames->items[k], args[nargs + k]);
        }
    }
    return mk_obj(d);
}
