/* call.c: binding call arguments to parameters (with CPython 3.11's TypeError messages),
 * argument checking for C builtins, and calls made from C into any callable.
 *
 * A call from C into Python runs a nested dispatch loop; its depth is bounded by
 * SPY_MAX_C_DEPTH and the objects the calling C code allocated are pinned for the
 * duration (see vm.h), so a collection inside the callee cannot free them. */
#include <string.h>

#include "vm.h"

/* ================================================================ helpers */

static const char *plural(int64_t n)
{
    return n == 1 ? "" : "s";
}

static bool name_eq(Str *a, Str *b)
{
    return a == b || spy_str_eq(a, b);
}

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'" */
static Str *name_list(VM *vm, Str **names, int n)
{
    StrBuf sb;
    spy_sb_init(vm, &sb);
    for (int i = 0; i < n; i++) {
        if (i > 0) {
            spy_sb_add_cstr(vm, &sb, n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
        }
        spy_sb_add_cstr(vm, &sb, "'");
        spy_sb_add_str(vm, &sb, names[i]);
        spy_sb_add_cstr(vm, &sb, "'");
    }
    return spy_sb_finish(vm, &sb);
}

SPY_NORETURN static void missing_args(VM *vm, Func *f, Value *locals, int from, int to,
                                      const char *kind)
{
    Code *co = f->code;
    Str *names[64];
    int n = 0, total = 0;
    for (int i = from; i < to; i++) {
        if (IS_NULL(locals[i])) {
            if (n < 64) {
                names[n++] = co->localnames[i];
            }
            total++;
        }
    }
    spy_raise(vm, EXC(vm, TypeError), "%U() missing %d required %s argument%s: %U", f->qualname,
              total, kind, plural(total), name_list(vm, names, n));
}

SPY_NORETURN static void too_many_positional(VM *vm, Func *f, int nargs, Tuple *kwnames,
                                             Value *args)
{
    Code *co = f->code;
    int npos = co->nargs;
    int ndef = f->defaults ? (int)f->defaults->len : 0;
    /* Keyword-only arguments that were given, for the "(and N keyword-only ...)" part. */
    int kwonly_given = 0;
    if (kwnames) {
        for (int64_t k = 0; k < kwnames->len; k++) {
            Str *kn = AS_STR(kwnames->items[k]);
            for (int i = npos; i < npos + co->nkwonly; i++) {
                if (name_eq(co->localnames[i], kn)) {
                    kwonly_given++;
                }
            }
        }
    }
    (void)args;
    char takes[64];
    if (ndef > 0) {
        snprintf(takes, sizeof takes, "from %d to %d positional argument%s", npos - ndef, npos,
                 plural(npos));
    } else {
        snprintf(takes, sizeof takes, "%d positional argument%s", npos, plural(npos));
    }
    if (kwonly_given) {
        spy_raise(vm, EXC(vm, TypeError),
                  "%U() takes %s but %d positional argument%s (and %d keyword-only argument%s) "
                  "were given",
                  f->qualname, takes, nargs, plural(nargs), kwonly_given, plural(kwonly_given));
    }
    spy_raise(vm, EXC(vm, TypeError), "%U() takes %s but %d %s given", f->qualname, takes, nargs,
              nargs == 1 ? "was" : "were");
}

void spy_bind_args(VM *vm, Func *f, Value *locals, int nargs, Value *args, Tuple *kwnames)
{
    Code *co = f->code;
    int npos = co->nargs;
    int nkwonly = co->nkwonly;
    int slot = npos + nkwonly;
    int varargs = (co->flags & CO_VARARGS) ? slot++ : -1;
    int varkw = (co->flags & CO_VARKEYWORDS) ? slot++ : -1;

    int ncopy = nargs < npos ? nargs : npos;
    for (int i = 0; i < ncopy; i++) {
        locals[i] = args[i];
    }
    if (nargs > npos) {
        if (varargs < 0) {
            too_many_positional(vm, f, nargs, kwnames, args);
        }
        Tuple *extra = spy_tuple_new(vm, nargs - npos);
        spy_copy_values(extra->items, args + npos, (nargs - npos));
        locals[varargs] = mk_obj(extra);
    } else if (varargs >= 0) {
        locals[varargs] = mk_obj(spy_tuple_new(vm, 0));
    }
    Dict *kwdict = NULL;
    if (varkw >= 0) {
        kwdict = spy_dict_new(vm);
        locals[varkw] = mk_obj(kwdict);
    }
    if (kwnames) {
        Str *posonly_named[64];
        int nposonly_named = 0;
        for (int64_t k = 0; k < kwnames->len; k++) {
            Str *kn = AS_STR(kwnames->items[k]);
            Value v = args[nargs + k];
            int found = -1;
            for (int i = co->nposonly; i < npos + nkwonly; i++) {
                if (co->localnames[i] == kn) {
                    found = i;
                    break;
                }
            }
            if (found < 0) {
                for (int i = co->nposonly; i < npos + nkwonly; i++) {
                    if (name_eq(co->localnames[i], kn)) {
                        found = i;
                        break;
                    }
                }
            }
            if (found >= 0) {
                if (!IS_NULL(locals[found])) {
                    spy_raise(vm, EXC(vm, TypeError),
                              "%U() got multiple values for argument '%U'", f->qualname, kn);
                }
                locals[found] = v;
                continue;
            }
            if (kwdict) {
                spy_dict_set(vm, kwdict, mk_obj(kn), v);
                continue;
            }
            bool posonly = false;
            for (int i = 0; i < co->nposonly; i++) {
                if (name_eq(co->localnames[i], kn)) {
                    posonly = true;
                }
            }
            if (posonly) {
                if (nposonly_named < 64) {
                    posonly_named[nposonly_named++] = kn;
                }
                continue;
            }
            spy_raise(vm, EXC(vm, TypeError), "%U() got an unexpected keyword argument '%U'",
                      f->qualname, kn);
        }
        if (nposonly_named) {
            /* CPython quotes the whole comma-separated list once: 'a, b'. */
            StrBuf sb;
            spy_sb_init(vm, &sb);
            for (int i = 0; i < nposonly_named; i++) {
                if (i > 0) {
                    spy_sb_add_cstr(vm, &sb, ", ");
                }
                spy_sb_add_str(vm, &sb, posonly_named[i]);
            }
            spy_raise(vm, EXC(vm, TypeError),
                      "%U() got some positional-only arguments passed as keyword arguments: '%U'",
                      f->qualname, spy_sb_finish(vm, &sb));
        }
    }
    /* Defaults for the trailing positional parameters. */
    if (nargs < npos) {
        int ndef = f->defaults ? (int)f->defaults->len : 0;
        int first_def = npos - ndef;
        for (int i = nargs; i < npos; i++) {
            if (IS_NULL(locals[i]) && i >= first_def) {
                locals[i] = f->defaults->items[i - first_def];
            }
        }
        for (int i = nargs; i < first_def && i < npos; i++) {
            if (IS_NULL(locals[i])) {
                missing_args(vm, f, locals, nargs, first_def, "positional");
            }
        }
    }
    bool kw_missing = false;
    for (int i = npos; i < npos + nkwonly; i++) {
        if (IS_NULL(locals[i]) && f->kwdefaults) {
            locals[i] = spy_dict_get_str(vm, f->kwdefaults, co->localnames[i]);
        }
        kw_missing |= IS_NULL(locals[i]);
    }
    if (kw_missing) {
        missing_args(vm, f, locals, npos, npos + nkwonly, "keyword-only");
    }
}

/* ================================================================ builtin arguments */

void spy_check_args(VM *vm, const char *fname, int nargs, Tuple *kwnames, int min, int max)
{
    if (kwnames && kwnames->len > 0) {
        spy_raise(vm, EXC(vm, TypeError), "%s() takes no keyword arguments", fname);
    }
    if (nargs >= min && (max < 0 || nargs <= max)) {
        return;
    }
    if (min == 1 && max == 1) {
        spy_raise(vm, EXC(vm, TypeError), "%s() takes exactly one argument (%d given)", fname,
                  nargs);
    }
    if (min == 0 && max == 0) {
        spy_raise(vm, EXC(vm, TypeError), "%s() takes no arguments (%d given)", fname, nargs);
    }
    if (min == max) {
        spy_raise(vm, EXC(vm, TypeError), "%s expected %d argument%s, got %d", fname, min,
                  plural(min), nargs);
    }
    if (nargs < min) {
        spy_raise(vm, EXC(vm, TypeError), "%s expected at least %d argument%s, got %d", fname,
                  min, plural(min), nargs);
    }
    spy_raise(vm, EXC(vm, TypeError), "%s expected at most %d argument%s, got %d", fname, max,
              plural(max), nargs);
}

void spy_parse_args(VM *vm, const char *fname, int nargs, Value *args, Tuple *kwnames,
                    const char *const *names, int npos_only, int max_pos, int min, Value *out)
{
    int nparams = 0;
    while (names[nparams]) {
        nparams++;
    }
    if (nargs > max_pos) {
        if (max_pos == nparams) {
            spy_raise(vm, EXC(vm, TypeError), "%s() takes at most %d argument%s (%d given)",
                      fname, max_pos, plural(max_pos), nargs);
        }
        spy_raise(vm, EXC(vm, TypeError), "%s() takes at most %d positional argument%s (%d given)",
                  fname, max_pos, plural(max_pos), nargs);
    }
    for (int i = 0; i < nparams; i++) {
        out[i] = i < nargs ? args[i] : NULLV;
    }
    if (kwnames) {
        for (int64_t k = 0; k < kwnames->len; k++) {
            Str *kn = AS_STR(kwnames->items[k]);
            int found = -1;
            for (int i = 0; i < nparams; i++) {
                if (spy_str_eq_cstr(kn, names[i])) {
                    found = i;
                    break;
                }
            }
            if (found < 0 || found < npos_only) {
                spy_raise(vm, EXC(vm, TypeError), "'%U' is an invalid keyword argument for %s()",
                          kn, fname);
            }
            if (!IS_NULL(out[found])) {
                spy_raise(vm, EXC(vm, TypeError),
                          "argument for %s() given by name ('%s') and position (%d)", fname,
                          names[found], found + 1);
            }
            out[found] = args[nargs + k];
        }
    }
    for (int i = 0; i < min; i++) {
        if (IS_NULL(out[i])) {
            if (i < nargs || i >= max_pos) {
                spy_raise(vm, EXC(vm, TypeError), "%s() missing required argument '%s' (pos %d)",
                          fname, names[i], i + 1);
            }
            spy_raise(vm, EXC(vm, TypeError), "%s() missing required argument '%s' (pos %d)",
                      fname, names[i], i + 1);
        }
    }
}

/* ================================================================ calls from C */

static Value call_type(VM *vm, TypeObj *t, int nargs, Value *args, Tuple *kwnames)
{
    if (t->ctor) {
        return t->ctor(vm, t, nargs, args, kwnames);
    }
    spy_raise(vm, EXC(vm, TypeError), "cannot create '%N' instances", t);
}

/* A call that goes through another callable (a bound method's function, a staticmethod's
 * function, an instance's __call__): these can chain without end (`A.__call__ = A()`,
 * staticmethod(staticmethod(...))), so each link counts one level of C recursion. */
static Value call_through(VM *vm, Value f, int nargs, Value *args, Tuple *kwnames)
{
    if (IS_KIND(f, K_FUNC)) {
        return spy_vm_call_function(vm, (Func *)AS_OBJ(f), nargs, args, kwnames);  /* counts */
    }
    spy_enter_c(vm, " while calling a Python object");
    Value r = spy_call(vm, f, nargs, args, kwnames);
    spy_leave_c(vm);
    return r;
}

Value spy_call(VM *vm, Value callable, int nargs, Value *args, Tuple *kwnames)
{
    if (!IS_OBJ(callable)) {
        spy_raise(vm, EXC(vm, TypeError), "'%T' object is not callable", callable);
    }
    Obj *o = AS_OBJ(callable);
    switch ((ObjKind)o->kind) {
    case K_CFUNC: {
        CFunc *f = (CFunc *)o;
        if (IS_NULL(f->self) || (f->flags & CF_STATIC)) {
            return f->fn(vm, nargs, args, kwnames);
        }
        /* Bound C method: prepend self.  A Tuple holds the copy (GC-owned scratch). */
        int total = nargs + (kwnames ? (int)kwnames->len : 0);
        Value local[8];
        Value *full = local;
        if (total + 1 > 8) {
            Tuple *t = spy_tuple_new(vm, total + 1);
            full = t->items;
        }
        full[0] = f->self;
        spy_copy_values(full + 1, args, total);
        return f->fn(vm, nargs + 1, full, kwnames);
    }
    case K_FUNC:
        return spy_vm_call_function(vm, (Func *)o, nargs, args, kwnames);
    case K_TYPE:
        return call_type(vm, (TypeObj *)o, nargs, args, kwnames);
    case K_METHOD: {
        Method *m = (Method *)o;
        int total = nargs + (kwnames ? (int)kwnames->len : 0);
        Tuple *t = spy_tuple_new(vm, total + 1);
        t->items[0] = m->self;
        spy_copy_values(t->items + 1, args, total);
        return call_through(vm, m->func, nargs + 1, t->items, kwnames);
    }
    case K_STATICMETHOD:
        return call_through(vm, ((Wrapper *)o)->func, nargs, args, kwnames);
    default: {
        Value f = spy_user_dunder(vm, o->type, DN_CALL);
        if (!IS_NULL(f) && !IS_NONE(f)) {
            int total = nargs + (kwnames ? (int)kwnames->len : 0);
            Tuple *t = spy_tuple_new(vm, total + 1);
            t->items[0] = callable;
            spy_copy_values(t->items + 1, args, total);
            if (IS_KIND(f, K_FUNC)) {
                return call_through(vm, f, nargs + 1, t->items, kwnames);
            }
            return call_through(vm, spy_bind(vm, f, callable, mk_obj(o->type)), nargs,
                                t->items + 1, kwnames);
        }
        spy_raise(vm, EXC(vm, TypeError), "'%T' object is not callable", callable);
    }
    }
}

Value spy_call0(VM *vm, Value callable)
{
    return spy_call(vm, callable, 0, NULL, NULL);
}

Value spy_call1(VM *vm, Value callable, Value a)
{
    Value args[1] = {a};
    return spy_call(vm, callable, 1, args, NULL);
}

Value spy_call2(VM *vm, Value callable, Value a, Value b)
{
    Value args[2] = {a, b};
    return spy_call(vm, callable, 2, args, NULL);
}

Value spy_call_method(VM *vm, Value self, Str *name, int nargs, Value *args)
{
    Value m = spy_getattr(vm, self, name);
    return spy_call(vm, m, nargs, args, NULL);
}
