/* class.c: user classes: class creation (__build_class__, C3 linearisation), instance
 * creation, attribute lookup with descriptors (functions, staticmethod, classmethod,
 * property, user descriptors), super(), and the helpers ops.c uses to dispatch the
 * protocols to user-defined dunder methods.
 *
 * Invariants: a user class is a TypeObj with TF_HEAPTYPE; its `layout` is the ObjKind of
 * its instances (K_INSTANCE, or the built-in layout it extends: K_LIST, K_DICT, K_SET,
 * K_EXC); instances of built-in layouts carry their attribute dict at `dictoffset`.
 * Built-in types' dunders are never dispatched through here: a dunder found in the MRO
 * counts as "user-defined" only when it is not a C function. */
#include <stdarg.h>
#include <string.h>

#include "vm.h"

/* ================================================================ names */

static const char *const dunder_names[DN__COUNT] = {
    "__add__", "__sub__", "__mul__", "__matmul__", "__truediv__", "__floordiv__", "__mod__",
    "__pow__", "__lshift__", "__rshift__", "__and__", "__or__", "__xor__",
    "__radd__", "__rsub__", "__rmul__", "__rmatmul__", "__rtruediv__", "__rfloordiv__",
    "__rmod__", "__rpow__", "__rlshift__", "__rrshift__", "__rand__", "__ror__", "__rxor__",
    "__iadd__", "__isub__", "__imul__", "__imatmul__", "__itruediv__", "__ifloordiv__",
    "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__iand__", "__ior__", "__ixor__",
    "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__",
    "__neg__", "__pos__", "__invert__", "__abs__",
    "__len__", "__bool__", "__getitem__", "__setitem__", "__delitem__", "__contains__",
    "__iter__", "__next__", "__reversed__", "__call__", "__getattr__", "__setattr__",
    "__delattr__", "__enter__", "__exit__", "__int__", "__float__", "__index__", "__get__",
    "__set__", "__delete__", "__set_name__", "__init_subclass__", "__new__", "__init__",
    "__missing__", "__hash__", "__repr__", "__str__", "__format__", "__round__", "__slots__",
    "__getattribute__", "__classcell__",
};

/* ================================================================ helpers */

static bool is_heap(TypeObj *t)
{
    return (t->tflags & TF_HEAPTYPE) != 0;
}

Value spy_user_dunder(VM *vm, TypeObj *t, int dn)
{
    if (!is_heap(t)) {
        return NULLV;
    }
    Value f = spy_type_lookup(vm, t, vm->dn[dn]);
    if (IS_NULL(f) || IS_KIND(f, K_CFUNC)) {
        return NULLV;
    }
    return f;
}

/* Calls `f` found in the class of `self` as a method: functions get self prepended,
 * staticmethods do not, classmethods get the class; other objects are bound through
 * their __get__ if they have one, else called as they are. */
Value spy_call_method_value(VM *vm, Value f, Value self, int nargs, Value *args)
{
    Value buf[8];
    if (IS_KIND(f, K_FUNC) || IS_KIND(f, K_CFUNC) || IS_KIND(f, K_CLASSMETHOD)) {
        Value *full = buf;
        if (nargs + 1 > 8) {
            full = spy_tuple_new(vm, nargs + 1)->items;
        }
        full[0] = IS_KIND(f, K_CLASSMETHOD) ? mk_obj(spy_typeof(vm, self)) : self;
        spy_copy_values(full + 1, args, nargs);
        Value fn = IS_KIND(f, K_CLASSMETHOD) ? ((Wrapper *)AS_OBJ(f))->func : f;
        return spy_call(vm, fn, nargs + 1, full, NULL);
    }
    if (IS_KIND(f, K_STATICMETHOD)) {
        return spy_call(vm, ((Wrapper *)AS_OBJ(f))->func, nargs, args, NULL);
    }
    Value bound = spy_bind(vm, f, self, mk_obj(spy_typeof(vm, self)));
    return spy_call(vm, bound, nargs, args, NULL);
}

Value spy_call_dunder(VM *vm, Value self, int dn, int nargs, Value *args)
{
    Value f = spy_user_dunder(vm, spy_typeof(vm, self), dn);
    if (IS_NULL(f)) {
        return NULLV;
    }
    return spy_call_method_value(vm, f, self, nargs, args);
}

Dict **spy_obj_dictptr(VM *vm, Obj *o)
{
    switch ((ObjKind)o->kind) {
    case K_INSTANCE:
        return o->type == vm->t_object ? NULL : &((Instance *)o)->dict;
    case K_EXC:
        return &((ExcObj *)o)->dict;
    case K_FUNC:
        return &((Func *)o)->dict;
    default:
        if (is_heap(o->type) && o->type->dictoffset) {
            return (Dict **)((char *)o + o->type->dictoffset);
        }
        return NULL;
    }
}

static Method *method_new(VM *vm, Value func, Value self)
{
    Method *m = spy_obj_alloc(vm, sizeof(Method), K_METHOD, vm->t_method);
    m->func = func;
    m->self = self;
    return m;
}

/* True when `d` (found in a class) is a data descriptor: a property or an instance of a
 * user class defining __set__ or __delete__. */
static bool is_data_descr(VM *vm, Value d)
{
    if (!IS_OBJ(d)) {
        return false;
    }
    if (IS_KIND(d, K_PROPERTY) || IS_KIND(d, K_MEMBER)) {
        return true;
    }
    TypeObj *t = AS_OBJ(d)->type;
    return is_heap(t) && (!IS_NULL(spy_user_dunder(vm, t, DN_SET)) ||
                          !IS_NULL(spy_user_dunder(vm, t, DN_DELETE)));
}

Value spy_bind(VM *vm, Value d, Value obj, Value type)
{
    if (!IS_OBJ(d)) {
        return d;
    }
    switch ((ObjKind)AS_OBJ(d)->kind) {
    case K_FUNC:
        return IS_NULL(obj) ? d : mk_obj(method_new(vm, d, obj));
    case K_STATICMETHOD:
        return ((Wrapper *)AS_OBJ(d))->func;
    case K_CLASSMETHOD:
        return mk_obj(method_new(vm, ((Wrapper *)AS_OBJ(d))->func, type));
    case K_CFUNC: {
        CFunc *f = (CFunc *)AS_OBJ(d);
        /* Built-in functions (len, print) are not descriptors; methods of types are. */
        if (!IS_NULL(f->self) || (f->flags & CF_STATIC) || !f->owner) {
            return d;
        }
        if (f->flags & CF_CLASS) {
            return mk_obj(spy_cfunc_new(vm, f->name, f->fn, type, f->owner, f->flags));
        }
        if (IS_NULL(obj)) {
            return d;
        }
        return mk_obj(spy_cfunc_new(vm, f->name, f->fn, obj, f->owner, f->flags));
    }
    default:
        break;
    }
    TypeObj *t = AS_OBJ(d)->type;
    if (is_heap(t)) {
        Value get = spy_user_dunder(vm, t, DN_GET);
        if (!IS_NULL(get)) {
            Value a[2] = {IS_NULL(obj) ? NONEV : obj, type};
            return spy_call_method_value(vm, get, d, 2, a);
        }
    }
    return d;
}

/* ================================================================ attribute access */

static Value property_get(VM *vm, Property *p, Value obj)
{
    if (IS_NULL(p->fget) || IS_NONE(p->fget)) {
        if (p->name) {
            spy_raise(vm, EXC(vm, AttributeError), "property '%U' of '%T' object has no getter",
                      p->name, obj);
        }
        spy_raise(vm, EXC(vm, AttributeError), "unreadable attribute");
    }
    return spy_call1(vm, p->fget, obj);
}

/* Generic instance attribute lookup (object.__getattribute__): VT_NULL when absent. */
static Dict **member_slots(VM *vm, Member *m, Value obj)
{
    if (!IS_KIND(obj, K_INSTANCE) || !spy_isinstance(vm, obj, m->owner)) {
        spy_raise(vm, EXC(vm, TypeError),
                  "descriptor '%U' for '%N' objects doesn't apply to a '%T' object", m->name,
                  m->owner, obj);
    }
    return &((Instance *)AS_OBJ(obj))->slots;
}

static Value member_get(VM *vm, Member *m, Value obj)
{
    Dict **sp = member_slots(vm, m, obj);
    Value v = *sp ? spy_dict_get_str(vm, *sp, m->name) : NULLV;
    if (IS_NULL(v)) {
        spy_raise(vm, EXC(vm, AttributeError), "'%T' object has no attribute '%U'", obj, m->name);
    }
    return v;
}

Value spy_generic_getattr(VM *vm, Value obj, Str *name)
{
    TypeObj *t = spy_typeof(vm, obj);
    Value descr = spy_type_lookup(vm, t, name);
    if (!IS_NULL(descr) && IS_OBJ(descr)) {
        if (IS_KIND(descr, K_PROPERTY)) {
            return property_get(vm, (Property *)AS_OBJ(descr), obj);
        }
        if (IS_KIND(descr, K_MEMBER)) {
            return member_get(vm, (Member *)AS_OBJ(descr), obj);
        }
        if (is_data_descr(vm, descr) && !IS_NULL(spy_user_dunder(vm, AS_OBJ(descr)->type, DN_GET))) {
            return spy_bind(vm, descr, obj, mk_obj(t));
        }
    }
    if (IS_OBJ(obj)) {
        Dict **dp = spy_obj_dictptr(vm, AS_OBJ(obj));
        if (dp && *dp) {
            Value v = spy_dict_get_str(vm, *dp, name);
            if (!IS_NULL(v)) {
                return v;
            }
        }
    }
    if (IS_NULL(descr)) {
        return NULLV;
    }
    return spy_bind(vm, descr, obj, mk_obj(t));
}

/* Attribute of a user class (or of a built-in type reached through a user class). */
Value spy_type_getattr(VM *vm, TypeObj *t, Str *name)
{
    Value v = spy_type_lookup(vm, t, name);
    if (IS_NULL(v)) {
        return NULLV;
    }
    if (IS_KIND(v, K_PROPERTY) || IS_KIND(v, K_MEMBER)) {
        return v;
    }
    return spy_bind(vm, v, NULLV, mk_obj(t));
}

typedef struct GetattrCall {
    Value f, obj;
    Str *name;
    Value result;
} GetattrCall;

static void getattr_call(VM *vm, void *ud)
{
    GetattrCall *g = ud;
    Value a = mk_obj(g->name);
    g->result = spy_call_method_value(vm, g->f, g->obj, 1, &a);
}

Value spy_user_getattr_fallback(VM *vm, Value obj, Str *name, bool quiet)
{
    TypeObj *t = spy_typeof(vm, obj);
    if (!(t->tflags & TF_GETATTR)) {
        return NULLV;
    }
    Value f = spy_user_dunder(vm, t, DN_GETATTR);
    if (IS_NULL(f)) {
        return NULLV;
    }
    if (!quiet) {
        Value a = mk_obj(name);
        return spy_call_method_value(vm, f, obj, 1, &a);
    }
    GetattrCall g = {f, obj, name, NULLV};
    if (spy_pcall(vm, getattr_call, &g) == 0) {
        return g.result;
    }
    if (vm->limit_hit) {
        spy_limit(vm, (spy_status)vm->limit_hit);
    }
    ExcObj *e = vm->exc;
    vm->exc = NULL;
    if (spy_type_is_subtype(e->hdr.type, EXC(vm, AttributeError))) {
        return NULLV;
    }
    spy_throw(vm, e);
}

static void no_attr(VM *vm, Value obj, Str *name)
{
    spy_raise(vm, EXC(vm, AttributeError), "'%T' object has no attribute '%U'", obj, name);
}

void spy_generic_setattr(VM *vm, Value obj, Str *name, Value v)
{
    TypeObj *t = spy_typeof(vm, obj);
    if (name == vm->s.__class__ && IS_OBJ(obj) && is_heap(t)) {
        if (!IS_KIND(v, K_TYPE)) {
            spy_raise(vm, EXC(vm, TypeError), "__class__ must be set to a class, not '%T' object", v);
        }
        TypeObj *nt = (TypeObj *)AS_OBJ(v);
        if (!is_heap(nt)) {
            spy_raise(vm, EXC(vm, TypeError),
                      "__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        if (nt->layout != t->layout || nt->instsize != t->instsize ||
            nt->dictoffset != t->dictoffset || (nt->tflags & TF_NODICT) != (t->tflags & TF_NODICT)) {
            spy_raise(vm, EXC(vm, TypeError), "__class__ assignment: '%N' object layout differs from '%N'",
                      nt, t);
        }
        AS_OBJ(obj)->type = nt;
        return;
    }
    if (name == vm->s.__dict__ && IS_OBJ(obj)) {
        Dict **dp = spy_obj_dictptr(vm, AS_OBJ(obj));
        if (dp && !(t->tflags & TF_NODICT)) {
            if (!IS_DICT(v)) {
                spy_raise(vm, EXC(vm, TypeError), "__dict__ must be set to a dictionary, not a '%T'", v);
            }
            *dp = AS_DICT(v);
            return;
        }
    }
    Value descr = spy_type_lookup(vm, t, name);
    if (IS_KIND(descr, K_PROPERTY)) {
        Property *p = (Property *)AS_OBJ(descr);
        if (IS_NULL(p->fset) || IS_NONE(p->fset)) {
            if (p->name) {
                spy_raise(vm, EXC(vm, AttributeError), "property '%U' of '%T' object has no setter",
                          p->name, obj);
            }
            spy_raise(vm, EXC(vm, AttributeError), "can't set attribute");
        }
        spy_call2(vm, p->fset, obj, v);
        return;
    }
    if (IS_KIND(descr, K_MEMBER)) {
        Dict **sp = member_slots(vm, (Member *)AS_OBJ(descr), obj);
        if (!*sp) {
            *sp = spy_dict_new(vm);
        }
        spy_dict_set_str(vm, *sp, name, v);
        return;
    }
    if (IS_OBJ(descr) && is_heap(AS_OBJ(descr)->type)) {
        Value set = spy_user_dunder(vm, AS_OBJ(descr)->type, DN_SET);
        if (!IS_NULL(set)) {
            Value a[2] = {obj, v};
            spy_call_method_value(vm, set, descr, 2, a);
            return;
        }
    }
    Dict **dp = IS_OBJ(obj) ? spy_obj_dictptr(vm, AS_OBJ(obj)) : NULL;
    if (!dp || (t->tflags & TF_NODICT)) {
        if (IS_NULL(descr)) {
            no_attr(vm, obj, name);
        }
        spy_raise(vm, EXC(vm, AttributeError), "'%T' object attribute '%U' is read-only", obj, name);
    }
    if (!*dp) {
        *dp = spy_dict_new(vm);
    }
    spy_dict_set_str(vm, *dp, name, v);
}

void spy_generic_delattr(VM *vm, Value obj, Str *name)
{
    TypeObj *t = spy_typeof(vm, obj);
    Value descr = spy_type_lookup(vm, t, name);
    if (IS_KIND(descr, K_PROPERTY)) {
        Property *p = (Property *)AS_OBJ(descr);
        if (IS_NULL(p->fdel) || IS_NONE(p->fdel)) {
            if (p->name) {
                spy_raise(vm, EXC(vm, AttributeError),
                          "property '%U' of '%T' object has no deleter", p->name, obj);
            }
            spy_raise(vm, EXC(vm, AttributeError), "can't delete attribute");
        }
        spy_call1(vm, p->fdel, obj);
        return;
    }
    if (IS_KIND(descr, K_MEMBER)) {
        Dict **sp = member_slots(vm, (Member *)AS_OBJ(descr), obj);
        if (!*sp || !spy_dict_del(vm, *sp, mk_obj(name))) {
            spy_raise(vm, EXC(vm, AttributeError), "%U", name);   /* CPython's wording */
        }
        return;
    }
    if (IS_OBJ(descr) && is_heap(AS_OBJ(descr)->type)) {
        Value del = spy_user_dunder(vm, AS_OBJ(descr)->type, DN_DELETE);
        if (!IS_NULL(del)) {
            spy_call_method_value(vm, del, descr, 1, &obj);
            return;
        }
    }
    Dict **dp = IS_OBJ(obj) ? spy_obj_dictptr(vm, AS_OBJ(obj)) : NULL;
    if (dp && *dp && spy_dict_del(vm, *dp, mk_obj(name))) {
        return;
    }
    no_attr(vm, obj, name);
}

/* setattr/delattr on an instance of a user class: __setattr__/__delattr__ overrides. */
bool spy_user_setattr(VM *vm, Value obj, Str *name, Value v)
{
    TypeObj *t = spy_typeof(vm, obj);
    if (!is_heap(t)) {
        return false;
    }
    if (t->tflags & TF_SETATTR) {
        int dn = IS_NULL(v) ? DN_DELATTR : DN_SETATTR;
        Value f = spy_user_dunder(vm, t, dn);
        if (!IS_NULL(f)) {
            Value a[2] = {mk_obj(name), v};
            spy_call_method_value(vm, f, obj, IS_NULL(v) ? 1 : 2, a);
            return true;
        }
    }
    if (IS_NULL(v)) {
        spy_generic_delattr(vm, obj, name);
    } else {
        spy_generic_setattr(vm, obj, name, v);
    }
    return true;
}

/* Recomputes a user class's TF_SETATTR/TF_GETATTR/TF_DESCR from its MRO. */
static void update_flags(VM *vm, TypeObj *t)
{
    t->tflags &= ~(uint32_t)(TF_SETATTR | TF_GETATTR | TF_DESCR);
    if (!IS_NULL(spy_user_dunder(vm, t, DN_SETATTR)) ||
        !IS_NULL(spy_user_dunder(vm, t, DN_DELATTR))) {
        t->tflags |= TF_SETATTR;
    }
    if (!IS_NULL(spy_user_dunder(vm, t, DN_GETATTR))) {
        t->tflags |= TF_GETATTR;
    }
    for (int64_t i = 0; i < t->mro->len; i++) {
        TypeObj *b = (TypeObj *)AS_OBJ(t->mro->items[i]);
        if (!is_heap(b)) {
            continue;
        }
        spy_charge(vm, 1 + b->dict->nentries / 16);
        int64_t pos = 0;
        Value k, v;
        while (spy_dict_next(b->dict, &pos, &k, &v)) {
            if (is_data_descr(vm, v)) {
                t->tflags |= TF_DESCR;
            }
        }
    }
}

void spy_type_setattr(VM *vm, TypeObj *t, Str *name, Value v)
{
    if (!is_heap(t)) {
        spy_raise(vm, EXC(vm, TypeError), "cannot set '%U' attribute of immutable type '%N'", name,
                  t);
    }
    if (name == vm->s.__name__ || name == vm->s.__qualname__) {
        if (IS_NULL(v)) {
            spy_raise(vm, EXC(vm, TypeError), "cannot delete '%U' attribute of immutable type '%N'",
                      name, t);
        }
        if (!IS_STR(v)) {
            spy_raise(vm, EXC(vm, TypeError), "can only assign string to %N.%U, not '%T'", t, name,
                      v);
        }
        if (name == vm->s.__name__) {
            t->name = AS_STR(v);
        } else {
            t->qualname = AS_STR(v);
        }
        return;
    }
    if (name == vm->s.__module__ && !IS_NULL(v)) {
        t->module = v;
    }
    vm->type_epoch++;
    if (is_data_descr(vm, v)) {
        vm->late_descr = true;
    }
    if (IS_NULL(v)) {
        if (!spy_dict_del(vm, t->dict, mk_obj(name))) {
            spy_raise(vm, EXC(vm, AttributeError), "type object '%N' has no attribute '%U'", t,
                      name);
        }
    } else {
        spy_dict_set_str(vm, t->dict, name, v);
    }
    update_flags(vm, t);
}

/* ================================================================ C3 MRO */

static bool in_tail(Tuple *seq, int64_t from, Value t)
{
    for (int64_t i = from + 1; i < seq->len; i++) {
        if (spy_is(seq->items[i], t)) {
            return true;
        }
    }
    return false;
}

static Tuple *c3_mro(VM *vm, TypeObj *t, Tuple *bases)
{
    int64_t n = bases->len;
    /* seqs: the bases' MROs, then the list of bases; heads[i] is the next index in seq i. */
    Tuple *seqs = spy_tuple_new(vm, n + 1);
    for (int64_t i = 0; i < n; i++) {
        seqs->items[i] = mk_obj(((TypeObj *)AS_OBJ(bases->items[i]))->mro);
    }
    seqs->items[n] = mk_obj(bases);
    List *out = spy_list_new(vm, 8);
    spy_list_append(vm, out, mk_obj(t));
    Tuple *headt = spy_tuple_new(vm, n + 1);
    for (int64_t i = 0; i <= n; i++) {
        headt->items[i] = mk_int(0);
    }
    for (;;) {
        spy_charge(vm, 1);
        bool any = false;
        Value cand = NULLV;
        for (int64_t i = 0; i <= n; i++) {
            Tuple *s = AS_TUPLE(seqs->items[i]);
            int64_t h = AS_INT(headt->items[i]);
            if (h >= s->len) {
                continue;
            }
            any = true;
            Value c = s->items[h];
            bool ok = true;
            for (int64_t j = 0; j <= n && ok; j++) {
                Tuple *s2 = AS_TUPLE(seqs->items[j]);
                int64_t h2 = AS_INT(headt->items[j]);
                /* Every head is looked for in every tail: charge for the scan. */
                spy_charge(vm, 1 + (s2->len - h2) / 64);
                if (h2 < s2->len && in_tail(s2, h2, c)) {
                    ok = false;
                }
            }
            if (ok) {
                cand = c;
                break;
            }
        }
        if (!any) {
            break;
        }
        if (IS_NULL(cand)) {
            StrBuf sb;
            spy_sb_init(vm, &sb);
            spy_sb_add_cstr(vm, &sb, "Cannot create a consistent method resolution\norder (MRO) for bases");
            /* CPython lists the remaining heads' names, in base order, without repeats. */
            List *seen = spy_list_new(vm, 4);
            for (int64_t i = 0; i <= n; i++) {
                Tuple *s = AS_TUPLE(seqs->items[i]);
                int64_t h = AS_INT(headt->items[i]);
                if (h >= s->len) {
                    continue;
                }
                bool dup = false;
                for (int64_t k = 0; k < seen->len; k++) {
                    dup = dup || spy_is(seen->items[k], s->items[h]);
                }
                if (dup) {
                    continue;
                }
                spy_list_append(vm, seen, s->items[h]);
                spy_sb_add_cstr(vm, &sb, seen->len == 1 ? " " : ", ");
                spy_sb_add_str(vm, &sb, ((TypeObj *)AS_OBJ(s->items[h]))->name);
            }
            spy_raise(vm, EXC(vm, TypeError), "%U", spy_sb_finish(vm, &sb));
        }
        spy_list_append(vm, out, cand);
        for (int64_t i = 0; i <= n; i++) {
            Tuple *s = AS_TUPLE(seqs->items[i]);
            int64_t h = AS_INT(headt->items[i]);
            if (h < s->len && spy_is(s->items[h], cand)) {
                headt->items[i] = mk_int(h + 1);
            }
        }
    }
    return spy_to_tuple(vm, mk_obj(out));
}

/* ================================================================ class creation */

static bool layout_supported(ObjKind k)
{
    return k == K_INSTANCE || k == K_EXC || k == K_LIST || k == K_DICT || k == K_SET ||
           k == K_BIGINT;
}

static size_t layout_size(ObjKind k)
{
    switch (k) {
    case K_LIST:
        return sizeof(List);
    case K_DICT:
        return sizeof(Dict);
    case K_SET:
        return sizeof(Set);
    case K_EXC:
        return sizeof(ExcObj);
    case K_BIGINT:
        return sizeof(BigInt);
    default:
        return sizeof(Instance);
    }
}

/* A private slot name (`__x`) is mangled with the class name, as the compiler mangles
 * `self.__x` in the class's methods. */
static Str *mangle_slot(VM *vm, Str *cls, Str *n)
{
    int64_t len = n->len;
    if (len < 3 || str_char(n, 0) != '_' || str_char(n, 1) != '_' ||
        (str_char(n, len - 1) == '_' && str_char(n, len - 2) == '_')) {
        return n;
    }
    int64_t skip = 0;
    while (skip < cls->len && str_char(cls, skip) == '_') {
        skip++;
    }
    if (skip == cls->len) {
        return n;
    }
    StrBuf sb;
    spy_sb_init(vm, &sb);
    spy_sb_add_cstr(vm, &sb, "_");
    spy_sb_add_str(vm, &sb, spy_str_substr(vm, cls, skip, cls->len));
    spy_sb_add_str(vm, &sb, n);
    return spy_sb_finish(vm, &sb);
}

typedef struct SetNameCall {
    Value f, obj, owner, name;
} SetNameCall;

static void set_name_call(VM *vm, void *ud)
{
    SetNameCall *c = ud;
    Value a[2] = {c->owner, c->name};
    spy_call_method_value(vm, c->f, c->obj, 2, a);
}

static Str *format_msg(VM *vm, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Str *s = spy_format_msg(vm, fmt, ap);
    va_end(ap);
    return s;
}

/* Creates the class `name` with `bases` (a tuple) and namespace `ns`; kwnames/kwvalues are
 * the class statement's keywords for __init_subclass__. */
TypeObj *spy_class_new(VM *vm, Str *name, Tuple *bases, Dict *ns, int nkw, Value *kwvalues,
                       Tuple *kwnames)
{
    if (bases->len == 0) {
        bases = spy_tuple_pack(vm, 1, mk_obj(vm->t_object));
    }
    TypeObj *base = NULL;   /* the base whose layout instances extend */
    for (int64_t i = 0; i < bases->len; i++) {
        Value b = bases->items[i];
        if (!IS_KIND(b, K_TYPE)) {
            spy_raise(vm, EXC(vm, TypeError), "bases must be types");
        }
        TypeObj *bt = (TypeObj *)AS_OBJ(b);
        for (int64_t j = 0; j < i; j++) {
            if (spy_is(bases->items[j], b)) {
                spy_raise(vm, EXC(vm, TypeError), "duplicate base class %U", bt->name);
            }
        }
        if (!(bt->tflags & TF_BASETYPE)) {
            spy_raise(vm, EXC(vm, TypeError), "type '%N' is not an acceptable base type", bt);
        }
        if (!layout_supported((ObjKind)bt->layout)) {
            spy_raise(vm, EXC(vm, TypeError), "subclassing '%N' is not supported", bt);
        }
        if (!base || (base->layout == K_INSTANCE && bt->layout != K_INSTANCE)) {
            base = bt;
        } else if (bt->layout != K_INSTANCE && bt->layout != base->layout) {
            spy_raise(vm, EXC(vm, TypeError), "multiple bases have instance lay-out conflict");
        } else if (bt->layout == base->layout && bt->layout != K_INSTANCE &&
                   !spy_type_is_subtype(bt, base) && !spy_type_is_subtype(base, bt)) {
            /* Two unrelated classes on the same built-in layout (list and a list
             * subclass are fine; two unrelated exceptions are too, as in CPython). */
            if (bt->layout != K_EXC) {
                spy_raise(vm, EXC(vm, TypeError), "multiple bases have instance lay-out conflict");
            }
        } else if (spy_type_is_subtype(bt, base)) {
            base = bt;
        }
    }
    TypeObj *t = spy_obj_alloc(vm, sizeof(TypeObj), K_TYPE, vm->t_type);
    t->name = name;
    t->qualname = name;
    t->module = NONEV;
    t->bases = bases;
    t->base = base;
    t->layout = base->layout;
    t->tflags = TF_HEAPTYPE | TF_BASETYPE | (base->tflags & TF_EXCEPTION);
    t->dict = spy_dict_copy(vm, ns);
    t->mro = c3_mro(vm, t, bases);
    t->ctor = spy_class_call;
    if (t->layout == K_INSTANCE || t->layout == K_EXC) {
        t->instsize = (uint32_t)layout_size((ObjKind)t->layout);
    } else {
        size_t off = (layout_size((ObjKind)t->layout) + 7) & ~(size_t)7;
        t->dictoffset = (uint32_t)off;
        t->instsize = (uint32_t)(off + sizeof(Dict *));
    }
    Value qn = spy_dict_get_str(vm, t->dict, vm->s.__qualname__);
    if (!IS_NULL(qn)) {
        if (!IS_STR(qn)) {
            spy_raise(vm, EXC(vm, TypeError), "type __qualname__ must be a str, not %T", qn);
        }
        t->qualname = AS_STR(qn);
        spy_dict_del(vm, t->dict, mk_obj(vm->s.__qualname__));
    }
    Value mod = spy_dict_get_str(vm, t->dict, vm->s.__module__);
    if (!IS_NULL(mod)) {
        t->module = mod;
    }
    if (IS_NULL(spy_dict_get_str(vm, t->dict, vm->s.__doc__))) {
        spy_dict_set_str(vm, t->dict, vm->s.__doc__, NONEV);
    }
    /* __eq__ without __hash__ makes instances unhashable. */
    if (!IS_NULL(spy_dict_get_str(vm, t->dict, vm->dn[DN_EQ])) &&
        IS_NULL(spy_dict_get_str(vm, t->dict, vm->dn[DN_HASH]))) {
        spy_dict_set_str(vm, t->dict, vm->dn[DN_HASH], NONEV);
    }
    /* __init_subclass__ and __new__ are implicitly class/static methods. */
    Value isc = spy_dict_get_str(vm, t->dict, vm->dn[DN_INIT_SUBCLASS]);
    if (IS_KIND(isc, K_FUNC)) {
        Wrapper *w = spy_obj_alloc(vm, sizeof(Wrapper), K_CLASSMETHOD, vm->t_classmethod);
        w->func = isc;
        spy_dict_set_str(vm, t->dict, vm->dn[DN_INIT_SUBCLASS], mk_obj(w));
    }
    Value nw = spy_dict_get_str(vm, t->dict, vm->dn[DN_NEW]);
    if (IS_KIND(nw, K_FUNC)) {
        Wrapper *w = spy_obj_alloc(vm, sizeof(Wrapper), K_STATICMETHOD, vm->t_staticmethod);
        w->func = nw;
        spy_dict_set_str(vm, t->dict, vm->dn[DN_NEW], mk_obj(w));
    }
    /* __slots__: instances get no __dict__ when every user class in the MRO has slots. */
    Value slots = spy_dict_get_str(vm, t->dict, vm->dn[DN_SLOTS]);
    if (!IS_NULL(slots)) {
        Tuple *st = IS_STR(slots) ? spy_tuple_pack(vm, 1, slots) : spy_to_tuple(vm, slots);
        bool has_dict = false;
        for (int64_t i = 0; i < st->len; i++) {
            if (!IS_STR(st->items[i])) {
                spy_raise(vm, EXC(vm, TypeError), "__slots__ items must be strings, not '%T'",
                          st->items[i]);
            }
            if (spy_str_eq_cstr(AS_STR(st->items[i]), "__dict__")) {
                has_dict = true;
            }
        }
        if (t->layout != K_INSTANCE && st->len > 0) {
            spy_raise(vm, EXC(vm, TypeError), "nonempty __slots__ not supported for subtype of '%N'",
                      t->base);
        }
        bool all_slotted = !has_dict;
        List *names = spy_list_new(vm, st->len);
        for (int64_t i = 0; i < st->len; i++) {
            Str *sn = mangle_slot(vm, name, AS_STR(st->items[i]));
            spy_list_append(vm, names, mk_obj(sn));
            if (spy_str_eq_cstr(sn, "__dict__")) {
                continue;
            }
            if (!IS_NULL(spy_dict_get_str(vm, t->dict, sn))) {
                spy_raise(vm, EXC(vm, ValueError),
                          "'%U' in __slots__ conflicts with class variable", sn);
            }
            Member *m = spy_obj_alloc(vm, sizeof(Member), K_MEMBER, vm->t_member);
            m->name = spy_str_intern(vm, sn);
            m->owner = t;
            spy_dict_set_str(vm, t->dict, m->name, mk_obj(m));
        }
        for (int64_t i = 1; i < t->mro->len && all_slotted; i++) {
            TypeObj *b = (TypeObj *)AS_OBJ(t->mro->items[i]);
            if (b == vm->t_object) {
                continue;
            }
            if (!is_heap(b) || !(b->tflags & TF_NODICT)) {
                all_slotted = false;
                break;
            }
            for (int64_t k = 0; b->slots && k < b->slots->len; k++) {
                spy_list_append(vm, names, b->slots->items[k]);
            }
        }
        if (all_slotted && t->layout == K_INSTANCE) {
            t->tflags |= TF_NODICT;
            t->slots = spy_to_tuple(vm, mk_obj(names));
        }
    }
    update_flags(vm, t);
    vm->type_epoch++;
    /* __set_name__ of the attributes, in namespace order. */
    int64_t pos = 0;
    Value k, v;
    while (spy_dict_next(t->dict, &pos, &k, &v)) {
        if (IS_KIND(v, K_PROPERTY) && !((Property *)AS_OBJ(v))->name && IS_STR(k)) {
            ((Property *)AS_OBJ(v))->name = AS_STR(k);
            continue;
        }
        if (IS_OBJ(v) && is_heap(AS_OBJ(v)->type)) {
            Value sn = spy_user_dunder(vm, AS_OBJ(v)->type, DN_SET_NAME);
            if (!IS_NULL(sn)) {
                SetNameCall c = {sn, v, mk_obj(t), k};
                if (spy_pcall(vm, set_name_call, &c) != 0) {
                    if (vm->limit_hit) {
                        spy_limit(vm, (spy_status)vm->limit_hit);
                    }
                    /* As CPython 3.11: wrapped in a RuntimeError caused by the original. */
                    ExcObj *orig = vm->exc;
                    vm->exc = NULL;
                    Str *msg = format_msg(vm, "Error calling __set_name__ on '%T' instance %R in '%N'",
                                                v, k, t);
                    ExcObj *w = spy_exc_new(vm, EXC(vm, RuntimeError),
                                            spy_tuple_pack(vm, 1, mk_obj(msg)));
                    w->cause = mk_obj(orig);
                    w->suppress_context = true;
                    spy_throw(vm, w);
                }
            }
        }
    }
    /* __init_subclass__ of the parent (along the MRO after t). */
    for (int64_t i = 1; i < t->mro->len; i++) {
        TypeObj *b = (TypeObj *)AS_OBJ(t->mro->items[i]);
        Value f = b->dict ? spy_dict_get_str(vm, b->dict, vm->dn[DN_INIT_SUBCLASS]) : NULLV;
        if (IS_NULL(f)) {
            continue;
        }
        if (IS_KIND(f, K_CFUNC)) {
            if (nkw > 0) {
                spy_raise(vm, EXC(vm, TypeError),
                          "%N.__init_subclass__() takes no keyword arguments", t);
            }
            break;
        }
        Value bound = spy_bind(vm, f, NULLV, mk_obj(t));
        spy_call(vm, bound, 0, kwvalues, nkw > 0 ? kwnames : NULL);
        break;
    }
    return t;
}

/* __build_class__(func, name, *bases, **kwds) */
static Value build_class(VM *vm, int nargs, Value *args, Tuple *kwnames)
{
    if (nargs < 2 || !IS_KIND(args[0], K_FUNC) || !IS_STR(args[1])) {
        spy_raise(vm, EXC(vm, TypeError), "__build_class__: bad arguments");
    }
    int nkw = kwnames ? (int)kwnames->len : 0;
    Value *kwvalues = args + nargs;
    for (int i = 0; i < nkw; i++) {
        if (spy_str_eq_cstr(AS_STR(kwnames->items[i]), "metaclass")) {
            if (!spy_is(kwvalues[i], mk_obj(vm->t_type))) {
                spy_raise(vm, EXC(vm, TypeError), "metaclasses are not supported");
            }
            /* metaclass=type is the default: drop it from the keywords. */
            Tuple *nk = spy_tuple_new(vm, nkw - 1);
            Tuple *nv = spy_tuple_new(vm, nkw - 1);
            for (int j = 0, m = 0; j < nkw; j++) {
                if (j != i) {
                    nk->items[m] = kwnames->items[j];
                    nv->items[m++] = kwvalues[j];
                }
            }
            kwnames = nk;
            kwvalues = nv->items;
            nkw--;
            break;
        }
    }
    Tuple *bases = spy_tuple_new(vm, nargs - 2);
    spy_copy_values(bases->items, args + 2, nargs - 2);
    for (int64_t i = 0; i < bases->len; i++) {
        if (!IS_KIND(bases->items[i], K_TYPE)) {
            spy_raise(vm, EXC(vm, TypeError), "bases must be types");
        }
    }
    Dict *ns = spy_dict_new(vm);
    Func *body = (Func *)AS_OBJ(args[0]);
    /* Keep the namespace reachable while the body runs (it is the body frame's locals). */
    Value cell = spy_vm_run_class_body(vm, body, ns);
    TypeObj *t = spy_class_new(vm, AS_STR(args[1]), bases, ns, nkw, kwvalues, kwnames);
    if (IS_KIND(cell, K_CELL)) {
        ((Cell *)AS_OBJ(cell))->v = mk_obj(t);
    }
    return mk_obj(t);
}

/* type(name, bases, dict) */
Value spy_type_new3(VM *vm, Value name, Value bases, Value dict)
{
    if (!IS_STR(name)) {
        spy_raise(vm, EXC(vm, TypeError), "type.__new__() argument 1 must be str, not %T", name);
    }
    if (!IS_TUPLE(bases)) {
        spy_raise(vm, EXC(vm, TypeError), "type.__new__() argument 2 must be tuple, not %T", bases);
    }
    if (!IS_DICT(dict)) {
        spy_raise(vm, EXC(vm, TypeError), "type.__new__() argument 3 must be dict, not %T", dict);
    }
    Dict *ns = spy_dict_copy(vm, AS_DICT(dict));
    if (IS_NULL(spy_dict_get_str(vm, ns, vm->s.__module__)) && vm->frame) {
        Value m = spy_dict_get_str(vm, vm->frame->globals, vm->s.__name__);
        if (!IS_NULL(m)) {
            spy_dict_set_str(vm, ns, vm->s.__module__, m);
        }
    }
    return mk_obj(spy_class_new(vm, AS_STR(name), AS_TUPLE(bases), ns, 0, NULL, NULL));
}

/* ================================================================ instance creation */

/* object.__new__(t): an empty instance of t's layout. */
static Value alloc_instance(VM *vm, TypeObj *t, int nargs, Value *args)
{
    size_t size = t->instsize ? t->instsize : layout_size((ObjKind)t->layout);
    switch ((ObjKind)t->layout) {
    case K_EXC: {
        Tuple *a = spy_tuple_new(vm, nargs);
        spy_copy_values(a->items, args, nargs);
        return mk_obj(spy_exc_new(vm, t, a));
    }
    case K_DICT: {
        Dict *d = spy_obj_alloc(vm, size, K_DICT, t);
        d->mask = -1;
        return mk_obj(d);
    }
    case K_SET: {
        Set *s = spy_obj_alloc(vm, size, K_SET, t);
        s->table = spy_mem_calloc(vm, 8 * sizeof(SetEntry));
        s->mask = 7;
        s->hash = -1;
        return mk_obj(s);
    }
    case K_LIST:
        return mk_obj(spy_obj_alloc(vm, size, K_LIST, t));
    case K_BIGINT: {
        /* A subclass of int holds its value in an mpz whatever its size (unlike plain
         * ints); operations read it through the mpz and give plain ints. */
        Value v = spy_int_ctor(vm, vm->t_int, nargs, args, NULL);
        BigInt *b = spy_obj_alloc(vm, size, K_BIGINT, t);
        spy_mem_gmp_enter(vm);
        mpz_init(b->z);
        spy_int_to_mpz(v, b->z);
        return mk_obj(b);
    }
    default:
        return mk_obj(spy_obj_alloc(vm, size, K_INSTANCE, t));
    }
}

/* The built-in part of initialising an instance of a built-in layout: list(iterable),
 * dict(mapping, **kw), set(iterable). */
static void builtin_init(VM *vm, Value obj, int nargs, Value *args, Tuple *kwnames)
{
    Obj *o = AS_OBJ(obj);
    int nkw = kwnames ? (int)kwnames->len : 0;
    switch ((ObjKind)o->kind) {
    case K_LIST:
        if (nkw) {
            spy_raise(vm, EXC(vm, TypeError), "list() takes no keyword arguments");
        }
        if (nargs > 1) {
            spy_raise(vm, EXC(vm, TypeError), "list expected at most 1 argument, got %d", nargs);
        }
        ((List *)o)->len = 0;
        if (nargs == 1) {
            spy_list_extend(vm, (List *)o, args[0]);
        }
        break;
    case K_DICT:
        if (nargs > 1) {
            spy_raise(vm, EXC(vm, TypeError), "dict expected at most 1 argument, got %d", nargs);
        }
        if (nargs == 1) {
            spy_dict_update(vm, (Dict *)o, args[0]);
        }
        for (int i = 0; i < nkw; i++) {
            spy_dict_set(vm, (Dict *)o, kwnames->items[i], args[nargs + i]);
        }
        break;
    case K_SET:
        if (nkw) {
            spy_raise(vm, EXC(vm, TypeError), "set() takes no keyword arguments");
        }
        if (nargs > 1) {
            spy_raise(vm, EXC(vm, TypeError), "set expected at most 1 argument, got %d", nargs);
        }
        if (nargs == 1) {
            spy_set_update(vm, (Set *)o, args[0]);
        }
        break;
    default:
        break;
    }
}

/* Whether t's construction can skip __new__ and run a Python __init__ in the caller's
 * dispatch loop (vm.c's CALL): no user __new__, and __init__ is a plain function.
 * Returns the __init__ function or VT_NULL. */
Value spy_class_plain_init(VM *vm, TypeObj *t)
{
    if (!IS_NULL(spy_user_dunder(vm, t, DN_NEW))) {
        return NULLV;
    }
    Value init = spy_user_dunder(vm, t, DN_INIT);
    return IS_KIND(init, K_FUNC) ? init : NULLV;
}

Value spy_class_alloc(VM *vm, TypeObj *t, int nargs, Value *args)
{
    return alloc_instance(vm, t, nargs, args);
}

Value spy_class_call(VM *vm, TypeObj *t, int nargs, Value *args, Tuple *kwnames)
{
    int nkw = kwnames ? (int)kwnames->len : 0;
    Value newf = spy_user_dunder(vm, t, DN_NEW);
    Value initf = spy_user_dunder(vm, t, DN_INIT);
    Value obj;
    if (!IS_NULL(newf)) {
        Tuple *a = spy_tuple_new(vm, nargs + nkw + 1);
        a->items[0] = mk_obj(t);
        spy_copy_values(a->items + 1, args, nargs + nkw);
        Value fn = IS_KIND(newf, K_STATICMETHOD) ? ((Wrapper *)AS_OBJ(newf))->func : newf;
        obj = spy_call(vm, fn, nargs + 1, a->items, kwnames);
        if (!spy_isinstance(vm, obj, t)) {
            return obj;
        }
    } else {
        if (IS_NULL(initf) && (nargs > 0 || nkw > 0) && t->layout == K_INSTANCE) {
            spy_raise(vm, EXC(vm, TypeError), "%N() takes no arguments", t);
        }
        obj = alloc_instance(vm, t, nargs, args);
    }
    if (!IS_NULL(initf)) {
        Tuple *a = spy_tuple_new(vm, nargs + nkw + 1);
        a->items[0] = obj;
        spy_copy_values(a->items + 1, args, nargs + nkw);
        Value r;
        if (IS_KIND(initf, K_FUNC)) {
            r = spy_call(vm, initf, nargs + 1, a->items, kwnames);
        } else {
            r = spy_call(vm, spy_bind(vm, initf, obj, mk_obj(t)), nargs, a->items + 1, kwnames);
        }
        if (!IS_NONE(r)) {
            spy_raise(vm, EXC(vm, TypeError), "__init__() should return None, not '%T'", r);
        }
    } else if (IS_NULL(newf) || t->layout != K_INSTANCE) {
        builtin_init(vm, obj, nargs, args, kwnames);
    }
    return obj;
}

/* ================================================================ object's methods */

static Value object_init(VM *vm, int nargs, Value *args, Tuple *kwnames)
{
    if (nargs < 1) {
        spy_raise(vm, EXC(vm, TypeError), "descriptor '__init__' of 'object' object needs an argument");
    }
    if (nargs > 1 || (kwnames && kwnames->len)) {
        TypeObj *t = spy_typeof(vm, args[0]);
        /* Extra arguments are an error unless the class overrides __new__. */
        if (IS_NULL(spy_user_dunder(vm, t, DN_NEW)) || !IS_NULL(spy_user_dunder(vm, t, DN_INIT))) {
            spy_raise(vm, EXC(vm, TypeError),
                      "%N.__init__() takes exactly one argument (the instance to initialize)", t);
        }
    }
    return NONEV;
}

static Value object_new(VM *vm, int nargs, Value *args, Tuple *kwnames)
{
    if (nargs < 1 || !IS_KIND(args[0], K_TYPE)) {
        spy_raise(vm, EXC(vm, TypeError), "object.__new__(X): X is not a type object");
    }
    TypeObj *t = (TypeObj *)AS_OBJ(args[0]);
    if ((nargs > 1 || (kwnames && kwnames->len)) && IS_NULL(spy_user_dunder(vm, t, DN_INIT)) &&
        IS_NULL(spy_user_dunder(vm, t, DN_NEW))) {
        spy_raise(vm, EXC(vm, TypeError), "%N() takes no arguments", t);
    }
    if (t == vm->t_object) {
        return mk_obj(spy_obj_alloc(vm, sizeof(Instance), K_INSTANCE, vm->t_object));
    }
    if (!is_heap(t)) {
        spy_raise(vm, EXC(vm, TypeError), "object.__new__(%N) is not safe, use %N.__new__()", t, t);
    }
    return alloc_instance(vm, t, nargs - 1, args + 1);
}

static Value object_repr_m(VM *vm, int nargs, Value *args, Tuple *kwnames)
{
    spy_check_args(vm, "__repr__", nargs, kwnames, 1, 1);
    return mk_obj(spy_default_repr(vm, args[0]));
}

static Value object_str_m(VM *vm, int nargs, Value *args, Tuple *kwnames)
{
    spy_check_args(vm, "__str__", nargs, kwnames, 1, 1);
    return mk_obj(spy_repr(vm, args[0]));
}

static Value object_eq_m(VM *vm, int nargs, Value *args, Tuple *kwnames)
{
    spy_check_args(vm, "__eq__", nargs, kwnames, 2, 2);
    return spy_is(args[0], args[1]) ? mk_bool(true) : mk_obj(vm->notimpl);
}

static Value object_ne_m(VM *vm, int nargs, Value *args, Tuple *kwnames)
{
    spy_check_args(vm, "__ne__", nargs, kwnames, 2, 2);
    Value r = spy_compare(vm, CMP_EQ, args[0], args[1]);
    return mk_bool(!spy_truthy(vm, r));
}

static Value object_notimpl_m(VM *vm, int nargs, Value *args, Tuple *kwnames)
{
    spy_check_args(vm, "comparison", nargs, kwnames, 2, 2);
    return mk_obj(vm->notimpl);
}

static Value object_hash_m(VM *vm, int nargs, Value *args, Tuple *kwnames)
{
    spy_check_args(vm, "__hash__", nargs, kwnames, 1, 1);
    int64_t h = (int64_t)(spy_id(vm, args[0]) >> 4);
    return mk_int(h == -1 ? -2 : h);
}

static Str *attr_name_arg(VM *vm, Value v)
{
    if (!IS_STR(v)) {
        spy_raise(vm, EXC(vm, TypeError), "attribute name must be string, not '%T'", v);
    }
    return AS_STR(v);
}

static Value object_setattr_m(VM *vm, int nargs, Value *args, Tuple *kwnames)
{
    spy_check_args(vm, "__setattr__", nargs, kwnames, 3, 3);
    spy_generic_setattr(vm, args[0], attr_name_arg(vm, args[1]), args[2]);
    return NONEV;
}

static Value object_delattr_m(VM *vm, int nargs, Value *args, Tuple *kwnames)
{
    spy_check_args(vm, "__delattr__", nargs, kwnames, 2, 2);
    spy_generic_delattr(vm, args[0], attr_name_arg(vm, args[1]));
    return NONEV;
}

static Value object_getattribute_m(VM *vm, int nargs, Value *args, Tuple *kwnames)
{
    spy_check_args(vm, "__getattribute__", nargs, kwnames, 2, 2);
    Str *name = attr_name_arg(vm, args[1]);
    Value v = spy_generic_getattr(vm, args[0], name);
    if (IS_NULL(v)) {
        no_attr(vm, args[0], name);
    }
    return v;
}

static Value object_format_m(VM *vm, int nargs, Value *args, Tuple *kwnames)
{
    spy_check_args(vm, "__format__", nargs, kwnames, 2, 2);
    if (!IS_STR(args[1])) {
        spy_raise(vm, EXC(vm, TypeError), "__format__() argument must be str, not %T", args[1]);
    }
    if (AS_STR(args[1])->len > 0) {
        TypeObj *t = spy_typeof(vm, args[0]);
        spy_raise(vm, EXC(vm, TypeError), "unsupported format string passed to %U.__format__",
                  t->qualname ? t->qualname : t->name);
    }
    return mk_obj(spy_str(vm, args[0]));
}

static Value object_init_subclass_m(VM *vm, int nargs, Value *args, Tuple *kwnames)
{
    if (kwnames && kwnames->len) {
        spy_raise(vm, EXC(vm, TypeError), "%N.__init_subclass__() takes no keyword arguments",
                  nargs > 0 && IS_KIND(args[0], K_TYPE) ? (TypeObj *)AS_OBJ(args[0]) : vm->t_object);
    }
    return NONEV;
}

static const MethodDef object_methods[] = {
    {"__init__", object_init, 0},
    {"__new__", object_new, CF_STATIC},
    {"__repr__", object_repr_m, 0},
    {"__str__", object_str_m, 0},
    {"__eq__", object_eq_m, 0},
    {"__ne__", object_ne_m, 0},
    {"__lt__", object_notimpl_m, 0},
    {"__le__", object_notimpl_m, 0},
    {"__gt__", object_notimpl_m, 0},
    {"__ge__", object_notimpl_m, 0},
    {"__hash__", object_hash_m, 0},
    {"__setattr__", object_setattr_m, 0},
    {"__delattr__", object_delattr_m, 0},
    {"__getattribute__", object_getattribute_m, 0},
    {"__format__", object_format_m, 0},
    {"__init_subclass__", object_init_subclass_m, CF_CLASS},
    {NULL, NULL, 0},
};

/* list.__init__, dict.__init__, set.__init__ (for super().__init__(...) in subclasses). */
static Value container_init_m(VM *vm, int nargs, Value *args, Tuple *kwnames)
{
    if (nargs < 1 || !IS_OBJ(args[0])) {
        spy_raise(vm, EXC(vm, TypeError), "__init__ needs an instance");
    }
    builtin_init(vm, args[0], nargs - 1, args + 1, kwnames);
    return NONEV;
}

/* BaseException.__init__(self, *args) */
static Value exc_init_m(VM *vm, int nargs, Value *args, Tuple *kwnames)
{
    if (nargs < 1 || !IS_KIND(args[0], K_EXC)) {
        spy_raise(vm, EXC(vm, TypeError), "descriptor '__init__' requires a 'BaseException' object");
    }
    if (kwnames && kwnames->len) {
        spy_raise(vm, EXC(vm, TypeError), "%T() takes no keyword arguments", args[0]);
    }
    Tuple *a = spy_tuple_new(vm, nargs - 1);
    spy_copy_values(a->items, args + 1, nargs - 1);
    ((ExcObj *)AS_OBJ(args[0]))->args = a;
    return NONEV;
}

static Value exc_str_m(VM *vm, int nargs, Value *args, Tuple *kwnames)
{
    spy_check_args(vm, "__str__", nargs, kwnames, 1, 1);
    if (!IS_KIND(args[0], K_EXC)) {
        spy_raise(vm, EXC(vm, TypeError), "descriptor '__str__' requires a 'BaseException' object");
    }
    return mk_obj(spy_exc_str(vm, (ExcObj *)AS_OBJ(args[0])));
}

static Value exc_repr_m(VM *vm, int nargs, Value *args, Tuple *kwnames)
{
    spy_check_args(vm, "__repr__", nargs, kwnames, 1, 1);
    if (!IS_KIND(args[0], K_EXC)) {
        spy_raise(vm, EXC(vm, TypeError), "descriptor '__repr__' requires a 'BaseException' object");
    }
    return mk_obj(spy_exc_repr(vm, (ExcObj *)AS_OBJ(args[0])));
}

static Value exc_with_traceback_m(VM *vm, int nargs, Value *args, Tuple *kwnames)
{
    spy_check_args(vm, "with_traceback", nargs, kwnames, 2, 2);
    return args[0];
}

static const MethodDef exc_methods[] = {
    {"__init__", exc_init_m, 0},
    {"__str__", exc_str_m, 0},
    {"__repr__", exc_repr_m, 0},
    {"with_traceback", exc_with_traceback_m, 0},
    {NULL, NULL, 0},
};

/* ================================================================ built-in containers' dunders */

/* The dunder methods of the built-in containers, for `super().__getitem__(k)` in a
 * subclass and `list.__len__(xs)`.  They work on the built-in layout directly: never
 * through the protocols, which would dispatch back to the subclass's own methods. */
static Obj *container_self(VM *vm, int nargs, Value *args, int want, const char *name)
{
    if (nargs != want) {
        spy_raise(vm, EXC(vm, TypeError), "expected %d argument%s, got %d", want - 1,
                  want == 2 ? "" : "s", nargs - 1);
    }
    if (!IS_OBJ(args[0])) {
        spy_raise(vm, EXC(vm, TypeError), "descriptor '%s' requires a container, not '%T'", name,
                  args[0]);
    }
    return AS_OBJ(args[0]);
}

static Value c_len(VM *vm, int nargs, Value *args, Tuple *kwnames)
{
    spy_check_args(vm, "__len__", 0, kwnames, 0, 0);
    Obj *o = container_self(vm, nargs, args, 1, "__len__");
    switch ((ObjKind)o->kind) {
    case K_STR:
        return mk_int(((Str *)o)->len);
    case K_LIST:
        return mk_int(((List *)o)->len);
    case K_TUPLE:
        return mk_int(((Tuple *)o)->len);
    case K_DICT:
        return mk_int(((Dict *)o)->used);
    case K_SET:
    case K_FROZENSET:
        return mk_int(((Set *)o)->used);
    default:
        spy_raise(vm, EXC(vm, TypeError), "descriptor '__len__' requires a container, not '%T'",
                  args[0]);
    }
}

static Value c_getitem(VM *vm, int nargs, Value *args, Tuple *kwnames)
{
    spy_check_args(vm, "__getitem__", 0, kwnames, 0, 0);
    Obj *o = container_self(vm, nargs, args, 2, "__getitem__");
    switch ((ObjKind)o->kind) {
    case K_STR:
        return spy_str_getitem(vm, (Str *)o, args[1]);
    case K_LIST:
        return spy_list_getitem(vm, (List *)o, args[1]);
    case K_TUPLE:
        return spy_tuple_getitem(vm, (Tuple *)o, args[1]);
    case K_DICT: {
        Value v = spy_dict_get(vm, (Dict *)o, args[1]);
        if (IS_NULL(v)) {
            Value m = spy_call_dunder(vm, args[0], DN_MISSING, 1, &args[1]);
            if (!IS_NULL(m)) {
                return m;
            }
            spy_raise_keyerror(vm, args[1]);
        }
        return v;
    }
    default:
        spy_raise(vm, EXC(vm, TypeError), "descriptor '__getitem__' requires a container, not '%T'",
                  args[0]);
    }
}

static Value c_setitem(VM *vm, int nargs, Value *args, Tuple *kwnames)
{
    spy_check_args(vm, "__setitem__", 0, kwnames, 0, 0);
    Obj *o = container_self(vm, nargs, args, 3, "__setitem__");
    if (o->kind == K_LIST) {
        spy_list_setitem(vm, (List *)o, args[1], args[2]);
    } else if (o->kind == K_DICT) {
        spy_dict_set(vm, (Dict *)o, args[1], args[2]);
    } else {
        spy_raise(vm, EXC(vm, TypeError), "descriptor '__setitem__' requires a list or dict, not '%T'",
                  args[0]);
    }
    return NONEV;
}

static Value c_delitem(VM *vm, int nargs, Value *args, Tuple *kwnames)
{
    spy_check_args(vm, "__delitem__", 0, kwnames, 0, 0);
    Obj *o = container_self(vm, nargs, args, 2, "__delitem__");
    if (o->kind == K_LIST) {
        spy_list_delitem(vm, (List *)o, args[1]);
    } else if (o->kind == K_DICT) {
        if (!spy_dict_del(vm, (Dict *)o, args[1])) {
            spy_raise_keyerror(vm, args[1]);
        }
    } else {
        spy_raise(vm, EXC(vm, TypeError), "descriptor '__delitem__' requires a list or dict, not '%T'",
                  args[0]);
    }
    return NONEV;
}

static Value c_contains(VM *vm, int nargs, Value *args, Tuple *kwnames)
{
    spy_check_args(vm, "__contains__", 0, kwnames, 0, 0);
    container_self(vm, nargs, args, 2, "__contains__");
    return mk_bool(spy_contains_builtin(vm, args[0], args[1]));
}

static Value c_iter(VM *vm, int nargs, Value *args, Tuple *kwnames)
{
    spy_check_args(vm, "__iter__", 0, kwnames, 0, 0);
    container_self(vm, nargs, args, 1, "__iter__");
    return spy_iter_builtin(vm, args[0]);
}

static Value c_repr(VM *vm, int nargs, Value *args, Tuple *kwnames)
{
    spy_check_args(vm, "__repr__", 0, kwnames, 0, 0);
    Obj *o = container_self(vm, nargs, args, 1, "__repr__");
    switch ((ObjKind)o->kind) {
    case K_STR:
        return mk_obj(spy_str_repr(vm, (Str *)o));
    case K_LIST:
        return mk_obj(spy_list_repr(vm, (List *)o));
    case K_TUPLE:
        return mk_obj(spy_tuple_repr(vm, (Tuple *)o));
    case K_DICT:
        return mk_obj(spy_dict_repr(vm, (Dict *)o));
    case K_SET:
    case K_FROZENSET:
        return mk_obj(spy_set_repr(vm, (Set *)o));
    case K_BIGINT:
        return mk_obj(spy_int_to_str(vm, spy_int_from_mpz(vm, ((BigInt *)o)->z), 10));
    default:
        return mk_obj(spy_repr(vm, args[0]));
    }
}

static const MethodDef seq_dunders[] = {
    {"__len__", c_len, 0},
    {"__getitem__", c_getitem, 0},
    {"__contains__", c_contains, 0},
    {"__iter__", c_iter, 0},
    {"__repr__", c_repr, 0},
    {NULL, NULL, 0},
};

static const MethodDef mutable_dunders[] = {
    {"__setitem__", c_setitem, 0},
    {"__delitem__", c_delitem, 0},
    {NULL, NULL, 0},
};

static const MethodDef set_dunders[] = {
    {"__len__", c_len, 0},
    {"__contains__", c_contains, 0},
    {"__iter__", c_iter, 0},
    {"__repr__", c_repr, 0},
    {NULL, NULL, 0},
};

/* ================================================================ staticmethod, classmethod, property */

static Value wrapper_ctor(VM *vm, TypeObj *t, int nargs, Value *args, Tuple *kwnames)
{
    const char *name = t == vm->t_staticmethod ? "staticmethod" : "classmethod";
    spy_check_args(vm, name, nargs, kwnames, 1, 1);
    Wrapper *w = spy_obj_alloc(vm, sizeof(Wrapper),
                               t == vm->t_staticmethod ? K_STATICMETHOD : K_CLASSMETHOD, t);
    w->func = args[0];
    return mk_obj(w);
}

static Value property_ctor(VM *vm, TypeObj *t, int nargs, Value *args, Tuple *kwnames)
{
    static const char *const names[] = {"fget", "fset", "fdel", "doc", NULL};
    Value out[4];
    spy_parse_args(vm, "property", nargs, args, kwnames, names, 0, 4, 0, out);
    Property *p = spy_obj_alloc(vm, sizeof(Property), K_PROPERTY, t);
    p->fget = IS_NULL(out[0]) ? NONEV : out[0];
    p->fset = IS_NULL(out[1]) ? NONEV : out[1];
    p->fdel = IS_NULL(out[2]) ? NONEV : out[2];
    p->doc = out[3];
    if ((IS_NULL(p->doc) || IS_NONE(p->doc)) && IS_KIND(p->fget, K_FUNC)) {
        p->doc = ((Func *)AS_OBJ(p->fget))->doc;
    }
    if (IS_NULL(p->doc)) {
        p->doc = NONEV;
    }
    return mk_obj(p);
}

static Value property_copy(VM *vm, Value self, int which, Value f)
{
    if (!IS_KIND(self, K_PROPERTY)) {
        spy_raise(vm, EXC(vm, TypeError), "descriptor requires a 'property' object");
    }
    Property *o = (Property *)AS_OBJ(self);
    Property *p = spy_obj_alloc(vm, sizeof(Property), K_PROPERTY, o->hdr.type);
    p->fget = o->fget;
    p->fset = o->fset;
    p->fdel = o->fdel;
    p->doc = o->doc;
    p->name = o->name;
    if (which == 0) {
        p->fget = f;
    } else if (which == 1) {
        p->fset = f;
    } else {
        p->fdel = f;
    }
    return mk_obj(p);
}

static Value property_getter_m(VM *vm, int nargs, Value *args, Tuple *kwnames)
{
    spy_check_args(vm, "getter", nargs, kwnames, 2, 2);
    return property_copy(vm, args[0], 0, args[1]);
}

static Value property_setter_m(VM *vm, int nargs, Value *args, Tuple *kwnames)
{
    spy_check_args(vm, "setter", nargs, kwnames, 2, 2);
    return property_copy(vm, args[0], 1, args[1]);
}

static Value property_deleter_m(VM *vm, int nargs, Value *args, Tuple *kwnames)
{
    spy_check_args(vm, "deleter", nargs, kwnames, 2, 2);
    return property_copy(vm, args[0], 2, args[1]);
}

static const MethodDef property_methods[] = {
    {"getter", property_getter_m, 0},
    {"setter", property_setter_m, 0},
    {"deleter", property_deleter_m, 0},
    {NULL, NULL, 0},
};

/* Attributes of staticmethod/classmethod/property objects. */
Value spy_descr_attr(VM *vm, Obj *o, Str *name)
{
    if (o->kind == K_PROPERTY) {
        Property *p = (Property *)o;
        if (spy_str_eq_cstr(name, "fget")) {
            return p->fget;
        }
        if (spy_str_eq_cstr(name, "fset")) {
            return p->fset;
        }
        if (spy_str_eq_cstr(name, "fdel")) {
            return p->fdel;
        }
        if (name == vm->s.__doc__) {
            return p->doc;
        }
        return NULLV;
    }
    if (o->kind == K_STATICMETHOD || o->kind == K_CLASSMETHOD) {
        Wrapper *w = (Wrapper *)o;
        if (spy_str_eq_cstr(name, "__func__")) {
            return w->func;
        }
        if (name == vm->s.__name__ || name == vm->s.__qualname__ || name == vm->s.__doc__) {
            return spy_getattr_opt(vm, w->func, name);
        }
        return NULLV;
    }
    if (o->kind == K_METHOD) {
        Method *m = (Method *)o;
        if (spy_str_eq_cstr(name, "__func__")) {
            return m->func;
        }
        if (spy_str_eq_cstr(name, "__self__")) {
            return m->self;
        }
        return spy_getattr_opt(vm, m->func, name);
    }
    return NULLV;
}

/* ================================================================ super */

static Value super_ctor(VM *vm, TypeObj *t, int nargs, Value *args, Tuple *kwnames)
{
    spy_check_args(vm, "super", nargs, kwnames, 0, 2);
    TypeObj *type;
    Value obj;
    if (nargs == 0) {
        Frame *f = vm->frame;
        if (!f || !f->func || f->code->nargs == 0) {
            spy_raise(vm, EXC(vm, RuntimeError), "super(): no arguments");
        }
        Code *co = f->code;
        obj = f->localsplus[0];
        if (IS_KIND(obj, K_CELL)) {
            obj = ((Cell *)AS_OBJ(obj))->v;
        }
        if (IS_NULL(obj)) {
            spy_raise(vm, EXC(vm, RuntimeError), "super(): arg[0] deleted");
        }
        Value cls = NULLV;
        int base = co->nlocals + co->ncells;
        for (int i = 0; i < co->nfree; i++) {
            if (spy_str_eq_cstr(co->localnames[base + i], "__class__")) {
                Value c = f->localsplus[base + i];
                if (IS_KIND(c, K_CELL)) {
                    cls = ((Cell *)AS_OBJ(c))->v;
                }
                if (IS_NULL(cls)) {
                    spy_raise(vm, EXC(vm, RuntimeError), "super(): empty __class__ cell");
                }
                break;
            }
        }
        if (IS_NULL(cls)) {
            spy_raise(vm, EXC(vm, RuntimeError), "super(): __class__ cell not found");
        }
        if (!IS_KIND(cls, K_TYPE)) {
            spy_raise(vm, EXC(vm, RuntimeError), "super(): __class__ is not a type (%T)", cls);
        }
        type = (TypeObj *)AS_OBJ(cls);
    } else {
        if (!IS_KIND(args[0], K_TYPE)) {
            spy_raise(vm, EXC(vm, TypeError), "super() argument 1 must be a type, not %T", args[0]);
        }
        type = (TypeObj *)AS_OBJ(args[0]);
        if (nargs == 1) {
            spy_raise(vm, EXC(vm, RuntimeError), "unbound super() objects are not supported");
        }
        obj = args[1];
    }
    TypeObj *objtype;
    if (IS_KIND(obj, K_TYPE) && spy_type_is_subtype((TypeObj *)AS_OBJ(obj), type)) {
        objtype = (TypeObj *)AS_OBJ(obj);
    } else if (spy_isinstance(vm, obj, type)) {
        objtype = spy_typeof(vm, obj);
    } else {
        spy_raise(vm, EXC(vm, TypeError),
                  "super(type, obj): obj must be an instance or subtype of type");
    }
    Super *s = spy_obj_alloc(vm, sizeof(Super), K_SUPER, t);
    s->type = type;
    s->obj = obj;
    s->objtype = objtype;
    return mk_obj(s);
}

Value spy_super_find(VM *vm, Super *s, Str *name)
{
    Tuple *mro = s->objtype->mro;
    int64_t i = 0;
    while (i < mro->len && (TypeObj *)AS_OBJ(mro->items[i]) != s->type) {
        i++;
    }
    for (i++; i < mro->len; i++) {
        TypeObj *b = (TypeObj *)AS_OBJ(mro->items[i]);
        Value v = b->dict ? spy_dict_get_str(vm, b->dict, name) : NULLV;
        if (!IS_NULL(v)) {
            return v;
        }
    }
    return NULLV;
}

Value spy_super_getattr(VM *vm, Super *s, Str *name)
{
    Tuple *mro = s->objtype->mro;
    int64_t i = 0;
    while (i < mro->len && (TypeObj *)AS_OBJ(mro->items[i]) != s->type) {
        i++;
    }
    for (i++; i < mro->len; i++) {
        TypeObj *b = (TypeObj *)AS_OBJ(mro->items[i]);
        Value v = b->dict ? spy_dict_get_str(vm, b->dict, name) : NULLV;
        if (IS_NULL(v)) {
            continue;
        }
        if (IS_KIND(v, K_PROPERTY)) {
            if (IS_KIND(s->obj, K_TYPE) && s->objtype == (TypeObj *)AS_OBJ(s->obj)) {
                return v;
            }
            return property_get(vm, (Property *)AS_OBJ(v), s->obj);
        }
        bool is_cls = IS_KIND(s->obj, K_TYPE) && (TypeObj *)AS_OBJ(s->obj) == s->objtype;
        return spy_bind(vm, v, is_cls ? NULLV : s->obj, mk_obj(s->objtype));
    }
    if (name == vm->s.__class__) {
        return mk_obj(vm->t_super);
    }
    return NULLV;
}

/* ================================================================ setup */

void spy_class_init(VM *vm)
{
    for (int i = 0; i < DN__COUNT; i++) {
        vm->dn[i] = spy_str_intern_cstr(vm, dunder_names[i]);
    }
    vm->build_class = spy_cfunc_new(vm, "__build_class__", build_class, NULLV, NULL, 0);
    spy_type_add_methods(vm, vm->t_object, object_methods);
    static const MethodDef container_init[] = {{"__init__", container_init_m, 0}, {NULL, NULL, 0}};
    spy_type_add_methods(vm, vm->t_list, container_init);
    spy_type_add_methods(vm, vm->t_dict, container_init);
    spy_type_add_methods(vm, vm->t_set, container_init);
    spy_type_add_methods(vm, EXC(vm, BaseException), exc_methods);
    TypeObj *seqs[] = {vm->t_str, vm->t_list, vm->t_tuple, vm->t_dict};
    for (size_t i = 0; i < sizeof seqs / sizeof seqs[0]; i++) {
        spy_type_add_methods(vm, seqs[i], seq_dunders);
    }
    spy_type_add_methods(vm, vm->t_list, mutable_dunders);
    spy_type_add_methods(vm, vm->t_dict, mutable_dunders);
    spy_type_add_methods(vm, vm->t_set, set_dunders);
    spy_type_add_methods(vm, vm->t_frozenset, set_dunders);
    static const MethodDef int_dunders[] = {{"__repr__", c_repr, 0}, {NULL, NULL, 0}};
    spy_type_add_methods(vm, vm->t_int, int_dunders);
    spy_type_add_methods(vm, vm->t_property, property_methods);
    vm->t_staticmethod->ctor = wrapper_ctor;
    vm->t_classmethod->ctor = wrapper_ctor;
    vm->t_property->ctor = property_ctor;
    vm->t_super->ctor = super_ctor;
}
