/* set.c: set and frozenset with CPython 3.11's table algorithm, so iteration order (slot
 * order) equals python3's: empty slots (key VT_NULL, hash 0), dummies (VT_NULL, hash -1),
 * probing of LINEAR_PROBES+1 neighbours then perturbed jumps, resize at fill*5 >= mask*3.
 * Each operation follows CPython's choice of operand to iterate and of insertion target,
 * since that decides the order.  Loops over a table re-read it after calls into Python. */
#include <string.h>

#include "containers.h"

#define SET_MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

static bool slot_empty(const SetEntry *e)
{
    return IS_NULL(e->key) && e->hash == 0;
}

static Set *set_alloc(VM *vm, TypeObj *type, ObjKind kind)
{
    Set *s = spy_obj_alloc(vm, sizeof(Set), kind, type);
    s->table = spy_mem_calloc(vm, SET_MINSIZE * sizeof(SetEntry));
    s->mask = SET_MINSIZE - 1;
    s->hash = -1;
    return s;
}

Set *spy_set_new(VM *vm, bool frozen)
{
    return frozen ? set_alloc(vm, vm->t_frozenset, K_FROZENSET)
                  : set_alloc(vm, vm->t_set, K_SET);
}

static bool is_frozen(const Set *s)
{
    return s->hdr.kind == K_FROZENSET;
}

/* A new empty set of the same base kind as `s` (set for set subclasses, ...). */
static Set *new_like(VM *vm, Set *s)
{
    return spy_set_new(vm, is_frozen(s));
}

/* ================================================================ hashing helpers */

static uint64_t shuffle_bits(uint64_t h)
{
    return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL;
}

/* frozenset's hash of the active entries (order independent). */
static int64_t compute_hash(VM *vm, Set *s)
{
    uint64_t h = 0;
    for (int64_t i = 0; i <= s->mask; i++) {
        if (!IS_NULL(s->table[i].key)) {
            h ^= shuffle_bits((uint64_t)s->table[i].hash);
        }
    }
    spy_charge(vm, 1 + (s->mask >> 5));
    h ^= ((uint64_t)s->used + 1) * 1927868237ULL;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069U + 907133923ULL;
    if (h == UINT64_MAX) {
        h = 590923713ULL;
    }
    return (int64_t)h;
}

int64_t spy_set_hash(VM *vm, Set *s)
{
    if (s->hash != -1) {
        return s->hash;
    }
    int64_t h = compute_hash(vm, s);
    if (is_frozen(s)) {
        s->hash = h;
    }
    return h;
}

static int64_t elem_hash(VM *vm, Value key)
{
    if (IS_SMALLINT_LIKE(key)) {
        return spy_int_hash(key);
    }
    if (IS_STR(key)) {
        return spy_str_hash(AS_STR(key));
    }
    return spy_hash(vm, key);
}

/* Hash for membership tests: a (mutable, unhashable) set key is looked up as the
 * frozenset with the same elements, as CPython does for `in`, remove and discard. */
static int64_t member_hash(VM *vm, Value key)
{
    if (IS_KIND(key, K_SET)) {
        return compute_hash(vm, AS_SET(key));
    }
    return elem_hash(vm, key);
}

/* ================================================================ table core */

/* Equality of an active entry's key with `key` (same hash); *changed is set when the
 * table was modified by the comparison (the caller restarts). */
static bool entry_matches(VM *vm, Set *s, int64_t j, Value key, bool *changed)
{
    Value startkey = s->table[j].key;
    if (spy_is(startkey, key)) {
        return true;
    }
    if (IS_STR(startkey) && IS_STR(key)) {
        return spy_str_eq(AS_STR(startkey), AS_STR(key));
    }
    if (IS_INT(startkey) && IS_INT(key)) {
        return false;
    }
    SetEntry *table = s->table;
    int64_t mask = s->mask;
    bool eq = spy_eq(vm, startkey, key);
    /* A new table may reuse the old address: the mask check keeps j in bounds. */
    if (table != s->table || mask != s->mask || !spy_is(s->table[j].key, startkey)) {
        *changed = true;
        return false;
    }
    return eq;
}

/* Slot of the active entry equal to key, or -1. */
static int64_t set_lookkey(VM *vm, Set *s, Value key, int64_t hash)
{
restart:;
    uint64_t mask = (uint64_t)s->mask;
    uint64_t perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    for (;;) {
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        uint64_t j = i;
        do {
            SetEntry *e = &s->table[j];
            if (slot_empty(e)) {
                return -1;
            }
            if (e->hash == hash && !IS_NULL(e->key)) {
                bool changed = false;
                if (entry_matches(vm, s, (int64_t)j, key, &changed)) {
                    return (int64_t)j;
                }
                if (changed) {
                    goto restart;
                }
                mask = (uint64_t)s->mask;
            }
            j++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Inserts into a table known to have no dummies and not to contain key. */
static void insert_clean(SetEntry *table, uint64_t mask, Value key, int64_t hash)
{
    uint64_t perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    for (;;) {
        if (IS_NULL(table[i].key)) {
            table[i].key = key;
            table[i].hash = hash;
            return;
        }
        if (i + LINEAR_PROBES <= mask) {
            for (uint64_t j = i + 1; j <= i + LINEAR_PROBES; j++) {
                if (IS_NULL(table[j].key)) {
                    table[j].key = key;
                    table[j].hash = hash;
                    return;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Rebuilds the table with the smallest power-of-two size above minused. */
static void set_resize(VM *vm, Set *s, int64_t minused)
{
    int64_t newsize = SET_MINSIZE;
    while (newsize <= minused) {
        if (newsize > ((int64_t)1 << 56)) {
            spy_mem_precheck(vm, 1e30);
        }
        newsize <<= 1;
    }
    spy_mem_precheck(vm, (double)newsize * (double)sizeof(SetEntry));
    SetEntry *nt = spy_mem_calloc(vm, (size_t)newsize * sizeof(SetEntry));
    SetEntry *old = s->table;
    int64_t oldmask = s->mask;
    for (int64_t i = 0; i <= oldmask; i++) {
        if (!IS_NULL(old[i].key)) {
            insert_clean(nt, (uint64_t)(newsize - 1), old[i].key, old[i].hash);
        }
    }
    spy_charge(vm, 1 + (oldmask >> 4));
    s->table = nt;
    s->mask = newsize - 1;
    s->fill = s->used;
    spy_mem_free(vm, old);
}

static void set_add_entry(VM *vm, Set *s, Value key, int64_t hash)
{
restart:;
    uint64_t mask = (uint64_t)s->mask;
    uint64_t perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    int64_t freeslot = -1;
    uint64_t j;
    for (;;) {
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        j = i;
        do {
            SetEntry *e = &s->table[j];
            if (slot_empty(e)) {
                goto found_unused_or_dummy;
            }
            if (e->hash == hash && !IS_NULL(e->key)) {
                bool changed = false;
                if (entry_matches(vm, s, (int64_t)j, key, &changed)) {
                    return;
                }
                if (changed) {
                    goto restart;
                }
                mask = (uint64_t)s->mask;
            } else if (e->hash == -1 && IS_NULL(e->key)) {
                /* The LAST dummy on the probe path is reused (python3 does so). */
                freeslot = (int64_t)j;
            }
            j++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot >= 0) {
        s->used++;
        s->table[freeslot].key = key;
        s->table[freeslot].hash = hash;
        return;
    }
    s->fill++;
    s->used++;
    s->table[j].key = key;
    s->table[j].hash = hash;
    if ((uint64_t)s->fill * 5 < mask * 3) {
        return;
    }
    set_resize(vm, s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

/* Removes key; false when absent. */
static bool set_discard_entry(VM *vm, Set *s, Value key, int64_t hash)
{
    int64_t j = set_lookkey(vm, s, key, hash);
    if (j < 0) {
        return false;
    }
    s->table[j].key = NULLV;
    s->table[j].hash = -1;
    s->used--;
    return true;
}

static void set_clear_table(VM *vm, Set *s)
{
    SetEntry *nt = spy_mem_calloc(vm, SET_MINSIZE * sizeof(SetEntry));
    SetEntry *old = s->table;
    s->table = nt;
    s->mask = SET_MINSIZE - 1;
    s->fill = 0;
    s->used = 0;
    s->hash = -1;
    spy_mem_free(vm, old);
}

static void swap_bodies(Set *a, Set *b)
{
    Set t = *a;
    a->fill = b->fill;
    a->used = b->used;
    a->mask = b->mask;
    a->table = b->table;
    b->fill = t.fill;
    b->used = t.used;
    b->mask = t.mask;
    b->table = t.table;
    a->hash = -1;
    b->hash = -1;
}

bool spy_set_next(Set *s, int64_t *pos, Value *key)
{
    int64_t i = *pos;
    while (i <= s->mask) {
        SetEntry *e = &s->table[i++];
        if (!IS_NULL(e->key)) {
            *pos = i;
            *key = e->key;
            return true;
        }
    }
    *pos = i;
    return false;
}

/* As spy_set_next, also giving the stored hash. */
static bool set_next_entry(Set *s, int64_t *pos, Value *key, int64_t *hash)
{
    int64_t i = *pos;
    while (i <= s->mask) {
        SetEntry *e = &s->table[i++];
        if (!IS_NULL(e->key)) {
            *pos = i;
            *key = e->key;
            *hash = e->hash;
            return true;
        }
    }
    *pos = i;
    return false;
}

void spy_set_add_hashed(VM *vm, Set *s, Value key, int64_t hash)
{
    set_add_entry(vm, s, key, hash);
}

bool spy_set_contains_hashed(VM *vm, Set *s, Value key, int64_t hash)
{
    return set_lookkey(vm, s, key, hash) >= 0;
}

void spy_set_add(VM *vm, Set *s, Value key)
{
    set_add_entry(vm, s, key, elem_hash(vm, key));
}

bool spy_set_contains(VM *vm, Set *s, Value key)
{
    int64_t hash = member_hash(vm, key);
    return set_lookkey(vm, s, key, hash) >= 0;
}

bool spy_set_discard(VM *vm, Set *s, Value key)
{
    int64_t hash = member_hash(vm, key);
    return set_discard_entry(vm, s, key, hash);
}

/* ================================================================ bulk operations */

static void set_merge(VM *vm, Set *s, Set *other)
{
    if (other == s || other->used == 0) {
        return;
    }
    if ((s->fill + other->used) * 5 >= s->mask * 3) {
        set_resize(vm, s, (s->used + other->used) * 2);
    }
    spy_ct_charge_copy(vm, other->mask + 1);
    if (s->fill == 0 && s->mask == other->mask && other->fill == other->used) {
        /* Same size, no dummies: the layout can be copied slot for slot. */
        memcpy(s->table, other->table, (size_t)(other->mask + 1) * sizeof(SetEntry));
        s->fill = other->fill;
        s->used = other->used;
        return;
    }
    if (s->fill == 0) {
        s->fill = other->used;
        s->used = other->used;
        for (int64_t i = 0; i <= other->mask; i++) {
            SetEntry e = other->table[i];
            if (!IS_NULL(e.key)) {
                insert_clean(s->table, (uint64_t)s->mask, e.key, e.hash);
            }
        }
        return;
    }
    for (int64_t i = 0; i <= other->mask; i++) {
        SetEntry e = other->table[i];
        if (!IS_NULL(e.key)) {
            set_add_entry(vm, s, e.key, e.hash);
        }
    }
}

static void set_update_internal(VM *vm, Set *s, Value other)
{
    if (IS_ANYSET(other)) {
        set_merge(vm, s, AS_SET(other));
        return;
    }
    if (IS_DICT(other) && AS_OBJ(other)->type == vm->t_dict) {
        Dict *d = AS_DICT(other);
        if ((s->fill + d->used) * 5 >= s->mask * 3) {
            set_resize(vm, s, (s->used + d->used) * 2);
        }
        int64_t pos = 0;
        Value k;
        while (spy_dict_next(d, &pos, &k, NULL)) {
            spy_charge(vm, 1);
            set_add_entry(vm, s, k, spy_dict_entry_hash(d, pos));
        }
        return;
    }
    Value it = spy_iter(vm, other);
    Value k;
    while (spy_next(vm, it, &k)) {
        spy_charge(vm, 1);
        set_add_entry(vm, s, k, elem_hash(vm, k));
    }
}

void spy_set_update(VM *vm, Set *s, Value iterable)
{
    set_update_internal(vm, s, iterable);
}

Set *spy_set_from(VM *vm, Value iterable, bool frozen)
{
    Set *s = spy_set_new(vm, frozen);
    if (!IS_NULL(iterable)) {
        set_update_internal(vm, s, iterable);
    }
    return s;
}

static Set *set_copy(VM *vm, Set *s)
{
    Set *r = new_like(vm, s);
    set_merge(vm, r, s);
    return r;
}

static Set *set_intersection(VM *vm, Set *so, Value other)
{
    if (IS_OBJ(other) && AS_OBJ(other) == &so->hdr) {
        return set_copy(vm, so);
    }
    Set *result = new_like(vm, so);
    if (IS_ANYSET(other)) {
        Set *a = so, *b = AS_SET(other);
        if (b->used > a->used) {
            Set *t = a;
            a = b;
            b = t;
        }
        int64_t pos = 0, hash;
        Value key;
        while (set_next_entry(b, &pos, &key, &hash)) {
            spy_charge(vm, 1);
            if (set_lookkey(vm, a, key, hash) >= 0) {
                set_add_entry(vm, result, key, hash);
            }
        }
        return result;
    }
    Value it = spy_iter(vm, other);
    Value key;
    while (spy_next(vm, it, &key)) {
        spy_charge(vm, 1);
        int64_t hash = elem_hash(vm, key);
        if (set_lookkey(vm, so, key, hash) >= 0) {
            set_add_entry(vm, result, key, hash);
        }
    }
    return result;
}

static void set_difference_update_internal(VM *vm, Set *s, Value other)
{
    if (IS_OBJ(other) && AS_OBJ(other) == &s->hdr) {
        set_clear_table(vm, s);
        return;
    }
    if (IS_ANYSET(other)) {
        Set *o = AS_SET(other);
        if ((o->used >> 3) > s->used) {
            o = set_intersection(vm, s, other);
        }
        int64_t pos = 0, hash;
        Value key;
        while (set_next_entry(o, &pos, &key, &hash)) {
            spy_charge(vm, 1);
            set_discard_entry(vm, s, key, hash);
        }
    } else {
        Value it = spy_iter(vm, other);
        Value key;
        while (spy_next(vm, it, &key)) {
            spy_charge(vm, 1);
            set_discard_entry(vm, s, key, elem_hash(vm, key));
        }
    }
    if ((uint64_t)(s->fill - s->used) <= (uint64_t)s->mask / 4) {
        return;
    }
    set_resize(vm, s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

static Set *set_copy_and_difference(VM *vm, Set *so, Value other)
{
    Set *r = set_copy(vm, so);
    set_difference_update_internal(vm, r, other);
    return r;
}

static Set *set_difference(VM *vm, Set *so, Value other)
{
    int64_t other_size;
    bool isdict = IS_DICT(other) && AS_OBJ(other)->type == vm->t_dict;
    if (IS_ANYSET(other)) {
        other_size = AS_SET(other)->used;
    } else if (isdict) {
        other_size = AS_DICT(other)->used;
    } else {
        return set_copy_and_difference(vm, so, other);
    }
    if ((so->used >> 2) > other_size) {
        return set_copy_and_difference(vm, so, other);
    }
    Set *result = new_like(vm, so);
    int64_t pos = 0, hash;
    Value key;
    while (set_next_entry(so, &pos, &key, &hash)) {
        spy_charge(vm, 1);
        bool found = isdict ? !IS_NULL(spy_dict_get_hashed(vm, AS_DICT(other), key, hash))
                            : set_lookkey(vm, AS_SET(other), key, hash) >= 0;
        if (!found) {
            set_add_entry(vm, result, key, hash);
        }
    }
    return result;
}

static void set_symmetric_difference_update(VM *vm, Set *s, Value other)
{
    if (IS_OBJ(other) && AS_OBJ(other) == &s->hdr) {
        set_clear_table(vm, s);
        return;
    }
    if (IS_DICT(other) && AS_OBJ(other)->type == vm->t_dict) {
        Dict *d = AS_DICT(other);
        int64_t pos = 0;
        Value key;
        while (spy_dict_next(d, &pos, &key, NULL)) {
            spy_charge(vm, 1);
            int64_t hash = spy_dict_entry_hash(d, pos);
            if (!set_discard_entry(vm, s, key, hash)) {
                set_add_entry(vm, s, key, hash);
            }
        }
        return;
    }
    Set *o = IS_ANYSET(other) ? AS_SET(other) : spy_set_from(vm, other, is_frozen(s));
    int64_t pos = 0, hash;
    Value key;
    while (set_next_entry(o, &pos, &key, &hash)) {
        spy_charge(vm, 1);
        if (!set_discard_entry(vm, s, key, hash)) {
            set_add_entry(vm, s, key, hash);
        }
    }
}

static Set *set_symmetric_difference(VM *vm, Set *so, Value other)
{
    Set *r = spy_set_from(vm, other, is_frozen(so));
    set_symmetric_difference_update(vm, r, mk_obj(so));
    return r;
}

static Set *set_union(VM *vm, Set *so, Value other)
{
    Set *r = set_copy(vm, so);
    if (IS_OBJ(other) && AS_OBJ(other) == &so->hdr) {
        return r;
    }
    set_update_internal(vm, r, other);
    return r;
}

static bool set_issubset(VM *vm, Set *so, Value other)
{
    if (!IS_ANYSET(other)) {
        Set *tmp = spy_set_from(vm, other, false);
        return set_issubset(vm, so, mk_obj(tmp));
    }
    Set *o = AS_SET(other);
    if (so->used > o->used) {
        return false;
    }
    int64_t pos = 0, hash;
    Value key;
    while (set_next_entry(so, &pos, &key, &hash)) {
        spy_charge(vm, 1);
        if (set_lookkey(vm, o, key, hash) < 0) {
            return false;
        }
    }
    return true;
}

static bool set_issuperset(VM *vm, Set *so, Value other)
{
    if (IS_ANYSET(other)) {
        return set_issubset(vm, AS_SET(other), mk_obj(so));
    }
    Value it = spy_iter(vm, other);
    Value key;
    while (spy_next(vm, it, &key)) {
        spy_charge(vm, 1);
        if (!spy_set_contains(vm, so, key)) {
            return false;
        }
    }
    return true;
}

static bool set_isdisjoint(VM *vm, Set *so, Value other)
{
    if (IS_OBJ(other) && AS_OBJ(other) == &so->hdr) {
        return so->used == 0;
    }
    if (IS_ANYSET(other)) {
        Set *a = so, *b = AS_SET(other);
        if (b->used > a->used) {
            Set *t = a;
            a = b;
            b = t;
        }
        int64_t pos = 0, hash;
        Value key;
        while (set_next_entry(b, &pos, &key, &hash)) {
            spy_charge(vm, 1);
            if (set_lookkey(vm, a, key, hash) >= 0) {
                return false;
            }
        }
        return true;
    }
    Value it = spy_iter(vm, other);
    Value key;
    while (spy_next(vm, it, &key)) {
        spy_charge(vm, 1);
        if (set_lookkey(vm, so, key, elem_hash(vm, key)) >= 0) {
            return false;
        }
    }
    return true;
}

static Value set_compare(VM *vm, CmpOp op, Set *a, Set *b)
{
    switch (op) {
    case CMP_EQ:
    case CMP_NE: {
        bool eq;
        if (a->used != b->used) {
            eq = false;
        } else if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) {
            eq = false;
        } else {
            eq = set_issubset(vm, a, mk_obj(b));
        }
        return mk_bool(eq == (op == CMP_EQ));
    }
    case CMP_LE:
        return mk_bool(set_issubset(vm, a, mk_obj(b)));
    case CMP_GE:
        return mk_bool(set_issuperset(vm, a, mk_obj(b)));
    case CMP_LT:
        return mk_bool(a->used < b->used && set_issubset(vm, a, mk_obj(b)));
    default:
        return mk_bool(a->used > b->used && set_issuperset(vm, a, mk_obj(b)));
    }
}

Value spy_set_compare(VM *vm, CmpOp op, Set *a, Set *b)
{
    /* Element comparisons may compare nested frozensets. */
    spy_enter_c(vm, " in comparison");
    Value r = set_compare(vm, op, a, b);
    spy_leave_c(vm);
    return r;
}

/* ================================================================ dict views as sets */

static bool is_setview(Value v)
{
    return IS_KIND(v, K_DICTVIEW) && ((DictView *)AS_OBJ(v))->sub != VIEW_VALUES;
}

/* set(view), with CPython's shortcut through the dict for keys views. */
static Set *view_to_set(VM *vm, Value self)
{
    if (IS_KIND(self, K_DICTVIEW)) {
        DictView *dv = (DictView *)AS_OBJ(self);
        if (dv->sub == VIEW_KEYS && dv->dict->hdr.type == vm->t_dict) {
            return spy_set_from(vm, mk_obj(dv->dict), false);
        }
    }
    return spy_set_from(vm, self, false);
}

/* `(k, v) in items` for an items view. */
static bool view_contains(VM *vm, DictView *dv, Value x)
{
    if (dv->sub == VIEW_KEYS) {
        return !IS_NULL(spy_dict_get(vm, dv->dict, x));
    }
    if (!IS_TUPLE(x) || AS_TUPLE(x)->len != 2) {
        return false;
    }
    Value v = spy_dict_get(vm, dv->dict, AS_TUPLE(x)->items[0]);
    return !IS_NULL(v) && spy_eq(vm, v, AS_TUPLE(x)->items[1]);
}

static Value view_intersect(VM *vm, Value self, Value other)
{
    if (!is_setview(self)) {
        Value t = self;
        self = other;
        other = t;
    }
    int64_t len_self = ((DictView *)AS_OBJ(self))->dict->used;
    if (IS_KIND(other, K_SET) && AS_OBJ(other)->type == vm->t_set &&
        len_self <= AS_SET(other)->used) {
        return mk_obj(set_intersection(vm, AS_SET(other), self));
    }
    if (is_setview(other)) {
        int64_t len_other = ((DictView *)AS_OBJ(other))->dict->used;
        if (len_other > len_self) {
            Value t = self;
            self = other;
            other = t;
        }
    }
    Set *result = spy_set_new(vm, false);
    DictView *dv = (DictView *)AS_OBJ(self);
    Value it = spy_iter(vm, other);
    Value key;
    while (spy_next(vm, it, &key)) {
        spy_charge(vm, 1);
        if (view_contains(vm, dv, key)) {
            spy_set_add(vm, result, key);
        }
    }
    return mk_obj(result);
}

/* items ^ items: CPython compares the values instead of hashing them. */
static Value items_xor(VM *vm, DictView *a, DictView *b)
{
    Dict *tmp = spy_dict_copy(vm, a->dict);
    Set *result = spy_set_new(vm, false);
    Dict *d2 = b->dict;
    for (int64_t pos = 0; pos < d2->nentries;) {
        Value key, val2;
        if (!spy_dict_next(d2, &pos, &key, &val2)) {
            break;
        }
        spy_charge(vm, 1);
        int64_t hash = spy_dict_entry_hash(d2, pos);
        Value val1 = spy_dict_get_hashed(vm, tmp, key, hash);
        if (!IS_NULL(val1) && spy_eq(vm, val1, val2)) {
            spy_dict_del(vm, tmp, key);
        } else {
            spy_set_add(vm, result, mk_obj(spy_tuple_pack(vm, 2, key, val2)));
        }
    }
    set_update_internal(vm, result, spy_dictview_new(vm, tmp, VIEW_ITEMS));
    return mk_obj(result);
}

static Value view_binop(VM *vm, int bop, Value a, Value b)
{
    if (bop == BO_AND) {
        return view_intersect(vm, a, b);
    }
    if (bop == BO_XOR && is_setview(a) && is_setview(b) &&
        ((DictView *)AS_OBJ(a))->sub == VIEW_ITEMS && ((DictView *)AS_OBJ(b))->sub == VIEW_ITEMS) {
        return items_xor(vm, (DictView *)AS_OBJ(a), (DictView *)AS_OBJ(b));
    }
    Set *r = view_to_set(vm, a);
    if (bop == BO_OR) {
        set_update_internal(vm, r, b);
    } else if (bop == BO_SUB) {
        set_difference_update_internal(vm, r, b);
    } else {
        set_symmetric_difference_update(vm, r, b);
    }
    return mk_obj(r);
}

/* all(x in container for x in self) */
static bool all_contained_in(VM *vm, Value self, Value other)
{
    Value it = spy_iter(vm, self);
    Value x;
    while (spy_next(vm, it, &x)) {
        spy_charge(vm, 1);
        bool in = IS_ANYSET(other) ? spy_set_contains(vm, AS_SET(other), x)
                                   : view_contains(vm, (DictView *)AS_OBJ(other), x);
        if (!in) {
            return false;
        }
    }
    return true;
}

Value spy_dictview_compare(VM *vm, CmpOp op, Value a, Value b)
{
    if (!is_setview(a) && is_setview(b) && IS_ANYSET(a)) {
        /* set <op> view: the view's reflected comparison. */
        static const CmpOp swapped[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};
        Value t = a;
        a = b;
        b = t;
        op = swapped[op];
    }
    if (!is_setview(a) || (!IS_ANYSET(b) && !is_setview(b))) {
        return NULLV;
    }
    int64_t la = ((DictView *)AS_OBJ(a))->dict->used;
    int64_t lb = IS_ANYSET(b) ? AS_SET(b)->used : ((DictView *)AS_OBJ(b))->dict->used;
    bool ok = false;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        if (la == lb) {
            ok = all_contained_in(vm, a, b);
        }
        if (op == CMP_NE) {
            ok = !ok;
        }
        break;
    case CMP_LT:
        ok = la < lb && all_contained_in(vm, a, b);
        break;
    case CMP_LE:
        ok = la <= lb && all_contained_in(vm, a, b);
        break;
    case CMP_GT:
        ok = la > lb && all_contained_in(vm, b, a);
        break;
    default:
        ok = la >= lb && all_contained_in(vm, b, a);
        break;
    }
    return mk_bool(ok);
}

bool spy_dictview_isdisjoint(VM *vm, Value self, Value other)
{
    DictView *dv = (DictView *)AS_OBJ(self);
    if (IS_OBJ(other) && AS_OBJ(other) == &dv->hdr) {
        return dv->dict->used == 0;
    }
    Value container = self;
    if (IS_ANYSET(other) || is_setview(other)) {
        int64_t lo = IS_ANYSET(other) ? AS_SET(other)->used
                                      : ((DictView *)AS_OBJ(other))->dict->used;
        if (lo > dv->dict->used) {
            container = other;
            other = self;
        }
    }
    Value it = spy_iter(vm, other);
    Value x;
    while (spy_next(vm, it, &x)) {
        spy_charge(vm, 1);
        bool in = IS_ANYSET(container)
                      ? spy_set_contains(vm, AS_SET(container), x)
                      : view_contains(vm, (DictView *)AS_OBJ(container), x);
        if (in) {
            return false;
        }
    }
    return true;
}

/* ================================================================ operators */

Value spy_set_binop(VM *vm, BinOp op, Value a, Value b)
{
    int iop = (int)op;
    bool inplace = (iop & BO_INPLACE) != 0;
    int bop = iop & ~BO_INPLACE;
    if (bop != BO_OR && bop != BO_AND && bop != BO_SUB && bop != BO_XOR) {
        return NULLV;
    }
    if (IS_ANYSET(a) && IS_ANYSET(b)) {
        Set *s = AS_SET(a);
        if (inplace && IS_KIND(a, K_SET)) {
            switch (bop) {
            case BO_OR:
                set_update_internal(vm, s, b);
                break;
            case BO_AND: {
                Set *t = set_intersection(vm, s, b);
                swap_bodies(s, t);
                break;
            }
            case BO_SUB:
                set_difference_update_internal(vm, s, b);
                break;
            default:
                set_symmetric_difference_update(vm, s, b);
                break;
            }
            return a;
        }
        switch (bop) {
        case BO_OR:
            return mk_obj(set_union(vm, s, b));
        case BO_AND:
            return mk_obj(set_intersection(vm, s, b));
        case BO_SUB:
            return mk_obj(set_difference(vm, s, b));
        default:
            return mk_obj(set_symmetric_difference(vm, s, b));
        }
    }
    if (is_setview(a) || is_setview(b)) {
        return view_binop(vm, bop, a, b);
    }
    return NULLV;
}

/* ================================================================ repr */

Str *spy_set_repr(VM *vm, Set *s)
{
    TypeObj *t = s->hdr.type;
    bool exact_set = t == vm->t_set;
    if (s->used == 0) {
        StrBuf sb;
        spy_sb_init(vm, &sb);
        spy_sb_add_str(vm, &sb, t->name);
        spy_sb_add(vm, &sb, "()", 2);
        return spy_sb_finish(vm, &sb);
    }
    StrBuf sb;
    spy_sb_init(vm, &sb);
    if (spy_ct_repr_enter(vm, &s->hdr)) {
        spy_sb_add_str(vm, &sb, t->name);
        spy_sb_add(vm, &sb, "(...)", 5);
        return spy_sb_finish(vm, &sb);
    }
    spy_enter_c(vm, " while getting the repr of an object");
    /* Snapshot the keys first: a user __repr__ may mutate the set. */
    List *keys = spy_list_new(vm, s->used);
    int64_t pos = 0;
    Value k;
    while (spy_set_next(s, &pos, &k)) {
        spy_list_append(vm, keys, k);
    }
    if (!exact_set) {
        spy_sb_add_str(vm, &sb, t->name);
        spy_sb_add(vm, &sb, "(", 1);
    }
    spy_sb_add(vm, &sb, "{", 1);
    for (int64_t i = 0; i < keys->len; i++) {
        if (i > 0) {
            spy_sb_add(vm, &sb, ", ", 2);
        }
        spy_charge(vm, 1);
        spy_sb_add_str(vm, &sb, spy_repr(vm, keys->items[i]));
    }
    spy_sb_add(vm, &sb, "}", 1);
    if (!exact_set) {
        spy_sb_add(vm, &sb, ")", 1);
    }
    spy_leave_c(vm);
    spy_ct_repr_leave(vm);
    return spy_sb_finish(vm, &sb);
}

/* ================================================================ methods */

/* Shared bodies; `tn` is the type name for messages ("set" or "frozenset"). */

static Value do_copy(VM *vm, int nargs, Value *args, Tuple *kw, ObjKind k, const char *tn)
{
    spy_ct_self(vm, nargs, args, k, tn, "copy");
    spy_ct_noargs(vm, tn, "copy", nargs, kw);
    Set *s = AS_SET(args[0]);
    if (k == K_FROZENSET && s->hdr.type == vm->t_frozenset) {
        return args[0];
    }
    return mk_obj(set_copy(vm, s));
}

static Value do_union(VM *vm, int nargs, Value *args, Tuple *kw, ObjKind k, const char *tn)
{
    spy_ct_self(vm, nargs, args, k, tn, "union");
    spy_ct_nokw(vm, "union()", kw);
    Set *s = AS_SET(args[0]);
    Set *r = set_copy(vm, s);
    for (int i = 1; i < nargs; i++) {
        if (IS_OBJ(args[i]) && AS_OBJ(args[i]) == &s->hdr) {
            continue;
        }
        set_update_internal(vm, r, args[i]);
    }
    return mk_obj(r);
}

static Set *intersection_multi(VM *vm, Set *s, int n, Value *others)
{
    if (n == 0) {
        return set_copy(vm, s);
    }
    Set *r = s;
    for (int i = 0; i < n; i++) {
        r = set_intersection(vm, r, others[i]);
    }
    return r;
}

static Value do_intersection(VM *vm, int nargs, Value *args, Tuple *kw, ObjKind k,
                             const char *tn)
{
    spy_ct_self(vm, nargs, args, k, tn, "intersection");
    spy_ct_nokw(vm, "intersection()", kw);
    return mk_obj(intersection_multi(vm, AS_SET(args[0]), nargs - 1, args + 1));
}

static Value do_difference(VM *vm, int nargs, Value *args, Tuple *kw, ObjKind k,
                           const char *tn)
{
    spy_ct_self(vm, nargs, args, k, tn, "difference");
    spy_ct_nokw(vm, "difference()", kw);
    Set *s = AS_SET(args[0]);
    if (nargs == 1) {
        return mk_obj(set_copy(vm, s));
    }
    Set *r = set_difference(vm, s, args[1]);
    for (int i = 2; i < nargs; i++) {
        set_difference_update_internal(vm, r, args[i]);
    }
    return mk_obj(r);
}

static Value do_symdiff(VM *vm, int nargs, Value *args, Tuple *kw, ObjKind k, const char *tn)
{
    spy_ct_self(vm, nargs, args, k, tn, "symmetric_difference");
    spy_ct_onearg(vm, tn, "symmetric_difference", nargs, kw);
    return mk_obj(set_symmetric_difference(vm, AS_SET(args[0]), args[1]));
}

static Value do_isdisjoint(VM *vm, int nargs, Value *args, Tuple *kw, ObjKind k,
                           const char *tn)
{
    spy_ct_self(vm, nargs, args, k, tn, "isdisjoint");
    spy_ct_onearg(vm, tn, "isdisjoint", nargs, kw);
    return mk_bool(set_isdisjoint(vm, AS_SET(args[0]), args[1]));
}

static Value do_issubset(VM *vm, int nargs, Value *args, Tuple *kw, ObjKind k, const char *tn)
{
    spy_ct_self(vm, nargs, args, k, tn, "issubset");
    spy_ct_onearg(vm, tn, "issubset", nargs, kw);
    return mk_bool(set_issubset(vm, AS_SET(args[0]), args[1]));
}

static Value do_issuperset(VM *vm, int nargs, Value *args, Tuple *kw, ObjKind k,
                           const char *tn)
{
    spy_ct_self(vm, nargs, args, k, tn, "issuperset");
    spy_ct_onearg(vm, tn, "issuperset", nargs, kw);
    return mk_bool(set_issuperset(vm, AS_SET(args[0]), args[1]));
}

static Value do_contains(VM *vm, int nargs, Value *args, Tuple *kw, ObjKind k,
                         const char *tn)
{
    spy_ct_self(vm, nargs, args, k, tn, "__contains__");
    spy_ct_onearg(vm, tn, "__contains__", nargs, kw);
    return mk_bool(spy_set_contains(vm, AS_SET(args[0]), args[1]));
}

static Value do_len(VM *vm, int nargs, Value *args, Tuple *kw, ObjKind k, const char *tn)
{
    spy_ct_self(vm, nargs, args, k, tn, "__len__");
    spy_ct_noargs(vm, tn, "__len__", nargs, kw);
    return mk_int(AS_SET(args[0])->used);
}

#define BOTH(name)                                                                   \
    static Value s_##name(VM *vm, int nargs, Value *args, Tuple *kw)                 \
    {                                                                                \
        return do_##name(vm, nargs, args, kw, K_SET, "set");                         \
    }                                                                                \
    static Value f_##name(VM *vm, int nargs, Value *args, Tuple *kw)                 \
    {                                                                                \
        return do_##name(vm, nargs, args, kw, K_FROZENSET, "frozenset");             \
    }

BOTH(copy)
BOTH(union)
BOTH(intersection)
BOTH(difference)
BOTH(symdiff)
BOTH(isdisjoint)
BOTH(issubset)
BOTH(issuperset)
BOTH(contains)
BOTH(len)

#define SELF(name) spy_ct_self(vm, nargs, args, K_SET, "set", name)

static Value m_add(VM *vm, int nargs, Value *args, Tuple *kw)
{
    SELF("add");
    spy_ct_onearg(vm, "set", "add", nargs, kw);
    spy_set_add(vm, AS_SET(args[0]), args[1]);
    return NONEV;
}

static Value m_clear(VM *vm, int nargs, Value *args, Tuple *kw)
{
    SELF("clear");
    spy_ct_noargs(vm, "set", "clear", nargs, kw);
    set_clear_table(vm, AS_SET(args[0]));
    return NONEV;
}

static Value m_discard(VM *vm, int nargs, Value *args, Tuple *kw)
{
    SELF("discard");
    spy_ct_onearg(vm, "set", "discard", nargs, kw);
    spy_set_discard(vm, AS_SET(args[0]), args[1]);
    return NONEV;
}

static Value m_remove(VM *vm, int nargs, Value *args, Tuple *kw)
{
    SELF("remove");
    spy_ct_onearg(vm, "set", "remove", nargs, kw);
    if (!spy_set_discard(vm, AS_SET(args[0]), args[1])) {
        spy_raise_keyerror(vm, args[1]);
    }
    return NONEV;
}

static Value m_pop(VM *vm, int nargs, Value *args, Tuple *kw)
{
    SELF("pop");
    spy_ct_noargs(vm, "set", "pop", nargs, kw);
    Set *s = AS_SET(args[0]);
    if (s->used == 0) {
        spy_raise(vm, EXC(vm, KeyError), "pop from an empty set");
    }
    int64_t i = s->finger & s->mask;
    while (IS_NULL(s->table[i].key)) {
        i++;
        if (i > s->mask) {
            i = 0;
        }
    }
    Value key = s->table[i].key;
    s->table[i].key = NULLV;
    s->table[i].hash = -1;
    s->used--;
    s->finger = i + 1;
    return key;
}

static Value m_update(VM *vm, int nargs, Value *args, Tuple *kw)
{
    SELF("update");
    spy_ct_nokw(vm, "update()", kw);
    for (int i = 1; i < nargs; i++) {
        set_update_internal(vm, AS_SET(args[0]), args[i]);
    }
    return NONEV;
}

static Value m_intersection_update(VM *vm, int nargs, Value *args, Tuple *kw)
{
    SELF("intersection_update");
    spy_ct_nokw(vm, "intersection_update()", kw);
    Set *s = AS_SET(args[0]);
    Set *t = intersection_multi(vm, s, nargs - 1, args + 1);
    swap_bodies(s, t);
    return NONEV;
}

static Value m_difference_update(VM *vm, int nargs, Value *args, Tuple *kw)
{
    SELF("difference_update");
    spy_ct_nokw(vm, "difference_update()", kw);
    for (int i = 1; i < nargs; i++) {
        set_difference_update_internal(vm, AS_SET(args[0]), args[i]);
    }
    return NONEV;
}

static Value m_symmetric_difference_update(VM *vm, int nargs, Value *args, Tuple *kw)
{
    SELF("symmetric_difference_update");
    spy_ct_onearg(vm, "set", "symmetric_difference_update", nargs, kw);
    set_symmetric_difference_update(vm, AS_SET(args[0]), args[1]);
    return NONEV;
}

const MethodDef spy_set_methods[] = {
    {"add", m_add, 0},
    {"clear", m_clear, 0},
    {"copy", s_copy, 0},
    {"difference", s_difference, 0},
    {"difference_update", m_difference_update, 0},
    {"discard", m_discard, 0},
    {"intersection", s_intersection, 0},
    {"intersection_update", m_intersection_update, 0},
    {"isdisjoint", s_isdisjoint, 0},
    {"issubset", s_issubset, 0},
    {"issuperset", s_issuperset, 0},
    {"pop", m_pop, 0},
    {"remove", m_remove, 0},
    {"symmetric_difference", s_symdiff, 0},
    {"symmetric_difference_update", m_symmetric_difference_update, 0},
    {"union", s_union, 0},
    {"update", m_update, 0},
    {"__contains__", s_contains, 0},
    {"__len__", s_len, 0},
    {NULL, NULL, 0},
};

const MethodDef spy_frozenset_methods[] = {
    {"copy", f_copy, 0},
    {"difference", f_difference, 0},
    {"intersection", f_intersection, 0},
    {"isdisjoint", f_isdisjoint, 0},
    {"issubset", f_issubset, 0},
    {"issuperset", f_issuperset, 0},
    {"symmetric_difference", f_symdiff, 0},
    {"union", f_union, 0},
    {"__contains__", f_contains, 0},
    {"__len__", f_len, 0},
    {NULL, NULL, 0},
};

/* ================================================================ constructors */

Value spy_set_ctor(VM *vm, TypeObj *t, int nargs, Value *args, Tuple *kwnames)
{
    spy_ct_nokw(vm, "set()", kwnames);
    if (nargs > 1) {
        spy_raise(vm, EXC(vm, TypeError), "set expected at most 1 argument, got %d", nargs);
    }
    Set *s = spy_set_from(vm, nargs ? args[0] : NULLV, false);
    s->hdr.type = t;
    return mk_obj(s);
}

Value spy_frozenset_ctor(VM *vm, TypeObj *t, int nargs, Value *args, Tuple *kwnames)
{
    spy_ct_nokw(vm, "frozenset()", kwnames);
    if (nargs > 1) {
        spy_raise(vm, EXC(vm, TypeError), "frozenset expected at most 1 argument, got %d",
                  nargs);
    }
    if (nargs == 1 && t == vm->t_frozenset && IS_KIND(args[0], K_FROZENSET) &&
        AS_OBJ(args[0])->type == vm->t_frozenset) {
        return args[0];
    }
    Set *s = spy_set_from(vm, nargs ? args[0] : NULLV, true);
    s->hdr.type = t;
    return mk_obj(s);
}
