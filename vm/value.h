/* value.h: the tagged value every part of the VM passes around.
 *
 * A `Value` is 16 bytes: a tag and a payload.  None, bool, int (when it fits in int64) and
 * float are unboxed; everything else is a pointer to a heap object (`Obj`, see object.h).
 * Invariant: an int whose value fits in int64 is ALWAYS a VT_INT, never a BigInt object,
 * so equality and hashing of ints never need to look at both forms.
 * VT_NULL is not a Python value: it marks an unbound local, an empty slot, "no argument",
 * or the NULL pushed before a call's arguments (see opcodes.h). */
#ifndef SPY_VALUE_H
#define SPY_VALUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "spyconf.h"

typedef struct Obj Obj;

typedef enum ValueTag {
    VT_NULL = 0, /* not a Python value (see above); zero so calloc'd memory is all NULL */
    VT_NONE,
    VT_BOOL,     /* u.i is 0 or 1 */
    VT_INT,      /* u.i */
    VT_FLOAT,    /* u.f */
    VT_OBJ,      /* u.o, never NULL */
} ValueTag;

typedef struct Value {
    uint64_t tag;
    union {
        int64_t i;
        double f;
        Obj *o;
    } u;
} Value;

_Static_assert(sizeof(Value) == 16, "Value must stay 16 bytes");

#define IS_NULL(v)   ((v).tag == VT_NULL)
#define IS_NONE(v)   ((v).tag == VT_NONE)
#define IS_BOOL(v)   ((v).tag == VT_BOOL)
#define IS_INT(v)    ((v).tag == VT_INT)
#define IS_FLOAT(v)  ((v).tag == VT_FLOAT)
#define IS_OBJ(v)    ((v).tag == VT_OBJ)
/* int or bool: both behave as small ints in arithmetic (bool subclasses int). */
#define IS_SMALLINT_LIKE(v) ((v).tag == VT_INT || (v).tag == VT_BOOL)

#define AS_INT(v)    ((v).u.i)
#define AS_BOOL(v)   ((v).u.i != 0)
#define AS_FLOAT(v)  ((v).u.f)
#define AS_OBJ(v)    ((v).u.o)

SPY_INLINE Value mk_null(void) { Value v; v.tag = VT_NULL; v.u.i = 0; return v; }
SPY_INLINE Value mk_none(void) { Value v; v.tag = VT_NONE; v.u.i = 0; return v; }
SPY_INLINE Value mk_bool(bool b) { Value v; v.tag = VT_BOOL; v.u.i = b ? 1 : 0; return v; }
SPY_INLINE Value mk_int(int64_t i) { Value v; v.tag = VT_INT; v.u.i = i; return v; }
SPY_INLINE Value mk_float(double f) { Value v; v.tag = VT_FLOAT; v.u.f = f; return v; }
SPY_INLINE Value mk_obj(void *o) { Value v; v.tag = VT_OBJ; v.u.o = (Obj *)o; return v; }

#define NULLV  mk_null()
#define NONEV  mk_none()
#define TRUEV  mk_bool(true)
#define FALSEV mk_bool(false)

/* Copies n values (n may be 0 with NULL pointers, which memcpy does not allow). */
SPY_INLINE void spy_copy_values(Value *dst, const Value *src, int64_t n)
{
    if (n > 0) {
        __builtin_memcpy(dst, src, (size_t)n * sizeof(Value));
    }
}

/* Identity (Python `is`) for values: same tag and same payload bits. */
SPY_INLINE bool spy_is(Value a, Value b)
{
    return a.tag == b.tag && a.u.i == b.u.i;
}

#endif
