/* containers.h: helpers shared by the container files only (list.c, tuple.c, dict.c,
 * set.c, range.c, iter.c).  The VM-wide container contract is in vm.h; nothing outside
 * these six files should include this header.
 * Argument checkers reproduce CPython's three message styles exactly (METH_NOARGS,
 * METH_O and Argument Clinic), since programs print these messages. */
#ifndef SPY_CONTAINERS_H
#define SPY_CONTAINERS_H

#include "vm.h"

/* Checks self (args[0]) of a method of type `tname` whose layout is `kind`:
 * "unbound method list.append() needs an argument" / "descriptor 'append' for 'list'
 * objects doesn't apply to a 'int' object". */
void spy_ct_self(VM *vm, int nargs, Value *args, ObjKind kind, const char *tname,
                 const char *mname);
/* METH_NOARGS: "list.copy() takes no arguments (1 given)".  nargs includes self. */
void spy_ct_noargs(VM *vm, const char *tname, const char *mname, int nargs, Tuple *kw);
/* METH_O: "list.append() takes exactly one argument (0 given)".  nargs includes self. */
void spy_ct_onearg(VM *vm, const char *tname, const char *mname, int nargs, Tuple *kw);
/* Argument Clinic positional-only: "index expected at least 1 argument, got 0",
 * "insert expected 2 arguments, got 1"; keywords: "list.index() takes no keyword
 * arguments".  nargs includes self; min/max exclude it. */
void spy_ct_clinic(VM *vm, const char *tname, const char *mname, int nargs, Tuple *kw,
                   int min, int max);
/* Rejects keyword arguments with "<what> takes no keyword arguments" (what e.g. "list()"). */
void spy_ct_nokw(VM *vm, const char *what, Tuple *kw);

/* Whether v is a user instance whose class defines __index__. */
bool spy_ct_has_index(VM *vm, Value v);
/* Sequence index: int/bool/BigInt/__index__ into int64 (BigInt: IndexError "cannot fit
 * 'int' into an index-sized integer").  False if `key` is not index-like at all. */
bool spy_ct_index(VM *vm, Value key, int64_t *out);
/* Clamped index for start/stop arguments of index()/count-like methods (CPython's
 * _PyEval_SliceIndexNotNone): "slice indices must be integers or have an __index__ method". */
int64_t spy_ct_slice_index(VM *vm, Value v);

/* repr cycle guard.  Enter returns true when `o` is already being repr'd (print "[...]"
 * and do NOT call leave); false when entered (call leave afterwards).  Entries left behind
 * by an exception are discarded by the next enter at the same or lower C depth. */
bool spy_ct_repr_enter(VM *vm, Obj *o);
void spy_ct_repr_leave(VM *vm);

/* Re-raises what a failed spy_pcall caught (exception or limit). */
SPY_NORETURN void spy_ct_rethrow(VM *vm);

/* Items of a list or tuple (pointer valid until Python code runs), NULL otherwise. */
Value *spy_ct_items(Value v, int64_t *n);

/* Dict lookup with a known hash; VT_NULL when absent. */
Value spy_dict_get_hashed(VM *vm, Dict *d, Value key, int64_t hash);
/* Sets d[key] = v with a known hash. */
void spy_dict_set_hashed(VM *vm, Dict *d, Value key, int64_t hash, Value v);
/* Hash of entry number `pos` (from spy_dict_next's numbering). */
int64_t spy_dict_entry_hash(Dict *d, int64_t pos);
/* A new dict_keys/values/items view. */
Value spy_dictview_new(VM *vm, Dict *d, ViewKind kind);

/* Set internals. */
void spy_set_add_hashed(VM *vm, Set *s, Value key, int64_t hash);
bool spy_set_contains_hashed(VM *vm, Set *s, Value key, int64_t hash);
/* set(iterable) (VT_NULL: empty) of the given kind, with CPython's update algorithm. */
Set *spy_set_from(VM *vm, Value iterable, bool frozen);
/* keys/items view isdisjoint(other). */
bool spy_dictview_isdisjoint(VM *vm, Value self, Value other);

/* Slices (range.c): PySlice_Unpack (None -> defaults, ints clamped into int64, "slice step
 * cannot be zero") and PySlice_AdjustIndices (never throws; returns the item count). */
void spy_slice_unpack(VM *vm, Slice *s, int64_t *start, int64_t *stop, int64_t *step);
int64_t spy_slice_adjust(int64_t len, int64_t *start, int64_t *stop, int64_t step);

/* int argument via __index__ into int64: OverflowError "Python int too large to convert
 * to C ssize_t" (list.pop/insert). */
int64_t spy_ct_ssize(VM *vm, Value v);
/* Whether iter(v) would succeed (for CPython's "can only assign an iterable"-style
 * messages that replace "not iterable"). */
bool spy_ct_iterable(VM *vm, Value v);

/* Step charge for copying n items: one step per 64. */
SPY_INLINE void spy_ct_charge_copy(VM *vm, int64_t n)
{
    spy_charge(vm, 1 + (n >> 6));
}

#endif
