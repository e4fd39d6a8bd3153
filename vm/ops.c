/* ops.c: the abstract object protocols (repr, str, hash, equality, comparison, arithmetic,
 * items, attributes, iteration) dispatched on a value's tag and object kind.
 *
 * The dispatch loop has its own fast paths for the hottest cases (small ints, floats,
 * list indexing); everything else comes here.  Per-type work lives in the type's file;
 * this file only routes and produces CPython's TypeError messages for unsupported pairs.
 * User classes (issue 4) will add a dunder-lookup branch to each protocol. */
#include <string.h>

#include "gen.h"
#include "vm.h"

/* ================================================================ types and names */

TypeObj *spy_typeof(VM *vm, Value v)
{
    switch (v.tag) {
    case VT_NONE:
        return vm->t_none;
    case VT_BOOL:
        return vm->t_bool;
    case VT_INT:
        return vm->t_int;
    case VT_FLOAT:
        return vm->t_float;
    case VT_OBJ:
        return v.u.o->type;
    default:
        return vm->t_internal;
    }
}

const char *spy_type_name(VM *vm, Value v)
{
    int64_t n;
    return spy_str_utf8(vm, spy_typeof(vm, v)->name, &n);
}

bool spy_isinstance(VM *vm, Value v, TypeObj *t)
{
    return spy_type_is_subtype(spy_typeof(vm, v), t);
}

/* Deterministic identity: objects carry an allocation serial (Obj.spare2) so that id()
 * and default reprs are the same from run to run (no ASLR addresses leak out). */
uint64_t spy_id(VM *vm, Value v)
{
    switch (v.tag) {
    case VT_OBJ:
        return 0x7f0000000000ull + ((uint64_t)v.u.o->spare2 << 4);
    case VT_NONE:
        return 0x7e0000001000ull;
    case VT_BOOL:
        return 0x7e0000002000ull + (uint64_t)v.u.i * 32;
    default:
        /* Unboxed numbers: derived from the value, as small ints are cached in CPython. */
        return 0x7d0000000000ull + (((uint64_t)v.u.i * 0x9E3779B97F4A7C15ull) >> 20 << 4);
    }
}

/* ================================================================ user classes */

#define HEAP(v) (IS_OBJ(v) && (AS_OBJ(v)->type->tflags & TF_HEAPTYPE))

static bool is_notimpl(VM *vm, Value v)
{
    return IS_OBJ(v) && AS_OBJ(v) == (Obj *)vm->notimpl;
}

Str *spy_default_repr(VM *vm, Value v)
{
    TypeObj *t = spy_typeof(vm, v);
    char buf[64];
    snprintf(buf, sizeof buf, " object at 0x%012llx>", (unsigned long long)spy_id(vm, v));
    StrBuf sb;
    spy_sb_init(vm, &sb);
    spy_sb_add_cstr(vm, &sb, "<");
    if (IS_STR(t->module) && !spy_str_eq_cstr(AS_STR(t->module), "builtins")) {
        spy_sb_add_str(vm, &sb, AS_STR(t->module));
        spy_sb_add_cstr(vm, &sb, ".");
    }
    spy_sb_add_str(vm, &sb, t->qualname ? t->qualname : t->name);
    spy_sb_add_cstr(vm, &sb, buf);
    return spy_sb_finish(vm, &sb);
}

/* Calls a user __repr__/__str__ (bounded C recursion) and checks it returned a str. */
static Str *user_str_call(VM *vm, Value v, int dn, Value f)
{
    /* The call itself counts one level of C recursion (spy_vm_call_function). */
    Value r = spy_call_method_value(vm, f, v, 0, NULL);
    if (!IS_STR(r)) {
        spy_raise(vm, EXC(vm, TypeError), "%s returned non-string (type %T)",
                  dn == DN_REPR ? "__repr__" : "__str__", r);
    }
    return AS_STR(r);
}

/* a <op> b for user classes: the reflected method of a right operand whose class is a
 * subclass of the left's goes first; NotImplemented passes on.  VT_NULL when nothing
 * handled it. */
static Value user_binop(VM *vm, int op, Value a, Value b)
{
    bool inplace = (op & BO_INPLACE) != 0;
    int bop = op & ~BO_INPLACE;
    TypeObj *ta = spy_typeof(vm, a), *tb = spy_typeof(vm, b);
    if (inplace) {
        Value r = spy_call_dunder(vm, a, DN_IADD + bop, 1, &b);
        if (!IS_NULL(r) && !is_notimpl(vm, r)) {
            return r;
        }
    }
    Value fa = spy_user_dunder(vm, ta, DN_ADD + bop);
    Value fb = ta != tb ? spy_user_dunder(vm, tb, DN_RADD + bop) : NULLV;
    if (IS_NONE(fa)) {
        fa = NULLV;
    }
    if (IS_NONE(fb)) {
        fb = NULLV;
    }
    if (!IS_NULL(fb) && spy_type_is_subtype(tb, ta)) {
        Value r = spy_call_method_value(vm, fb, b, 1, &a);
        if (!is_notimpl(vm, r)) {
            return r;
        }
        fb = NULLV;
    }
    if (!IS_NULL(fa)) {
        Value r = spy_call_method_value(vm, fa, a, 1, &b);
        if (!is_notimpl(vm, r)) {
            return r;
        }
    }
    if (!IS_NULL(fb)) {
        Value r = spy_call_method_value(vm, fb, b, 1, &a);
        if (!is_notimpl(vm, r)) {
            return r;
        }
    }
    return NULLV;
}

static const int cmp_reflect[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};

/* Rich comparison with user classes; VT_NULL when both sides said NotImplemented. */
static Value user_compare(VM *vm, CmpOp op, Value a, Value b)
{
    TypeObj *ta = spy_typeof(vm, a), *tb = spy_typeof(vm, b);
    Value fa = spy_user_dunder(vm, ta, DN_LT + op);
    Value fb = spy_user_dunder(vm, tb, DN_LT + cmp_reflect[op]);
    if (IS_NONE(fa)) {
        fa = NULLV;
    }
    if (IS_NONE(fb)) {
        fb = NULLV;
    }
    Value r = NULLV;
    if (!IS_NULL(fb) && ta != tb && spy_type_is_subtype(tb, ta)) {
        r = spy_call_method_value(vm, fb, b, 1, &a);
        if (is_notimpl(vm, r)) {
            r = NULLV;
        }
        fb = NULLV;
    }
    if (IS_NULL(r) && !IS_NULL(fa)) {
        r = spy_call_method_value(vm, fa, a, 1, &b);
        if (is_notimpl(vm, r)) {
            r = NULLV;
        }
    }
    if (IS_NULL(r) && !IS_NULL(fb)) {
        r = spy_call_method_value(vm, fb, b, 1, &a);
        if (is_notimpl(vm, r)) {
            r = NULLV;
        }
    }
    /* object.__ne__: the negation of __eq__ when that is user-defined. */
    if (IS_NULL(r) && op == CMP_NE) {
        Value ea = spy_user_dunder(vm, ta, DN_EQ);
        Value eb = spy_user_dunder(vm, tb, DN_EQ);
        Value e = NULLV;
        if (IS_OBJ(ea)) {
            e = spy_call_method_value(vm, ea, a, 1, &b);
            if (is_notimpl(vm, e)) {
                e = NULLV;
            }
        }
        if (IS_NULL(e) && IS_OBJ(eb)) {
            e = spy_call_method_value(vm, eb, b, 1, &a);
            if (is_notimpl(vm, e)) {
                e = NULLV;
            }
        }
        if (!IS_NULL(e)) {
            r = mk_bool(!spy_truthy(vm, e));
        }
    }
    return r;
}

typedef struct NextCall {
    Value f, it, result;
} NextCall;

static void next_call(VM *vm, void *ud)
{
    NextCall *n = ud;
    n->result = spy_call_method_value(vm, n->f, n->it, 0, NULL);
}

/* ================================================================ repr and str */

static Str *repr_addr(VM *vm, const char *pre, Str *name, const char *post, Value v)
{
    char buf[64];
    snprintf(buf, sizeof buf, " at 0x%012llx>", (unsigned long long)spy_id(vm, v));
    StrBuf sb;
    spy_sb_init(vm, &sb);
    spy_sb_add_cstr(vm, &sb, pre);
    if (name) {
        spy_sb_add_str(vm, &sb, name);
    }
    spy_sb_add_cstr(vm, &sb, post);
    spy_sb_add_cstr(vm, &sb, buf);
    return spy_sb_finish(vm, &sb);
}

static Str *type_repr(VM *vm, TypeObj *t)
{
    StrBuf sb;
    spy_sb_init(vm, &sb);
    spy_sb_add_cstr(vm, &sb, "<class '");
    if (IS_STR(t->module) && !spy_str_eq_cstr(AS_STR(t->module), "builtins")) {
        spy_sb_add_str(vm, &sb, AS_STR(t->module));
        spy_sb_add_cstr(vm, &sb, ".");
        spy_sb_add_str(vm, &sb, t->qualname ? t->qualname : t->name);
    } else {
        spy_sb_add_str(vm, &sb, t->name);
    }
    spy_sb_add_cstr(vm, &sb, "'>");
    return spy_sb_finish(vm, &sb);
}

static Str *dictview_repr(VM *vm, DictView *dv)
{
    if (vm->cdepth > SPY_MAX_C_DEPTH) {
        spy_raise(vm, EXC(vm, RecursionError),
                  "maximum recursion depth exceeded while getting the repr of an object");
    }
    List *items = spy_to_list(vm, mk_obj(dv));
    StrBuf sb;
    spy_sb_init(vm, &sb);
    spy_sb_add_str(vm, &sb, dv->hdr.type->name);
    spy_sb_add_cstr(vm, &sb, "(");
    spy_sb_add_str(vm, &sb, spy_list_repr(vm, items));
    spy_sb_add_cstr(vm, &sb, ")");
    return spy_sb_finish(vm, &sb);
}

Str *spy_repr(VM *vm, Value v)
{
    switch (v.tag) {
    case VT_NONE:
        return spy_str_intern_cstr(vm, "None");
    case VT_BOOL:
        return spy_str_intern_cstr(vm, v.u.i ? "True" : "False");
    case VT_INT:
        return spy_int_to_str(vm, v, 10);
    case VT_FLOAT:
        return spy_float_repr(vm, v.u.f);
    case VT_OBJ:
        break;
    default:
        return spy_str_cstr(vm, "<NULL>");
    }
    Obj *o = v.u.o;
    if (o->type->tflags & TF_HEAPTYPE) {
        Value f = spy_user_dunder(vm, o->type, DN_REPR);
        if (!IS_NULL(f)) {
            return user_str_call(vm, v, DN_REPR, f);
        }
        if (o->kind == K_INSTANCE) {
            return spy_default_repr(vm, v);
        }
    }
    switch ((ObjKind)o->kind) {
    case K_STR:
        return spy_str_repr(vm, (Str *)o);
    case K_BIGINT:
        return spy_int_to_str(vm, v, 10);
    case K_LIST:
        return spy_list_repr(vm, (List *)o);
    case K_TUPLE:
        return spy_tuple_repr(vm, (Tuple *)o);
    case K_DICT:
        return spy_dict_repr(vm, (Dict *)o);
    case K_SET:
    case K_FROZENSET:
        return spy_set_repr(vm, (Set *)o);
    case K_RANGE: {
        Range *r = (Range *)o;
        char buf[96];
        if (r->step == 1) {
            snprintf(buf, sizeof buf, "range(%lld, %lld)", (long long)r->start, (long long)r->stop);
        } else {
            snprintf(buf, sizeof buf, "range(%lld, %lld, %lld)", (long long)r->start,
                     (long long)r->stop, (long long)r->step);
        }
        return spy_str_cstr(vm, buf);
    }
    case K_SLICE: {
        Slice *s = (Slice *)o;
        StrBuf sb;
        spy_enter_c(vm, " while getting the repr of an object");
        spy_sb_init(vm, &sb);
        spy_sb_add_cstr(vm, &sb, "slice(");
        spy_sb_add_str(vm, &sb, spy_repr(vm, s->start));
        spy_sb_add_cstr(vm, &sb, ", ");
        spy_sb_add_str(vm, &sb, spy_repr(vm, s->stop));
        spy_sb_add_cstr(vm, &sb, ", ");
        spy_sb_add_str(vm, &sb, spy_repr(vm, s->step));
        spy_sb_add_cstr(vm, &sb, ")");
        spy_leave_c(vm);
        return spy_sb_finish(vm, &sb);
    }
    case K_TYPE:
        return type_repr(vm, (TypeObj *)o);
    case K_FUNC:
        return repr_addr(vm, "<function ", ((Func *)o)->qualname, "", v);
    case K_CFUNC: {
        CFunc *f = (CFunc *)o;
        if (!IS_NULL(f->self) && !(f->flags & CF_STATIC)) {
            StrBuf sb;
            spy_sb_init(vm, &sb);
            spy_sb_add_cstr(vm, &sb, "<built-in method ");
            spy_sb_add_cstr(vm, &sb, f->name);
            spy_sb_add_cstr(vm, &sb, " of ");
            spy_sb_add_str(vm, &sb, spy_typeof(vm, f->self)->name);
            Str *pre = spy_sb_finish(vm, &sb);
            return repr_addr(vm, "", pre, " object", f->self);
        }
        if (f->owner) {
            StrBuf sb;
            spy_sb_init(vm, &sb);
            spy_sb_add_cstr(vm, &sb, "<method '");
            spy_sb_add_cstr(vm, &sb, f->name);
            spy_sb_add_cstr(vm, &sb, "' of '");
            spy_sb_add_str(vm, &sb, f->owner->name);
            spy_sb_add_cstr(vm, &sb, "' objects>");
            return spy_sb_finish(vm, &sb);
        }
        StrBuf sb;
        spy_sb_init(vm, &sb);
        spy_sb_add_cstr(vm, &sb, "<built-in function ");
        spy_sb_add_cstr(vm, &sb, f->name);
        spy_sb_add_cstr(vm, &sb, ">");
        return spy_sb_finish(vm, &sb);
    }
    case K_MODULE: {
        StrBuf sb;
        spy_sb_init(vm, &sb);
        spy_sb_add_cstr(vm, &sb, "<module '");
        spy_sb_add_str(vm, &sb, ((Module *)o)->name);
        spy_sb_add_cstr(vm, &sb, "' (built-in)>");
        return spy_sb_finish(vm, &sb);
    }
    case K_EXC:
        return spy_exc_repr(vm, (ExcObj *)o);
    case K_DICTVIEW:
        return dictview_repr(vm, (DictView *)o);
    case K_SINGLETON:
        return spy_str_cstr(vm, ((Singleton *)o)->repr);
    case K_ALIAS:
        return spy_alias_repr(vm, (Alias *)o);
    case K_METHOD: {
        Method *m = (Method *)o;
        spy_enter_c(vm, " while getting the repr of an object");
        StrBuf sb;
        spy_sb_init(vm, &sb);
        spy_sb_add_cstr(vm, &sb, "<bound method ");
        Value qn = spy_getattr_opt(vm, m->func, vm->s.__qualname__);
        spy_sb_add_str(vm, &sb, IS_STR(qn) ? AS_STR(qn) : spy_str_cstr(vm, "?"));
        spy_sb_add_cstr(vm, &sb, " of ");
        spy_sb_add_str(vm, &sb, spy_repr(vm, m->self));
        spy_sb_add_cstr(vm, &sb, ">");
        spy_leave_c(vm);
        return spy_sb_finish(vm, &sb);
    }
    case K_INSTANCE:
        return spy_default_repr(vm, v);
    case K_GENERATOR:
        return spy_gen_repr(vm, (GenObj *)o);
    case K_MEMBER: {
        StrBuf sb;
        spy_sb_init(vm, &sb);
        spy_sb_add_cstr(vm, &sb, "<member '");
        spy_sb_add_str(vm, &sb, ((Member *)o)->name);
        spy_sb_add_cstr(vm, &sb, "' of '");
        spy_sb_add_str(vm, &sb, ((Member *)o)->owner->name);
        spy_sb_add_cstr(vm, &sb, "' objects>");
        return spy_sb_finish(vm, &sb);
    }
    default:
        return repr_addr(vm, "<", o->type->name, " object", v);
    }
}

Str *spy_str(VM *vm, Value v)
{
    if (IS_STR(v)) {
        return AS_STR(v);
    }
    if (HEAP(v)) {
        Value f = spy_type_lookup(vm, AS_OBJ(v)->type, vm->dn[DN_STR]);
        if (!IS_NULL(f) && !IS_KIND(f, K_CFUNC)) {
            return user_str_call(vm, v, DN_STR, f);
        }
        /* object.__str__ is repr(); a built-in base's __str__ (exceptions) is kept. */
        if (IS_KIND(f, K_CFUNC) && ((CFunc *)AS_OBJ(f))->owner == vm->t_object) {
            return spy_repr(vm, v);
        }
    }
    if (IS_KIND(v, K_EXC)) {
        return spy_exc_str(vm, (ExcObj *)AS_OBJ(v));
    }
    return spy_repr(vm, v);
}

Str *spy_ascii(VM *vm, Value v)
{
    Str *r = spy_repr(vm, v);
    if (r->ascii) {
        return r;
    }
    StrBuf sb;
    spy_sb_init(vm, &sb);
    for (int64_t i = 0; i < r->len; i++) {
        uint32_t c = str_char(r, i);
        char buf[16];
        if (c < 0x80) {
            buf[0] = (char)c;
            spy_sb_add(vm, &sb, buf, 1);
            continue;
        }
        if (c < 0x100) {
            snprintf(buf, sizeof buf, "\\x%02x", c);
        } else if (c < 0x10000) {
            snprintf(buf, sizeof buf, "\\u%04x", c);
        } else {
            snprintf(buf, sizeof buf, "\\U%08x", c);
        }
        spy_sb_add_cstr(vm, &sb, buf);
    }
    return spy_sb_finish(vm, &sb);
}

Str *spy_format(VM *vm, Value v, Str *spec)
{
    if (HEAP(v)) {
        TypeObj *t = AS_OBJ(v)->type;
        Value f = spy_user_dunder(vm, t, DN_FORMAT);
        if (!IS_NULL(f)) {
            Value a = mk_obj(spec);
            Value r = spy_call_method_value(vm, f, v, 1, &a);
            if (!IS_STR(r)) {
                spy_raise(vm, EXC(vm, TypeError), "__format__ must return a str, not %T", r);
            }
            return AS_STR(r);
        }
        if (AS_OBJ(v)->kind == K_INSTANCE || AS_OBJ(v)->kind == K_EXC || spec->len == 0) {
            if (spec->len > 0) {
                spy_raise(vm, EXC(vm, TypeError), "unsupported format string passed to %U.__format__",
                          t->qualname ? t->qualname : t->name);
            }
            return spy_str(vm, v);
        }
    }
    return spy_format_builtin(vm, v, spec);
}

/* ================================================================ hash, truth, equality */

int64_t spy_hash(VM *vm, Value v)
{
    switch (v.tag) {
    case VT_BOOL:
    case VT_INT:
        return spy_int_hash(v);
    case VT_FLOAT:
        return spy_float_hash(v.u.f);
    case VT_NONE:
        return 0x5a5a5a5;
    default:
        break;
    }
    Obj *o = v.u.o;
    if (o->type->tflags & TF_HEAPTYPE) {
        Value f = spy_type_lookup(vm, o->type, vm->dn[DN_HASH]);
        if (IS_NONE(f)) {
            spy_raise(vm, EXC(vm, TypeError), "unhashable type: '%N'", o->type);
        }
        if (!IS_NULL(f) && !IS_KIND(f, K_CFUNC)) {
            Value r = spy_call_method_value(vm, f, v, 0, NULL);
            if (!IS_ANYINT(r)) {
                spy_raise(vm, EXC(vm, TypeError), "__hash__ method should return an integer");
            }
            /* As CPython: a result that fits is used as is (-1 becomes -2); only a
             * larger int is reduced by int's own hash. */
            if (IS_SMALLINT_LIKE(r)) {
                return r.u.i == -1 ? -2 : r.u.i;
            }
            return spy_int_hash(r);
        }
    }
    switch ((ObjKind)o->kind) {
    case K_STR:
        return spy_str_hash((Str *)o);
    case K_BIGINT:
        return spy_int_hash(v);
    case K_TUPLE:
        return spy_tuple_hash(vm, (Tuple *)o);
    case K_FROZENSET:
        return spy_set_hash(vm, (Set *)o);
    case K_RANGE:
        return spy_range_hash(vm, (Range *)o);
    case K_LIST:
    case K_DICT:
    case K_SET:
    case K_SLICE:
    case K_DICTVIEW:
        spy_raise(vm, EXC(vm, TypeError), "unhashable type: '%N'", o->type);
    default: {
        /* Identity hash, as CPython's object.__hash__ (id >> 4). */
        int64_t h = (int64_t)(spy_id(vm, v) >> 4);
        return h == -1 ? -2 : h;
    }
    }
}

bool spy_truthy(VM *vm, Value v)
{
    switch (v.tag) {
    case VT_NONE:
        return false;
    case VT_BOOL:
    case VT_INT:
        return v.u.i != 0;
    case VT_FLOAT:
        return v.u.f != 0.0;
    case VT_OBJ:
        break;
    default:
        return false;
    }
    Obj *o = v.u.o;
    if (o->type->tflags & TF_HEAPTYPE) {
        Value f = spy_user_dunder(vm, o->type, DN_BOOL);
        if (!IS_NULL(f) && !IS_NONE(f)) {
            Value r = spy_call_method_value(vm, f, v, 0, NULL);
            if (!IS_BOOL(r)) {
                spy_raise(vm, EXC(vm, TypeError), "__bool__ should return bool, returned %T", r);
            }
            return r.u.i != 0;
        }
        if (!IS_NULL(spy_user_dunder(vm, o->type, DN_LEN))) {
            return spy_len(vm, v) != 0;
        }
    }
    switch ((ObjKind)o->kind) {
    case K_STR:
        return ((Str *)o)->len != 0;
    case K_BIGINT:
        return mpz_sgn(((BigInt *)o)->z) != 0;
    case K_LIST:
        return ((List *)o)->len != 0;
    case K_TUPLE:
        return ((Tuple *)o)->len != 0;
    case K_DICT:
        return ((Dict *)o)->used != 0;
    case K_SET:
    case K_FROZENSET:
        return ((Set *)o)->used != 0;
    case K_RANGE:
        return ((Range *)o)->len != 0;
    case K_DICTVIEW:
        return ((DictView *)o)->dict->used != 0;
    default:
        return true;
    }
}

static bool seq_items(Value v, Value **items, int64_t *n)
{
    if (IS_LIST(v)) {
        *items = AS_LIST(v)->items;
        *n = AS_LIST(v)->len;
        return true;
    }
    if (IS_TUPLE(v)) {
        *items = AS_TUPLE(v)->items;
        *n = AS_TUPLE(v)->len;
        return true;
    }
    return false;
}

static bool range_eq(Range *a, Range *b)
{
    if (a->len != b->len) {
        return false;
    }
    if (a->len == 0) {
        return true;
    }
    if (a->start != b->start) {
        return false;
    }
    return a->len == 1 || a->step == b->step;
}

bool spy_eq(VM *vm, Value a, Value b)
{
    if (spy_is(a, b)) {
        return true;
    }
    if (HEAP(a) || HEAP(b)) {
        return spy_truthy(vm, spy_compare(vm, CMP_EQ, a, b));
    }
    if (IS_NUMBER(a) && IS_NUMBER(b)) {
        return spy_num_eq(a, b);
    }
    if (!IS_OBJ(a) || !IS_OBJ(b)) {
        return false;
    }
    Obj *x = a.u.o, *y = b.u.o;
    if (x->kind == K_STR && y->kind == K_STR) {
        return spy_str_eq((Str *)x, (Str *)y);
    }
    return spy_truthy(vm, spy_compare(vm, CMP_EQ, a, b));
}

static const char *const cmp_symbols[] = {"<", "<=", "==", "!=", ">", ">="};

static bool cmp_result(CmpOp op, int c)
{
    switch (op) {
    case CMP_LT:
        return c < 0;
    case CMP_LE:
        return c <= 0;
    case CMP_EQ:
        return c == 0;
    case CMP_NE:
        return c != 0;
    case CMP_GT:
        return c > 0;
    default:
        return c >= 0;
    }
}

Value spy_compare(VM *vm, CmpOp op, Value a, Value b)
{
    if (HEAP(a) || HEAP(b)) {
        Value r = user_compare(vm, op, a, b);
        if (!IS_NULL(r)) {
            return r;
        }
        if (IS_NUMBER(a) && IS_NUMBER(b)) {
            return mk_bool(spy_num_compare(vm, op, a, b));
        }
        bool ua = HEAP(a) && AS_OBJ(a)->kind != K_INSTANCE && AS_OBJ(a)->kind != K_EXC;
        bool ub = HEAP(b) && AS_OBJ(b)->kind != K_INSTANCE && AS_OBJ(b)->kind != K_EXC;
        if (!ua && !ub) {
            goto fallback;
        }
    }
    if (IS_NUMBER(a) && IS_NUMBER(b)) {
        return mk_bool(spy_num_compare(vm, op, a, b));
    }
    if (IS_OBJ(a) && IS_OBJ(b)) {
        Obj *x = a.u.o, *y = b.u.o;
        if (x->kind == K_STR && y->kind == K_STR) {
            if (op == CMP_EQ || op == CMP_NE) {
                return mk_bool(spy_str_eq((Str *)x, (Str *)y) == (op == CMP_EQ));
            }
            return mk_bool(cmp_result(op, spy_str_cmp((Str *)x, (Str *)y)));
        }
        if (x->kind == K_LIST && y->kind == K_LIST) {
            return spy_list_compare(vm, op, (List *)x, (List *)y);
        }
        if (x->kind == K_TUPLE && y->kind == K_TUPLE) {
            Value *ia = NULL, *ib = NULL;
            int64_t na = 0, nb = 0;
            seq_items(a, &ia, &na);
            seq_items(b, &ib, &nb);
            return spy_seq_compare(vm, op, ia, na, ib, nb);
        }
        bool xs = x->kind == K_SET || x->kind == K_FROZENSET;
        bool ys = y->kind == K_SET || y->kind == K_FROZENSET;
        if (xs && ys) {
            return spy_set_compare(vm, op, (Set *)x, (Set *)y);
        }
        if (x->kind == K_DICT && y->kind == K_DICT && (op == CMP_EQ || op == CMP_NE)) {
            return mk_bool(spy_dict_eq(vm, (Dict *)x, (Dict *)y) == (op == CMP_EQ));
        }
        if (x->kind == K_METHOD && y->kind == K_METHOD && (op == CMP_EQ || op == CMP_NE)) {
            Method *ma = (Method *)x, *mb = (Method *)y;
            bool e = spy_is(ma->self, mb->self) && spy_eq(vm, ma->func, mb->func);
            return mk_bool(e == (op == CMP_EQ));
        }
        if (x->kind == K_SLICE && y->kind == K_SLICE) {
            return spy_slice_compare(vm, op, (Slice *)x, (Slice *)y);
        }
        if (x->kind == K_RANGE && y->kind == K_RANGE && (op == CMP_EQ || op == CMP_NE)) {
            return mk_bool(range_eq((Range *)x, (Range *)y) == (op == CMP_EQ));
        }
        if (x->kind == K_DICTVIEW || y->kind == K_DICTVIEW) {
            Value r = spy_dictview_compare(vm, op, a, b);
            if (!IS_NULL(r)) {
                return r;
            }
        }
    }
fallback:
    if (op == CMP_EQ) {
        return mk_bool(spy_is(a, b));
    }
    if (op == CMP_NE) {
        return mk_bool(!spy_is(a, b));
    }
    spy_raise(vm, EXC(vm, TypeError), "'%s' not supported between instances of '%T' and '%T'",
              cmp_symbols[op], a, b);
}

bool spy_lt(VM *vm, Value a, Value b)
{
    if (IS_INT(a) && IS_INT(b)) {
        return a.u.i < b.u.i;
    }
    if (IS_FLOAT(a) && IS_FLOAT(b)) {
        return a.u.f < b.u.f;
    }
    if (IS_STR(a) && IS_STR(b)) {
        return spy_str_cmp(AS_STR(a), AS_STR(b)) < 0;
    }
    return spy_truthy(vm, spy_compare(vm, CMP_LT, a, b));
}

/* ================================================================ arithmetic */

/* An instance of a user subclass of int used as a key or index: its plain int value. */
static Value plain_key(VM *vm, Value key)
{
    if (IS_BIGINT(key) && HEAP(key)) {
        return spy_int_from_mpz(vm, AS_BIGINT(key)->z);
    }
    return key;
}

static Value seq_repeat(VM *vm, Value seq, Value count)
{
    count = plain_key(vm, count);
    int64_t n;
    if (IS_BIGINT(count)) {
        if (mpz_sgn(AS_BIGINT(count)->z) < 0) {
            n = 0;
        } else {
            spy_raise(vm, EXC(vm, OverflowError),
                      "cannot fit 'int' into an index-sized integer");
        }
    } else {
        n = AS_INT(count);
    }
    if (n < 0) {
        n = 0;
    }
    if (IS_STR(seq)) {
        return mk_obj(spy_str_repeat(vm, AS_STR(seq), n));
    }
    Value *items = NULL;
    int64_t len = 0;
    seq_items(seq, &items, &len);
    if (len == 0) {
        n = 0;   /* repeating nothing is nothing, however large the count */
    }
    if (len > 0 && n > INT64_MAX / 16 / len) {
        spy_limit(vm, SPY_MEMORY_LIMIT);
    }
    int64_t total = len * n;
    spy_mem_precheck(vm, (double)total * sizeof(Value));
    spy_charge(vm, total / 32);
    if (IS_LIST(seq)) {
        List *r = spy_list_new(vm, total);
        for (int64_t i = 0; i < n; i++) {
            spy_copy_values(r->items + i * len, AS_LIST(seq)->items, len);
        }
        r->len = total;
        return mk_obj(r);
    }
    Tuple *r = spy_tuple_new(vm, total);
    for (int64_t i = 0; i < n; i++) {
        spy_copy_values(r->items + i * len, items, len);
    }
    return mk_obj(r);
}

static Value seq_concat(VM *vm, Value a, Value b)
{
    Value *ia = NULL, *ib = NULL;
    int64_t na = 0, nb = 0;
    seq_items(a, &ia, &na);
    seq_items(b, &ib, &nb);
    spy_charge(vm, (na + nb) / 32);
    if (IS_LIST(a)) {
        List *r = spy_list_new(vm, na + nb);
        spy_copy_values(r->items, AS_LIST(a)->items, na);
        spy_copy_values(r->items + na, AS_LIST(b)->items, nb);
        r->len = na + nb;
        return mk_obj(r);
    }
    Tuple *r = spy_tuple_new(vm, na + nb);
    spy_copy_values(r->items, ia, na);
    spy_copy_values(r->items + na, ib, nb);
    return mk_obj(r);
}

static const char *binop_sym(int op)
{
    static const char *const inplace[BO_COUNT] = {"+=", "-=", "*=", "@=", "/=", "//=", "%=",
                                                  "**=", "<<=", ">>=", "&=", "|=", "^="};
    if (op & BO_INPLACE) {
        return inplace[op & ~BO_INPLACE];
    }
    if (op == BO_POW) {
        return "** or pow()";   /* CPython's wording for both the operator and pow() */
    }
    return spy_binop_symbols[op];
}

void spy_binop_error(VM *vm, int op, Value a, Value b)
{
    spy_raise(vm, EXC(vm, TypeError), "unsupported operand type(s) for %s: '%T' and '%T'",
              binop_sym(op), a, b);
}

Value spy_binop(VM *vm, int op, Value a, Value b)
{
    bool inplace = (op & BO_INPLACE) != 0;
    BinOp bop = (BinOp)(op & ~BO_INPLACE);
    if (HEAP(a) || HEAP(b)) {
        Value u = user_binop(vm, op, a, b);
        if (!IS_NULL(u)) {
            return u;
        }
    }
    Value r = spy_num_binop(vm, bop, a, b);
    if (!IS_NULL(r)) {
        return r;
    }
    switch (bop) {
    case BO_ADD:
        if (IS_STR(a)) {
            if (IS_STR(b)) {
                return mk_obj(spy_str_concat(vm, AS_STR(a), AS_STR(b)));
            }
            spy_raise(vm, EXC(vm, TypeError), "can only concatenate str (not \"%T\") to str", b);
        }
        if (IS_LIST(a)) {
            if (inplace) {
                spy_list_extend(vm, AS_LIST(a), b);
                return a;
            }
            if (IS_LIST(b)) {
                return seq_concat(vm, a, b);
            }
            spy_raise(vm, EXC(vm, TypeError), "can only concatenate list (not \"%T\") to list", b);
        }
        if (IS_TUPLE(a)) {
            if (IS_TUPLE(b)) {
                return seq_concat(vm, a, b);
            }
            spy_raise(vm, EXC(vm, TypeError), "can only concatenate tuple (not \"%T\") to tuple",
                      b);
        }
        break;
    case BO_MUL: {
        bool aseq = IS_STR(a) || IS_LIST(a) || IS_TUPLE(a);
        bool bseq = IS_STR(b) || IS_LIST(b) || IS_TUPLE(b);
        /* A count with __index__ repeats a sequence. */
        if (aseq && HEAP(b) && IS_OBJ(spy_user_dunder(vm, AS_OBJ(b)->type, DN_INDEX))) {
            b = spy_index(vm, b);
        } else if (bseq && HEAP(a) && IS_OBJ(spy_user_dunder(vm, AS_OBJ(a)->type, DN_INDEX))) {
            a = spy_index(vm, a);
        }
        if (aseq && IS_ANYINT(b)) {
            if (inplace && IS_LIST(a)) {
                Value rep = seq_repeat(vm, a, b);
                List *l = AS_LIST(a);
                List *rl = AS_LIST(rep);
                Value *old = l->items;
                l->items = rl->items;
                l->len = rl->len;
                l->cap = rl->cap;
                rl->items = old;
                rl->len = 0;
                return a;
            }
            return seq_repeat(vm, a, b);
        }
        if (bseq && IS_ANYINT(a)) {
            return seq_repeat(vm, b, a);
        }
        if (aseq && !IS_NUMBER(b)) {
            spy_raise(vm, EXC(vm, TypeError), "can't multiply sequence by non-int of type '%T'", b);
        }
        if (bseq && !IS_NUMBER(a)) {
            spy_raise(vm, EXC(vm, TypeError), "can't multiply sequence by non-int of type '%T'", a);
        }
        if (aseq || bseq) {
            spy_raise(vm, EXC(vm, TypeError), "can't multiply sequence by non-int of type '%T'",
                      aseq ? b : a);
        }
        break;
    }
    case BO_MOD:
        if (IS_STR(a)) {
            return mk_obj(spy_str_mod(vm, AS_STR(a), b));
        }
        break;
    case BO_OR:
        if ((IS_KIND(a, K_TYPE) || IS_KIND(a, K_ALIAS) || IS_KIND(b, K_TYPE) ||
             IS_KIND(b, K_ALIAS)) && !inplace) {
            Value u = spy_alias_union(vm, a, b);
            if (!IS_NULL(u)) {
                return u;
            }
        }
        if (IS_DICT(a) && IS_DICT(b)) {
            if (inplace) {
                spy_dict_update(vm, AS_DICT(a), b);
                return a;
            }
            Dict *d = spy_dict_copy(vm, AS_DICT(a));
            spy_dict_update(vm, d, b);
            return mk_obj(d);
        }
        if (inplace && IS_DICT(a)) {
            spy_dict_update(vm, AS_DICT(a), b);
            return a;
        }
        /* fall through */
    case BO_AND:
    case BO_SUB:
    case BO_XOR: {
        if (inplace && IS_KIND(a, K_SET) && IS_ANYSET(b)) {
            Value res = spy_set_binop(vm, (int)bop | BO_INPLACE, a, b);
            if (!IS_NULL(res)) {
                return res;
            }
        }
        Value res = spy_set_binop(vm, bop, a, b);
        if (!IS_NULL(res)) {
            return res;
        }
        break;
    }
    default:
        break;
    }
    spy_raise(vm, EXC(vm, TypeError), "unsupported operand type(s) for %s: '%T' and '%T'",
              binop_sym(op), a, b);
}

Value spy_unop(VM *vm, UnOp op, Value a)
{
    if (op == UO_NOT) {
        return mk_bool(!spy_truthy(vm, a));
    }
    if (HEAP(a)) {
        static const int dn[] = {DN_NEG, DN_POS, DN_INVERT};
        Value r = spy_call_dunder(vm, a, dn[op], 0, NULL);
        if (!IS_NULL(r)) {
            return r;
        }
    }
    if (IS_ANYINT(a)) {
        switch (op) {
        case UO_NEG:
            return spy_int_neg(vm, a);
        case UO_POS:
            return IS_BOOL(a) ? mk_int(a.u.i) : a;
        default:
            return spy_int_invert(vm, a);
        }
    }
    if (IS_FLOAT(a)) {
        if (op == UO_NEG) {
            return mk_float(-a.u.f);
        }
        if (op == UO_POS) {
            return a;
        }
    }
    static const char *const sym[] = {"-", "+", "~"};
    spy_raise(vm, EXC(vm, TypeError), "bad operand type for unary %s: '%T'", sym[op], a);
}

/* ================================================================ items */

Value spy_getitem(VM *vm, Value obj, Value key)
{
    if (HEAP(obj)) {
        Value r = spy_call_dunder(vm, obj, DN_GETITEM, 1, &key);
        if (!IS_NULL(r)) {
            return r;
        }
        if (IS_DICT(obj)) {
            Value v = spy_dict_get(vm, AS_DICT(obj), key);
            if (IS_NULL(v)) {
                Value m = spy_call_dunder(vm, obj, DN_MISSING, 1, &key);
                if (!IS_NULL(m)) {
                    return m;
                }
                spy_raise_keyerror(vm, key);
            }
            return v;
        }
    }
    if (IS_OBJ(obj)) {
        if (!IS_DICT(obj)) {
            key = plain_key(vm, key);
        }
        switch ((ObjKind)AS_OBJ(obj)->kind) {
        case K_LIST:
            return spy_list_getitem(vm, AS_LIST(obj), key);
        case K_TUPLE:
            return spy_tuple_getitem(vm, AS_TUPLE(obj), key);
        case K_STR:
            return spy_str_getitem(vm, AS_STR(obj), key);
        case K_DICT: {
            Value v = spy_dict_get(vm, AS_DICT(obj), key);
            if (IS_NULL(v)) {
                spy_raise_keyerror(vm, key);
            }
            return v;
        }
        case K_RANGE:
            return spy_range_getitem(vm, (Range *)AS_OBJ(obj), key);
        case K_TYPE:
        case K_ALIAS: {
            if (IS_KIND(obj, K_TYPE) && (((TypeObj *)AS_OBJ(obj))->tflags & TF_HEAPTYPE)) {
                /* C[item]: __class_getitem__, implicitly a classmethod. */
                Value f = spy_type_lookup(vm, (TypeObj *)AS_OBJ(obj),
                                          spy_str_intern_cstr(vm, "__class_getitem__"));
                if (IS_KIND(f, K_FUNC)) {
                    Value a[2] = {obj, key};
                    return spy_call(vm, f, 2, a, NULL);
                }
                if (!IS_NULL(f)) {
                    return spy_call(vm, spy_bind(vm, f, NULLV, obj), 1, &key, NULL);
                }
            }
            Value r = spy_alias_getitem(vm, obj, key);
            if (!IS_NULL(r)) {
                return r;
            }
            if (IS_KIND(obj, K_TYPE)) {
                spy_raise(vm, EXC(vm, TypeError), "type '%N' is not subscriptable",
                          (TypeObj *)AS_OBJ(obj));
            }
            break;
        }
        default:
            break;
        }
    }
    spy_raise(vm, EXC(vm, TypeError), "'%T' object is not subscriptable", obj);
}

void spy_setitem(VM *vm, Value obj, Value key, Value v)
{
    if (HEAP(obj)) {
        Value a[2] = {key, v};
        if (!IS_NULL(spy_call_dunder(vm, obj, DN_SETITEM, 2, a))) {
            return;
        }
    }
    if (IS_LIST(obj)) {
        spy_list_setitem(vm, AS_LIST(obj), plain_key(vm, key), v);
        return;
    }
    if (IS_DICT(obj)) {
        spy_dict_set(vm, AS_DICT(obj), key, v);
        return;
    }
    spy_raise(vm, EXC(vm, TypeError), "'%T' object does not support item assignment", obj);
}

void spy_delitem(VM *vm, Value obj, Value key)
{
    if (HEAP(obj) && !IS_NULL(spy_call_dunder(vm, obj, DN_DELITEM, 1, &key))) {
        return;
    }
    if (IS_LIST(obj)) {
        spy_list_delitem(vm, AS_LIST(obj), plain_key(vm, key));
        return;
    }
    if (IS_DICT(obj)) {
        if (!spy_dict_del(vm, AS_DICT(obj), key)) {
            spy_raise_keyerror(vm, key);
        }
        return;
    }
    spy_raise(vm, EXC(vm, TypeError), "'%T' object doesn't support item deletion", obj);
}

static bool values_contain(VM *vm, Value *items, int64_t n, Value x)
{
    for (int64_t i = 0; i < n; i++) {
        if ((i & 63) == 63) {
            spy_charge(vm, 1);
        }
        if (spy_eq(vm, items[i], x)) {
            return true;
        }
    }
    return false;
}

bool spy_contains(VM *vm, Value c, Value x)
{
    if (HEAP(c)) {
        TypeObj *t = AS_OBJ(c)->type;
        Value f = spy_user_dunder(vm, t, DN_CONTAINS);
        if (!IS_NULL(f) && !IS_NONE(f)) {
            return spy_truthy(vm, spy_call_method_value(vm, f, c, 1, &x));
        }
        if (!IS_NULL(spy_user_dunder(vm, t, DN_ITER)) ||
            (AS_OBJ(c)->kind == K_INSTANCE && !IS_NULL(spy_user_dunder(vm, t, DN_GETITEM)))) {
            Value it = spy_iter(vm, c);
            Value item;
            while (spy_next(vm, it, &item)) {
                spy_charge(vm, 1);
                if (spy_eq(vm, item, x)) {
                    return true;
                }
            }
            return false;
        }
    }
    return spy_contains_builtin(vm, c, x);
}

bool spy_contains_builtin(VM *vm, Value c, Value x)
{
    if (IS_OBJ(c)) {
        Obj *o = AS_OBJ(c);
        switch ((ObjKind)o->kind) {
        case K_STR:
            if (!IS_STR(x)) {
                spy_raise(vm, EXC(vm, TypeError),
                          "'in <string>' requires string as left operand, not %T", x);
            }
            return spy_str_contains(vm, (Str *)o, AS_STR(x));
        case K_LIST:
            /* Re-read items each step: an __eq__ may mutate the list (issue 4). */
            for (int64_t i = 0; i < ((List *)o)->len; i++) {
                if ((i & 63) == 63) {
                    spy_charge(vm, 1);
                }
                if (spy_eq(vm, ((List *)o)->items[i], x)) {
                    return true;
                }
            }
            return false;
        case K_TUPLE:
            return values_contain(vm, ((Tuple *)o)->items, ((Tuple *)o)->len, x);
        case K_DICT:
            return !IS_NULL(spy_dict_get(vm, (Dict *)o, x));
        case K_SET:
        case K_FROZENSET:
            return spy_set_contains(vm, (Set *)o, x);
        case K_RANGE:
            return spy_range_contains(vm, (Range *)o, x);
        case K_DICTVIEW: {
            DictView *dv = (DictView *)o;
            if (dv->sub == VIEW_KEYS) {
                return !IS_NULL(spy_dict_get(vm, dv->dict, x));
            }
            if (dv->sub == VIEW_ITEMS) {
                if (!IS_TUPLE(x) || AS_TUPLE(x)->len != 2) {
                    return false;
                }
                Value v = spy_dict_get(vm, dv->dict, AS_TUPLE(x)->items[0]);
                return !IS_NULL(v) && spy_eq(vm, v, AS_TUPLE(x)->items[1]);
            }
            break;
        }
        default:
            break;
        }
    }
    /* Generic: iterate. */
    if (IS_OBJ(c) && (AS_OBJ(c)->kind == K_ITER || AS_OBJ(c)->kind == K_DICTVIEW ||
                      AS_OBJ(c)->kind == K_RANGE || AS_OBJ(c)->kind == K_GENERATOR)) {
        Value it = spy_iter(vm, c);
        Value item;
        while (spy_next(vm, it, &item)) {
            spy_charge(vm, 1);
            if (spy_eq(vm, item, x)) {
                return true;
            }
        }
        return false;
    }
    spy_raise(vm, EXC(vm, TypeError), "argument of type '%T' is not iterable", c);
}

int64_t spy_len(VM *vm, Value v)
{
    if (HEAP(v)) {
        Value r = spy_call_dunder(vm, v, DN_LEN, 0, NULL);
        if (!IS_NULL(r)) {
            if (!IS_ANYINT(r)) {
                spy_raise(vm, EXC(vm, TypeError), "'%T' object cannot be interpreted as an integer",
                          r);
            }
            if (IS_BIGINT(r)) {
                if (mpz_sgn(AS_BIGINT(r)->z) < 0) {
                    spy_raise(vm, EXC(vm, ValueError), "__len__() should return >= 0");
                }
                spy_raise(vm, EXC(vm, OverflowError), "cannot fit 'int' into an index-sized integer");
            }
            if (r.u.i < 0) {
                spy_raise(vm, EXC(vm, ValueError), "__len__() should return >= 0");
            }
            return r.u.i;
        }
    }
    if (IS_OBJ(v)) {
        Obj *o = AS_OBJ(v);
        switch ((ObjKind)o->kind) {
        case K_STR:
            return ((Str *)o)->len;
        case K_LIST:
            return ((List *)o)->len;
        case K_TUPLE:
            return ((Tuple *)o)->len;
        case K_DICT:
            return ((Dict *)o)->used;
        case K_SET:
        case K_FROZENSET:
            return ((Set *)o)->used;
        case K_RANGE:
            return ((Range *)o)->len;
        case K_DICTVIEW:
            return ((DictView *)o)->dict->used;
        default:
            break;
        }
    }
    spy_raise(vm, EXC(vm, TypeError), "object of type '%T' has no len()", v);
}

/* ================================================================ iteration */

Value spy_iter(VM *vm, Value obj)
{
    if (HEAP(obj)) {
        TypeObj *t = AS_OBJ(obj)->type;
        Value f = spy_user_dunder(vm, t, DN_ITER);
        if (IS_NONE(f)) {
            spy_raise(vm, EXC(vm, TypeError), "'%T' object is not iterable", obj);
        }
        if (!IS_NULL(f)) {
            Value it = spy_call_method_value(vm, f, obj, 0, NULL);
            bool ok = IS_KIND(it, K_ITER) || IS_KIND(it, K_GENERATOR) ||
                      (HEAP(it) && !IS_NULL(spy_user_dunder(vm, AS_OBJ(it)->type, DN_NEXT)));
            if (!ok) {
                spy_raise(vm, EXC(vm, TypeError), "iter() returned non-iterator of type '%T'", it);
            }
            return it;
        }
        if (AS_OBJ(obj)->kind == K_INSTANCE) {
            if (!IS_NULL(spy_user_dunder(vm, t, DN_GETITEM))) {
                return mk_obj(spy_iter_new(vm, IT_SEQ, obj));
            }
            spy_raise(vm, EXC(vm, TypeError), "'%T' object is not iterable", obj);
        }
    }
    return spy_iter_builtin(vm, obj);
}

Value spy_iter_builtin(VM *vm, Value obj)
{
    if (IS_OBJ(obj)) {
        Obj *o = AS_OBJ(obj);
        switch ((ObjKind)o->kind) {
        case K_LIST:
            return mk_obj(spy_iter_new(vm, IT_LIST, obj));
        case K_TUPLE:
            return mk_obj(spy_iter_new(vm, IT_TUPLE, obj));
        case K_STR:
            return mk_obj(spy_iter_new(vm, IT_STR, obj));
        case K_RANGE:
            return mk_obj(spy_iter_new(vm, IT_RANGE, obj));
        case K_DICT:
            return mk_obj(spy_iter_new(vm, IT_DICT_KEYS, obj));
        case K_SET:
        case K_FROZENSET:
            return mk_obj(spy_iter_new(vm, IT_SET, obj));
        case K_DICTVIEW: {
            DictView *dv = (DictView *)o;
            IterKind k = dv->sub == VIEW_KEYS ? IT_DICT_KEYS
                         : dv->sub == VIEW_VALUES ? IT_DICT_VALUES : IT_DICT_ITEMS;
            return mk_obj(spy_iter_new(vm, k, mk_obj(dv->dict)));
        }
        case K_ITER:
        case K_GENERATOR:
            return obj;
        case K_SINGLETON:
            if (o == vm->sys_stdin) {
                /* for line in sys.stdin: readline() until it returns ''. */
                IterObj *it = spy_iter_new(vm, IT_CALLABLE, NULLV);
                it->fn = spy_getattr(vm, obj, spy_str_intern_cstr(vm, "readline"));
                it->aux = mk_obj(vm->empty_str);
                return mk_obj(it);
            }
            break;
        default:
            break;
        }
    }
    spy_raise(vm, EXC(vm, TypeError), "'%T' object is not iterable", obj);
}

bool spy_next(VM *vm, Value it, Value *out)
{
    if (HEAP(it)) {
        Value f = spy_user_dunder(vm, AS_OBJ(it)->type, DN_NEXT);
        if (!IS_NULL(f)) {
            NextCall n = {f, it, NULLV};
            int failed = spy_pcall(vm, next_call, &n);
            if (!failed) {
                *out = n.result;
                return true;
            }
            if (vm->limit_hit) {
                spy_limit(vm, (spy_status)vm->limit_hit);
            }
            ExcObj *e = vm->exc;
            vm->exc = NULL;
            if (spy_type_is_subtype(e->hdr.type, EXC(vm, StopIteration))) {
                return false;
            }
            spy_throw(vm, e);
        }
    }
    if (IS_KIND(it, K_ITER)) {
        IterObj *io = (IterObj *)AS_OBJ(it);
        if (io->sub == IT_ENUMERATE || io->sub == IT_ZIP || io->sub == IT_MAP ||
            io->sub == IT_FILTER || io->sub == IT_CALLABLE) {
            /* These advance inner iterators (or call code): nesting is bounded. */
            spy_enter_c(vm, "");
            bool r = spy_iter_next_builtin(vm, io, out);
            spy_leave_c(vm);
            return r;
        }
        return spy_iter_next_builtin(vm, io, out);
    }
    if (IS_KIND(it, K_GENERATOR)) {
        return spy_gen_send(vm, (GenObj *)AS_OBJ(it), NONEV, out);
    }
    spy_raise(vm, EXC(vm, TypeError), "'%T' object is not an iterator", it);
}

/* ================================================================ numbers as indexes */

Value spy_index(VM *vm, Value v)
{
    if (HEAP(v)) {
        Value r = spy_call_dunder(vm, v, DN_INDEX, 0, NULL);
        if (!IS_NULL(r)) {
            if (!IS_ANYINT(r)) {
                spy_raise(vm, EXC(vm, TypeError), "__index__ returned non-int (type %T)", r);
            }
            return IS_BOOL(r) ? mk_int(r.u.i) : r;
        }
        if (IS_BIGINT(v)) {
            return spy_int_from_mpz(vm, AS_BIGINT(v)->z);   /* an int subclass's value */
        }
    }
    if (IS_BOOL(v)) {
        return mk_int(v.u.i);
    }
    if (IS_INT(v) || IS_BIGINT(v)) {
        return v;
    }
    spy_raise(vm, EXC(vm, TypeError), "'%T' object cannot be interpreted as an integer", v);
}

int64_t spy_index_int64(VM *vm, Value v)
{
    Value i = spy_index(vm, v);
    if (IS_BIGINT(i)) {
        spy_raise(vm, EXC(vm, OverflowError), "cannot fit '%T' into an index-sized integer", v);
    }
    return AS_INT(i);
}

/* ================================================================ attributes */

static Value type_lookup_mro(VM *vm, TypeObj *t, Str *name);

Value spy_type_lookup(VM *vm, TypeObj *t, Str *name)
{
    /* A global cache keyed by (class, name), valid for one type epoch: every change to
     * any class namespace, and every class creation, bumps vm->type_epoch.  A dead class's
     * address can only come back through a class creation, which bumps it too. */
    uint64_t h = (((uint64_t)(uintptr_t)t >> 4) * 0x9E3779B97F4A7C15ull) ^
                 ((uint64_t)(uintptr_t)name >> 4);
    TypeCacheEntry *ce = &vm->type_cache[(h >> 20) & (SPY_TYPE_CACHE_SIZE - 1)];
    if (ce->type == t && ce->name == name && ce->epoch == vm->type_epoch) {
        return ce->value;
    }
    Value r = type_lookup_mro(vm, t, name);
    ce->type = t;
    ce->name = name;
    ce->epoch = vm->type_epoch;
    ce->value = r;
    return r;
}

static Value type_lookup_mro(VM *vm, TypeObj *t, Str *name)
{
    Tuple *mro = t->mro;
    if (!mro) {
        return t->dict ? spy_dict_get_str(vm, t->dict, name) : NULLV;
    }
    for (int64_t i = 0; i < mro->len; i++) {
        TypeObj *b = (TypeObj *)AS_OBJ(mro->items[i]);
        if (b->dict) {
            Value v = spy_dict_get_str(vm, b->dict, name);
            if (!IS_NULL(v)) {
                return v;
            }
        }
    }
    return NULLV;
}

static bool name_is(Str *s, const char *c)
{
    return spy_str_eq_cstr(s, c);
}

/* type.mro(): the MRO as a list. */
static Value type_mro_m(VM *vm, int nargs, Value *args, Tuple *kwnames)
{
    spy_check_args(vm, "mro", nargs, kwnames, 1, 1);
    if (!IS_KIND(args[0], K_TYPE)) {
        spy_raise(vm, EXC(vm, TypeError), "descriptor 'mro' requires a 'type' object");
    }
    return mk_obj(spy_to_list(vm, mk_obj(((TypeObj *)AS_OBJ(args[0]))->mro)));
}

/* Attributes that are data rather than methods on built-in objects. */
static Value special_attr(VM *vm, Value obj, Str *name)
{
    if (name == vm->s.__class__) {
        return mk_obj(spy_typeof(vm, obj));
    }
    if (name == vm->s.__dict__ && IS_OBJ(obj) && !IS_KIND(obj, K_FUNC) &&
        !IS_KIND(obj, K_MODULE) && !IS_KIND(obj, K_TYPE)) {
        Dict **dp = spy_obj_dictptr(vm, AS_OBJ(obj));
        if (!dp || (AS_OBJ(obj)->type->tflags & TF_NODICT)) {
            return NULLV;
        }
        if (!*dp) {
            *dp = spy_dict_new(vm);
        }
        return mk_obj(*dp);
    }
    if (IS_ANYINT(obj)) {
        if (name_is(name, "real") || name_is(name, "numerator")) {
            return IS_BOOL(obj) ? mk_int(obj.u.i) : obj;
        }
        if (name_is(name, "imag")) {
            return mk_int(0);
        }
        if (name_is(name, "denominator")) {
            return mk_int(1);
        }
        return NULLV;
    }
    if (IS_FLOAT(obj)) {
        if (name_is(name, "real")) {
            return obj;
        }
        if (name_is(name, "imag")) {
            return mk_float(0.0);
        }
        return NULLV;
    }
    if (!IS_OBJ(obj)) {
        return NULLV;
    }
    Obj *o = AS_OBJ(obj);
    switch ((ObjKind)o->kind) {
    case K_RANGE: {
        Range *r = (Range *)o;
        if (name == vm->s.start) {
            return mk_int(r->start);
        }
        if (name == vm->s.stop) {
            return mk_int(r->stop);
        }
        if (name == vm->s.step) {
            return mk_int(r->step);
        }
        break;
    }
    case K_SLICE: {
        Slice *s = (Slice *)o;
        if (name == vm->s.start) {
            return s->start;
        }
        if (name == vm->s.stop) {
            return s->stop;
        }
        if (name == vm->s.step) {
            return s->step;
        }
        break;
    }
    case K_EXC: {
        ExcObj *e = (ExcObj *)o;
        if (name == vm->s.args) {
            return mk_obj(e->args);
        }
        if (name_is(name, "__cause__")) {
            return IS_NULL(e->cause) ? NONEV : e->cause;
        }
        if (name_is(name, "__context__")) {
            return IS_NULL(e->context) ? NONEV : e->context;
        }
        if (name_is(name, "__suppress_context__")) {
            return mk_bool(e->suppress_context);
        }
        if (name_is(name, "__traceback__")) {
            return NONEV;
        }
        if (e->dict) {
            Value v = spy_dict_get_str(vm, e->dict, name);
            if (!IS_NULL(v)) {
                return v;
            }
        }
        if (name == vm->s.value && spy_type_is_subtype(o->type, EXC(vm, StopIteration))) {
            return IS_NULL(e->value) ? NONEV : e->value;
        }
        if (name == vm->s.code && spy_type_is_subtype(o->type, EXC(vm, SystemExit))) {
            return IS_NULL(e->value) ? NONEV : e->value;
        }
        break;
    }
    case K_FUNC: {
        Func *f = (Func *)o;
        if (name == vm->s.__name__) {
            return mk_obj(f->name);
        }
        if (name == vm->s.__qualname__) {
            return mk_obj(f->qualname);
        }
        if (name == vm->s.__doc__) {
            return IS_NULL(f->doc) ? NONEV : f->doc;
        }
        if (name == vm->s.__module__) {
            return IS_NULL(f->module) ? NONEV : f->module;
        }
        if (name_is(name, "__defaults__")) {
            return f->defaults ? mk_obj(f->defaults) : NONEV;
        }
        if (name_is(name, "__kwdefaults__")) {
            return f->kwdefaults ? mk_obj(f->kwdefaults) : NONEV;
        }
        if (name == vm->s.__dict__) {
            if (!f->dict) {
                f->dict = spy_dict_new(vm);
            }
            return mk_obj(f->dict);
        }
        if (f->dict) {
            return spy_dict_get_str(vm, f->dict, name);
        }
        break;
    }
    case K_CFUNC: {
        CFunc *f = (CFunc *)o;
        if (name == vm->s.__name__) {
            return mk_obj(spy_str_cstr(vm, f->name));
        }
        if (name == vm->s.__qualname__) {
            if (f->owner) {
                StrBuf sb;
                spy_sb_init(vm, &sb);
                spy_sb_add_str(vm, &sb, f->owner->name);
                spy_sb_add_cstr(vm, &sb, ".");
                spy_sb_add_cstr(vm, &sb, f->name);
                return mk_obj(spy_sb_finish(vm, &sb));
            }
            return mk_obj(spy_str_cstr(vm, f->name));
        }
        if (name == vm->s.__doc__) {
            return NONEV;
        }
        if (name_is(name, "__self__")) {
            return IS_NULL(f->self) ? NONEV : f->self;
        }
        break;
    }
    case K_TYPE: {
        TypeObj *t = (TypeObj *)o;
        if (name == vm->s.__name__) {
            return mk_obj(t->name);
        }
        if (name == vm->s.__qualname__) {
            return mk_obj(t->qualname ? t->qualname : t->name);
        }
        if (name == vm->s.__module__) {
            return t->module;
        }
        if (name_is(name, "__mro__")) {
            return mk_obj(t->mro);
        }
        if (name_is(name, "__bases__")) {
            return mk_obj(t->bases);
        }
        if (name_is(name, "__base__")) {
            return t->base ? mk_obj(t->base) : NONEV;
        }
        if (name_is(name, "mro") && !(t->dict && !IS_NULL(spy_dict_get_str(vm, t->dict, name)))) {
            return mk_obj(spy_cfunc_new(vm, "mro", type_mro_m, obj, vm->t_type, 0));
        }
        if (name == vm->s.__doc__) {
            Value d = spy_dict_get_str(vm, t->dict, name);
            return IS_NULL(d) ? NONEV : d;
        }
        if (name == vm->s.__dict__) {
            return mk_obj(spy_dict_copy(vm, t->dict));
        }
        break;
    }
    case K_MODULE: {
        Module *m = (Module *)o;
        if (name == vm->s.__dict__) {
            return NULLV;  /* closed: a module's namespace is not handed out */
        }
        return spy_dict_get_str(vm, m->dict, name);
    }
    case K_GENERATOR:
        return spy_gen_getattr(vm, (GenObj *)o, name);
    default:
        break;
    }
    return NULLV;
}

/* Dunder names that may be read on any object; every other "__x__" attribute is closed
 * unless a type defines it as a method (e.g. str.__len__ is not defined here, so it is
 * closed too: the documented set is small on purpose). */
static bool dunder_allowed(VM *vm, Str *name)
{
    static const char *const open[] = {
        "__class__", "__name__", "__qualname__", "__module__", "__doc__", "__dict__",
        "__mro__", "__bases__", "__base__", "__cause__", "__context__",
        "__suppress_context__", "__traceback__", "__defaults__", "__kwdefaults__", "__self__",
        "__init__", "__new__", "__repr__", "__str__", "__eq__", "__ne__", "__lt__", "__le__",
        "__gt__", "__ge__", "__hash__", "__setattr__", "__delattr__", "__getattribute__",
        "__format__", "__init_subclass__", "__func__", "__len__", "__getitem__",
        "__setitem__", "__delitem__", "__contains__", "__iter__", "__next__",
        NULL};
    for (int i = 0; open[i]; i++) {
        if (spy_str_eq_cstr(name, open[i])) {
            return true;
        }
    }
    return false;
}

static bool is_dunder(Str *name)
{
    return name->len >= 4 && name->kind == 1 && STR_DATA1(name)[0] == '_' &&
           STR_DATA1(name)[1] == '_' && STR_DATA1(name)[name->len - 1] == '_' &&
           STR_DATA1(name)[name->len - 2] == '_';
}

/* A closed dunder is still found where the program itself put it: in an instance dict or
 * a user class's namespace (its own __eq__, __slots__, ...). */
static Value user_dunder_attr(VM *vm, Value obj, Str *name)
{
    TypeObj *t;
    Value self = NULLV;
    if (IS_KIND(obj, K_TYPE)) {
        t = (TypeObj *)AS_OBJ(obj);
    } else {
        t = spy_typeof(vm, obj);
        self = obj;
        if (IS_OBJ(obj) && (t->tflags & TF_HEAPTYPE)) {
            Dict **dp = spy_obj_dictptr(vm, AS_OBJ(obj));
            if (dp && *dp) {
                Value v = spy_dict_get_str(vm, *dp, name);
                if (!IS_NULL(v)) {
                    return v;
                }
            }
        }
    }
    for (int64_t i = 0; t->mro && i < t->mro->len; i++) {
        TypeObj *b = (TypeObj *)AS_OBJ(t->mro->items[i]);
        if (!(b->tflags & TF_HEAPTYPE)) {
            continue;
        }
        Value v = spy_dict_get_str(vm, b->dict, name);
        if (!IS_NULL(v)) {
            return spy_bind(vm, v, self, mk_obj(t));
        }
    }
    return NULLV;
}

typedef struct GenericCall {
    Value obj;
    Str *name;
    Value result;
} GenericCall;

static void generic_call(VM *vm, void *ud)
{
    GenericCall *g = ud;
    g->result = spy_generic_getattr(vm, g->obj, g->name);
}

static Value getattr_impl(VM *vm, Value obj, Str *name, bool quiet)
{
    if (IS_KIND(obj, K_SUPER)) {
        return spy_super_getattr(vm, (Super *)AS_OBJ(obj), name);
    }
    if (is_dunder(name) && !dunder_allowed(vm, name)) {
        return user_dunder_attr(vm, obj, name);
    }
    Value v = special_attr(vm, obj, name);
    if (!IS_NULL(v)) {
        return v;
    }
    if (!IS_OBJ(obj)) {
        return spy_generic_getattr(vm, obj, name);
    }
    switch ((ObjKind)AS_OBJ(obj)->kind) {
    case K_MODULE:
        return NULLV;
    case K_TYPE:
        return spy_type_getattr(vm, (TypeObj *)AS_OBJ(obj), name);
    case K_SUPER:
        return spy_super_getattr(vm, (Super *)AS_OBJ(obj), name);
    case K_PROPERTY:
    case K_STATICMETHOD:
    case K_CLASSMETHOD:
    case K_METHOD:
        v = spy_descr_attr(vm, AS_OBJ(obj), name);
        if (!IS_NULL(v)) {
            return v;
        }
        break;
    default:
        break;
    }
    uint32_t tf = AS_OBJ(obj)->type->tflags;
    if ((tf & TF_GETATTR) || (quiet && (tf & TF_DESCR))) {
        /* An AttributeError from a property or descriptor also falls back to __getattr__
         * (or, for hasattr and getattr with a default, means "absent"). */
        GenericCall g = {obj, name, NULLV};
        if (spy_pcall(vm, generic_call, &g) != 0) {
            if (vm->limit_hit) {
                spy_limit(vm, (spy_status)vm->limit_hit);
            }
            ExcObj *e = vm->exc;
            vm->exc = NULL;
            if (!spy_type_is_subtype(e->hdr.type, EXC(vm, AttributeError))) {
                spy_throw(vm, e);
            }
        }
        if (!IS_NULL(g.result)) {
            return g.result;
        }
        if (!(tf & TF_GETATTR)) {
            return NULLV;
        }
        return spy_user_getattr_fallback(vm, obj, name, quiet);
    }
    return spy_generic_getattr(vm, obj, name);
}

Value spy_getattr_opt(VM *vm, Value obj, Str *name)
{
    return getattr_impl(vm, obj, name, true);
}

SPY_NORETURN static void attr_error(VM *vm, Value obj, Str *name)
{
    if (IS_KIND(obj, K_MODULE)) {
        StrBuf sb;
        spy_sb_init(vm, &sb);
        spy_sb_add_cstr(vm, &sb, "module '");
        spy_sb_add_str(vm, &sb, ((Module *)AS_OBJ(obj))->name);
        spy_sb_add_cstr(vm, &sb, "' has no attribute '");
        spy_sb_add_str(vm, &sb, name);
        spy_sb_add_cstr(vm, &sb, "'");
        ExcObj *e = spy_exc_new(vm, EXC(vm, AttributeError),
                                spy_tuple_pack(vm, 1, mk_obj(spy_sb_finish(vm, &sb))));
        spy_exc_note_name(vm, e, obj, NULLV, name);
        spy_throw(vm, e);
    }
    if (IS_KIND(obj, K_TYPE)) {
        spy_raise(vm, EXC(vm, AttributeError), "type object '%N' has no attribute '%U'",
                  (TypeObj *)AS_OBJ(obj), name);
    }
    StrBuf sb;
    spy_sb_init(vm, &sb);
    spy_sb_add_cstr(vm, &sb, "'");
    spy_sb_add_cstr(vm, &sb, spy_type_name(vm, obj));
    spy_sb_add_cstr(vm, &sb, "' object has no attribute '");
    spy_sb_add_str(vm, &sb, name);
    spy_sb_add_cstr(vm, &sb, "'");
    ExcObj *e = spy_exc_new(vm, EXC(vm, AttributeError),
                            spy_tuple_pack(vm, 1, mk_obj(spy_sb_finish(vm, &sb))));
    spy_exc_note_name(vm, e, obj, NULLV, name);
    spy_throw(vm, e);
}

Value spy_getattr(VM *vm, Value obj, Str *name)
{
    Value v = getattr_impl(vm, obj, name, false);
    if (IS_NULL(v)) {
        attr_error(vm, obj, name);
    }
    return v;
}

/* The exception attributes that live in ExcObj fields; false for the others. */
static bool exc_setattr(VM *vm, ExcObj *e, Str *name, Value v)
{
    if (name == vm->s.args) {
        e->args = spy_to_tuple(vm, v);
        return true;
    }
    bool cause = spy_str_eq_cstr(name, "__cause__");
    if (cause || spy_str_eq_cstr(name, "__context__")) {
        if (!IS_NONE(v) && !IS_KIND(v, K_EXC)) {
            spy_raise(vm, EXC(vm, TypeError), "exception %s must be None or derive from BaseException",
                      cause ? "cause" : "context");
        }
        if (cause) {
            e->cause = v;
            e->suppress_context = true;
        } else {
            e->context = v;
        }
        return true;
    }
    if (spy_str_eq_cstr(name, "__suppress_context__")) {
        e->suppress_context = spy_truthy(vm, v);
        return true;
    }
    return false;
}

void spy_setattr(VM *vm, Value obj, Str *name, Value v)
{
    if (IS_KIND(obj, K_TYPE) && (((TypeObj *)AS_OBJ(obj))->tflags & TF_HEAPTYPE)) {
        spy_type_setattr(vm, (TypeObj *)AS_OBJ(obj), name, v);
        return;
    }
    if (IS_KIND(obj, K_EXC) && exc_setattr(vm, (ExcObj *)AS_OBJ(obj), name, v)) {
        return;
    }
    if (HEAP(obj) && spy_user_setattr(vm, obj, name, v)) {
        return;
    }
    if (IS_OBJ(obj)) {
        Obj *o = AS_OBJ(obj);
        if (is_dunder(name) && !(o->kind == K_FUNC && (name == vm->s.__doc__ ||
                                                       name == vm->s.__name__ ||
                                                       name == vm->s.__qualname__))) {
            spy_raise(vm, EXC(vm, AttributeError), "attribute '%U' of '%T' objects is not writable",
                      name, obj);
        }
        switch ((ObjKind)o->kind) {
        case K_FUNC: {
            Func *f = (Func *)o;
            if (name == vm->s.__doc__) {
                f->doc = v;
                return;
            }
            if (name == vm->s.__name__ || name == vm->s.__qualname__) {
                if (!IS_STR(v)) {
                    spy_raise(vm, EXC(vm, TypeError), "__name__ must be set to a string object");
                }
                if (name == vm->s.__name__) {
                    f->name = AS_STR(v);
                } else {
                    f->qualname = AS_STR(v);
                }
                return;
            }
            if (!f->dict) {
                f->dict = spy_dict_new(vm);
            }
            spy_dict_set_str(vm, f->dict, name, v);
            return;
        }
        case K_EXC: {
            ExcObj *e = (ExcObj *)o;
            if (!e->dict) {
                e->dict = spy_dict_new(vm);
            }
            spy_dict_set_str(vm, e->dict, name, v);
            return;
        }
        case K_MODULE:
            spy_dict_set_str(vm, ((Module *)o)->dict, name, v);
            return;
        case K_TYPE:
            spy_raise(vm, EXC(vm, TypeError), "cannot set '%U' attribute of immutable type '%N'",
                      name, (TypeObj *)o);
        default:
            break;
        }
    }
    if (IS_NULL(spy_getattr_opt(vm, obj, name))) {
        spy_raise(vm, EXC(vm, AttributeError), "'%T' object has no attribute '%U'", obj, name);
    }
    spy_raise(vm, EXC(vm, AttributeError), "'%T' object attribute '%U' is read-only", obj, name);
}

void spy_delattr(VM *vm, Value obj, Str *name)
{
    if (IS_KIND(obj, K_TYPE) && (((TypeObj *)AS_OBJ(obj))->tflags & TF_HEAPTYPE)) {
        spy_type_setattr(vm, (TypeObj *)AS_OBJ(obj), name, NULLV);
        return;
    }
    if (HEAP(obj) && spy_user_setattr(vm, obj, name, NULLV)) {
        return;
    }
    if (IS_OBJ(obj)) {
        Obj *o = AS_OBJ(obj);
        Dict *d = NULL;
        if (o->kind == K_FUNC) {
            d = ((Func *)o)->dict;
        } else if (o->kind == K_EXC) {
            d = ((ExcObj *)o)->dict;
        } else if (o->kind == K_MODULE) {
            d = ((Module *)o)->dict;
        }
        if (d && spy_dict_del(vm, d, mk_obj(name))) {
            return;
        }
    }
    attr_error(vm, obj, name);
}
