/* builtins.c: the whitelist.  The global namespace of every program is built from the
 * table below and nothing else: a builtin that is not listed does not exist (no open,
 * no __import__, no compile, no globals/locals/vars/dir introspection).
 * Each entry's comment states what it charges to the step budget when its work is not
 * O(1); the per-type functions it calls charge for their own loops. */
#include <string.h>

#include "gen.h"
#include "vm.h"

#define BI(name) static Value bi_##name(VM *vm, int nargs, Value *args, Tuple *kwnames)

/* ================================================================ output and input */

static Value kwarg(VM *vm, Tuple *kwnames, Value *kwvals, const char *name, bool *found)
{
    if (kwnames) {
        for (int64_t i = 0; i < kwnames->len; i++) {
            if (spy_str_eq_cstr(AS_STR(kwnames->items[i]), name)) {
                *found = true;
                return kwvals[i];
            }
        }
    }
    *found = false;
    return NULLV;
}

static void write_str(VM *vm, int stream, Str *s)
{
    int64_t n;
    const char *p = spy_str_utf8(vm, s, &n);
    spy_write(vm, stream, p, (size_t)n);
}

/* Which stream a file= argument names: 1, 2, or 0 for "not a stream we know". */
static int stream_of(VM *vm, Value f)
{
    if (IS_NONE(f) || IS_NULL(f)) {
        return 1;
    }
    if (IS_OBJ(f) && AS_OBJ(f) == vm->sys_stdout) {
        return 1;
    }
    if (IS_OBJ(f) && AS_OBJ(f) == vm->sys_stderr) {
        return 2;
    }
    return 0;
}

/* print(*objects, sep=' ', end='\n', file=None, flush=False) */
BI(print)
{
    Value *kw = args + nargs;
    Str *sep = NULL, *end = NULL;
    int stream = 1;
    if (kwnames) {
        for (int64_t i = 0; i < kwnames->len; i++) {
            Str *k = AS_STR(kwnames->items[i]);
            Value v = kw[i];
            if (spy_str_eq_cstr(k, "sep") || spy_str_eq_cstr(k, "end")) {
                if (!IS_NONE(v) && !IS_STR(v)) {
                    spy_raise(vm, EXC(vm, TypeError), "%U must be None or a string, not %T", k, v);
                }
                if (spy_str_eq_cstr(k, "sep")) {
                    sep = IS_NONE(v) ? NULL : AS_STR(v);
                } else {
                    end = IS_NONE(v) ? NULL : AS_STR(v);
                }
            } else if (spy_str_eq_cstr(k, "file")) {
                stream = stream_of(vm, v);
                if (!stream) {
                    spy_raise(vm, EXC(vm, AttributeError), "'%T' object has no attribute 'write'",
                              v);
                }
            } else if (!spy_str_eq_cstr(k, "flush")) {
                spy_raise(vm, EXC(vm, TypeError), "'%U' is an invalid keyword argument for print()",
                          k);
            }
        }
    }
    for (int i = 0; i < nargs; i++) {
        if (i > 0) {
            if (sep) {
                write_str(vm, stream, sep);
            } else {
                spy_write(vm, stream, " ", 1);
            }
        }
        write_str(vm, stream, spy_str(vm, args[i]));
    }
    if (end) {
        write_str(vm, stream, end);
    } else {
        spy_write(vm, stream, "\n", 1);
    }
    bool found;
    Value fl = kwarg(vm, kwnames, kw, "flush", &found);
    if (found && spy_truthy(vm, fl)) {
        spy_flush(vm);
    }
    return NONEV;
}

/* input([prompt]): charges per 64 bytes read */
BI(input)
{
    spy_check_args(vm, "input", nargs, kwnames, 0, 1);
    if (nargs == 1) {
        write_str(vm, 1, spy_str(vm, args[0]));
    }
    spy_flush(vm);
    Str *line = spy_readline(vm);
    if (!line) {
        spy_raise(vm, EXC(vm, EOFError), "EOF when reading a line");
    }
    int64_t n = line->len;
    if (n > 0 && str_char(line, n - 1) == '\n') {
        n--;
        if (n > 0 && str_char(line, n - 1) == '\r') {
            n--;
        }
        line = spy_str_substr(vm, line, 0, n);
    }
    return mk_obj(line);
}

/* ================================================================ simple queries */

BI(len)
{
    spy_check_args(vm, "len", nargs, kwnames, 1, 1);
    return mk_int(spy_len(vm, args[0]));
}

BI(repr)
{
    spy_check_args(vm, "repr", nargs, kwnames, 1, 1);
    return mk_obj(spy_repr(vm, args[0]));
}

BI(ascii)
{
    spy_check_args(vm, "ascii", nargs, kwnames, 1, 1);
    return mk_obj(spy_ascii(vm, args[0]));
}

BI(hash)
{
    spy_check_args(vm, "hash", nargs, kwnames, 1, 1);
    return mk_int(spy_hash(vm, args[0]));
}

BI(id)
{
    spy_check_args(vm, "id", nargs, kwnames, 1, 1);
    return mk_int((int64_t)spy_id(vm, args[0]));
}

BI(callable)
{
    spy_check_args(vm, "callable", nargs, kwnames, 1, 1);
    Value v = args[0];
    bool c = IS_OBJ(v) && (AS_OBJ(v)->kind == K_FUNC || AS_OBJ(v)->kind == K_CFUNC ||
                           AS_OBJ(v)->kind == K_TYPE || AS_OBJ(v)->kind == K_METHOD ||
                           AS_OBJ(v)->kind == K_STATICMETHOD ||
                           !IS_NULL(spy_user_dunder(vm, AS_OBJ(v)->type, DN_CALL)));
    return mk_bool(c);
}

/* isinstance/issubclass over a class or a (nested) tuple of classes, checked lazily as
 * CPython does: (int, "x") is fine when int already matches. */
static bool subclass_any(VM *vm, TypeObj *t, Value cls, const char *fname, int depth)
{
    if (IS_KIND(cls, K_TYPE)) {
        return spy_type_is_subtype(t, (TypeObj *)AS_OBJ(cls));
    }
    if (IS_KIND(cls, K_ALIAS)) {
        Alias *al = (Alias *)AS_OBJ(cls);
        if (IS_STR(al->origin)) {
            spy_raise(vm, EXC(vm, TypeError),
                      "Subscripted generics cannot be used with class and instance checks");
        }
        if (!IS_NULL(al->origin)) {
            spy_raise(vm, EXC(vm, TypeError), "%s() argument 2 cannot be a parameterized generic",
                      fname);
        }
        Tuple *members = AS_TUPLE(al->args);
        for (int64_t i = 0; i < members->len; i++) {
            Value m = members->items[i];
            if (IS_NONE(m) ? t == vm->t_none : subclass_any(vm, t, m, fname, depth + 1)) {
                return true;
            }
        }
        return false;
    }
    if (IS_TUPLE(cls)) {
        if (depth > 50) {
            spy_raise(vm, EXC(vm, RecursionError), "maximum recursion depth exceeded");
        }
        for (int64_t i = 0; i < AS_TUPLE(cls)->len; i++) {
            if (subclass_any(vm, t, AS_TUPLE(cls)->items[i], fname, depth + 1)) {
                return true;
            }
        }
        return false;
    }
    if (fname[2] == 'i') { /* "isinstance" vs "issubclass" */
        spy_raise(vm, EXC(vm, TypeError),
                  "isinstance() arg 2 must be a type, a tuple of types, or a union");
    }
    spy_raise(vm, EXC(vm, TypeError),
              "issubclass() arg 2 must be a class, a tuple of classes, or a union");
}

BI(isinstance)
{
    spy_check_args(vm, "isinstance", nargs, kwnames, 2, 2);
    return mk_bool(subclass_any(vm, spy_typeof(vm, args[0]), args[1], "isinstance", 0));
}

BI(issubclass)
{
    spy_check_args(vm, "issubclass", nargs, kwnames, 2, 2);
    if (!IS_KIND(args[0], K_TYPE)) {
        spy_raise(vm, EXC(vm, TypeError), "issubclass() arg 1 must be a class");
    }
    return mk_bool(subclass_any(vm, (TypeObj *)AS_OBJ(args[0]), args[1], "issubclass", 0));
}

/* format(value, format_spec='') */
BI(format)
{
    static const char *const names[] = {"value", "format_spec", NULL};
    Value a[2];
    spy_parse_args(vm, "format", nargs, args, kwnames, names, 2, 2, 1, a);
    if (!IS_NULL(a[1]) && !IS_STR(a[1])) {
        spy_raise(vm, EXC(vm, TypeError), "format() argument 2 must be str, not %T", a[1]);
    }
    return mk_obj(spy_format(vm, a[0], IS_NULL(a[1]) ? vm->empty_str : AS_STR(a[1])));
}

/* ================================================================ numbers */

BI(abs)
{
    spy_check_args(vm, "abs", nargs, kwnames, 1, 1);
    Value v = args[0];
    if (IS_ANYINT(v)) {
        return spy_int_abs(vm, v);
    }
    if (IS_FLOAT(v)) {
        return mk_float(AS_FLOAT(v) < 0 || (AS_FLOAT(v) == 0 && 1 / AS_FLOAT(v) < 0)
                            ? -AS_FLOAT(v) : AS_FLOAT(v));
    }
    Value r = IS_OBJ(v) ? spy_call_dunder(vm, v, DN_ABS, 0, NULL) : NULLV;
    if (!IS_NULL(r)) {
        return r;
    }
    spy_raise(vm, EXC(vm, TypeError), "bad operand type for abs(): '%T'", v);
}

BI(divmod)
{
    spy_check_args(vm, "divmod", nargs, kwnames, 2, 2);
    Value a = args[0], b = args[1];
    if (!IS_NUMBER(a) || !IS_NUMBER(b)) {
        spy_raise(vm, EXC(vm, TypeError), "unsupported operand type(s) for divmod(): '%T' and '%T'",
                  a, b);
    }
    if (IS_FLOAT(a) || IS_FLOAT(b)) {
        double y = IS_FLOAT(b) ? AS_FLOAT(b) : spy_int_to_double(vm, b);
        if (y == 0.0) {
            spy_raise(vm, EXC(vm, ZeroDivisionError), "float divmod()");
        }
    }
    Value q = spy_binop(vm, BO_FLOORDIV, a, b);
    Value r = spy_binop(vm, BO_MOD, a, b);
    return mk_obj(spy_tuple_pack(vm, 2, q, r));
}

BI(pow)
{
    static const char *const names[] = {"base", "exp", "mod", NULL};
    Value a[3];
    spy_parse_args(vm, "pow", nargs, args, kwnames, names, 0, 3, 2, a);
    if (IS_NULL(a[2]) || IS_NONE(a[2])) {
        return spy_binop(vm, BO_POW, a[0], a[1]);
    }
    if (!IS_ANYINT(a[0]) || !IS_ANYINT(a[1]) || !IS_ANYINT(a[2])) {
        if (IS_NUMBER(a[0]) && IS_NUMBER(a[1]) && IS_NUMBER(a[2])) {
            spy_raise(vm, EXC(vm, TypeError),
                      "pow() 3rd argument not allowed unless all arguments are integers");
        }
        if (IS_OBJ(a[0])) {
            Value r = spy_call_dunder(vm, a[0], DN_POW, 2, &a[1]);
            if (!IS_NULL(r) && !(IS_OBJ(r) && AS_OBJ(r) == (Obj *)vm->notimpl)) {
                return r;
            }
        }
        spy_raise(vm, EXC(vm, TypeError),
                  "unsupported operand type(s) for ** or pow(): '%T', '%T', '%T'", a[0], a[1], a[2]);
    }
    return spy_int_pow_mod(vm, a[0], a[1], a[2]);
}

BI(round)
{
    static const char *const names[] = {"number", "ndigits", NULL};
    Value a[2];
    spy_parse_args(vm, "round", nargs, args, kwnames, names, 0, 2, 1, a);
    if (!IS_NUMBER(a[0])) {
        if (IS_OBJ(a[0])) {
            Value r = spy_call_dunder(vm, a[0], DN_ROUND, IS_NULL(a[1]) ? 0 : 1, &a[1]);
            if (!IS_NULL(r)) {
                return r;
            }
        }
        spy_raise(vm, EXC(vm, TypeError), "type %T doesn't define __round__ method", a[0]);
    }
    return spy_num_round(vm, a[0], IS_NULL(a[1]) ? NONEV : a[1]);
}

static Value int_text(VM *vm, Value v, int base)
{
    return mk_obj(spy_int_to_str(vm, spy_index(vm, v), base));
}

BI(hex)
{
    spy_check_args(vm, "hex", nargs, kwnames, 1, 1);
    return int_text(vm, args[0], 16);
}

BI(oct)
{
    spy_check_args(vm, "oct", nargs, kwnames, 1, 1);
    return int_text(vm, args[0], 8);
}

BI(bin)
{
    spy_check_args(vm, "bin", nargs, kwnames, 1, 1);
    return int_text(vm, args[0], 2);
}

BI(chr)
{
    spy_check_args(vm, "chr", nargs, kwnames, 1, 1);
    if (IS_FLOAT(args[0])) {
        spy_raise(vm, EXC(vm, TypeError), "'float' object cannot be interpreted as an integer");
    }
    Value i = spy_index(vm, args[0]);
    if (IS_BIGINT(i)) {
        spy_raise(vm, EXC(vm, OverflowError), "Python int too large to convert to C int");
    }
    int64_t c = AS_INT(i);
    if (c < 0 || c > 0x10FFFF) {
        spy_raise(vm, EXC(vm, ValueError), "chr() arg not in range(0x110000)");
    }
    return mk_obj(spy_str_chr(vm, (uint32_t)c));
}

BI(ord)
{
    spy_check_args(vm, "ord", nargs, kwnames, 1, 1);
    if (!IS_STR(args[0])) {
        spy_raise(vm, EXC(vm, TypeError), "ord() expected string of length 1, but %T found",
                  args[0]);
    }
    Str *s = AS_STR(args[0]);
    if (s->len != 1) {
        spy_raise(vm, EXC(vm, TypeError),
                  "ord() expected a character, but string of length %D found", s->len);
    }
    return mk_int(str_char(s, 0));
}

/* sum(iterable, /, start=0): one step per 16 items */
BI(sum)
{
    static const char *const names[] = {"iterable", "start", NULL};
    Value a[2];
    if (nargs == 0) {
        spy_raise(vm, EXC(vm, TypeError), "sum() takes at least 1 positional argument (0 given)");
    }
    spy_parse_args(vm, "sum", nargs, args, kwnames, names, 1, 2, 1, a);
    Value acc = IS_NULL(a[1]) ? mk_int(0) : a[1];
    if (IS_STR(acc)) {
        spy_raise(vm, EXC(vm, TypeError), "sum() can't sum strings [use ''.join(seq) instead]");
    }
    if (IS_KIND(acc, K_LIST) || IS_TUPLE(acc)) {
        /* fine: generic addition below */
    }
    Value it = spy_iter(vm, a[0]);
    Value v;
    int64_t n = 0;
    while (spy_next(vm, it, &v)) {
        if ((++n & 15) == 0) {
            spy_charge(vm, 1);
        }
        if (IS_INT(acc) && IS_INT(v)) {
            int64_t r;
            if (!__builtin_add_overflow(AS_INT(acc), AS_INT(v), &r)) {
                acc = mk_int(r);
                continue;
            }
        } else if (IS_FLOAT(acc) && IS_FLOAT(v)) {
            acc = mk_float(AS_FLOAT(acc) + AS_FLOAT(v));
            continue;
        }
        acc = spy_binop(vm, BO_ADD, acc, v);
    }
    return acc;
}

/* ================================================================ iteration */

/* min/max(iterable, *[, default=obj, key=func]) / (arg1, arg2, *args, *[, key=func]) */
static Value minmax(VM *vm, int nargs, Value *args, Tuple *kwnames, bool is_max)
{
    const char *fname = is_max ? "max" : "min";
    Value key = NULLV, dflt = NULLV;
    if (kwnames) {
        for (int64_t i = 0; i < kwnames->len; i++) {
            Str *k = AS_STR(kwnames->items[i]);
            if (spy_str_eq_cstr(k, "key")) {
                key = args[nargs + i];
            } else if (spy_str_eq_cstr(k, "default")) {
                dflt = args[nargs + i];
            } else {
                spy_raise(vm, EXC(vm, TypeError), "'%U' is an invalid keyword argument for %s()",
                          k, fname);
            }
        }
    }
    if (IS_NONE(key)) {
        key = NULLV;
    }
    if (nargs == 0) {
        spy_raise(vm, EXC(vm, TypeError), "%s expected at least 1 argument, got 0", fname);
    }
    if (nargs > 1 && !IS_NULL(dflt)) {
        spy_raise(vm, EXC(vm, TypeError),
                  "Cannot specify a default for %s() with multiple positional arguments", fname);
    }
    Value it;
    if (nargs == 1) {
        it = spy_iter(vm, args[0]);
    } else {
        Tuple *all = spy_tuple_new(vm, nargs);
        spy_copy_values(all->items, args, nargs);
        it = mk_obj(spy_iter_new(vm, IT_TUPLE, mk_obj(all)));
    }
    /* best and its key are kept in a pinned tuple: key functions run Python code. */
    Tuple *keep = spy_tuple_new(vm, 3);
    keep->items[0] = it;
    Value best = NULLV, bestk = NULLV, v;
    int64_t n = 0;
    while (spy_next(vm, it, &v)) {
        if ((++n & 15) == 0) {
            spy_charge(vm, 1);
        }
        Value k = IS_NULL(key) ? v : spy_call1(vm, key, v);
        if (IS_NULL(best)) {
            best = v;
            bestk = k;
        } else {
            /* CPython's order of operands: item > best for max, item < best for min. */
            bool better = spy_truthy(vm, spy_compare(vm, is_max ? CMP_GT : CMP_LT, k, bestk));
            if (better) {
                best = v;
                bestk = k;
            }
        }
        keep->items[1] = best;
        keep->items[2] = bestk;
    }
    if (IS_NULL(best)) {
        if (!IS_NULL(dflt)) {
            return dflt;
        }
        spy_raise(vm, EXC(vm, ValueError), "%s() arg is an empty sequence", fname);
    }
    return best;
}

BI(min)
{
    return minmax(vm, nargs, args, kwnames, false);
}

BI(max)
{
    return minmax(vm, nargs, args, kwnames, true);
}

/* sorted(iterable, /, *, key=None, reverse=False): the sort charges per comparison */
BI(sorted)
{
    if (nargs != 1) {
        spy_raise(vm, EXC(vm, TypeError), "sorted expected 1 argument, got %d", nargs);
    }
    Value key = NULLV;
    bool reverse = false;
    if (kwnames) {
        for (int64_t i = 0; i < kwnames->len; i++) {
            Str *k = AS_STR(kwnames->items[i]);
            if (spy_str_eq_cstr(k, "key")) {
                key = args[1 + i];
            } else if (spy_str_eq_cstr(k, "reverse")) {
                reverse = spy_truthy(vm, args[1 + i]);
            } else {
                spy_raise(vm, EXC(vm, TypeError), "'%U' is an invalid keyword argument for sort()",
                          k);
            }
        }
    }
    List *l = spy_to_list(vm, args[0]);
    if (l == AS_LIST(args[0])) {
        List *c = spy_list_new(vm, l->len);
        spy_copy_values(c->items, l->items, l->len);
        c->len = l->len;
        l = c;
    }
    spy_list_sort(vm, l, IS_NONE(key) ? NULLV : key, reverse);
    return mk_obj(l);
}

/* all(iterable) / any(iterable): one step per 16 items */
static Value all_any(VM *vm, int nargs, Value *args, Tuple *kwnames, bool is_all)
{
    spy_check_args(vm, is_all ? "all" : "any", nargs, kwnames, 1, 1);
    Value it = spy_iter(vm, args[0]);
    Value v;
    int64_t n = 0;
    while (spy_next(vm, it, &v)) {
        if ((++n & 15) == 0) {
            spy_charge(vm, 1);
        }
        if (spy_truthy(vm, v) != is_all) {
            return mk_bool(!is_all);
        }
    }
    return mk_bool(is_all);
}

BI(all)
{
    return all_any(vm, nargs, args, kwnames, true);
}

BI(any)
{
    return all_any(vm, nargs, args, kwnames, false);
}

BI(iter)
{
    spy_check_args(vm, "iter", nargs, kwnames, 1, 2);
    if (nargs == 2) {
        Value c = args[0];
        if (!(IS_OBJ(c) && (AS_OBJ(c)->kind == K_FUNC || AS_OBJ(c)->kind == K_CFUNC ||
                            AS_OBJ(c)->kind == K_TYPE || AS_OBJ(c)->kind == K_METHOD))) {
            spy_raise(vm, EXC(vm, TypeError), "iter(v, w): v must be callable");
        }
        IterObj *it = spy_iter_new(vm, IT_CALLABLE, NULLV);
        it->fn = c;
        it->aux = args[1];
        return mk_obj(it);
    }
    return spy_iter(vm, args[0]);
}

BI(next)
{
    spy_check_args(vm, "next", nargs, kwnames, 1, 2);
    Value it = args[0];
    Value v;
    if (IS_KIND(it, K_GENERATOR)) {
        if (spy_gen_send(vm, (GenObj *)AS_OBJ(it), NONEV, &v)) {
            return v;
        }
        if (nargs == 2) {
            return args[1];
        }
        spy_raise_stopiteration(vm, IS_NONE(v) ? NULLV : v);
    }
    if (!IS_KIND(it, K_ITER) &&
        !(IS_OBJ(it) && !IS_NULL(spy_user_dunder(vm, AS_OBJ(it)->type, DN_NEXT)))) {
        spy_raise(vm, EXC(vm, TypeError), "'%T' object is not an iterator", it);
    }
    if (spy_next(vm, it, &v)) {
        return v;
    }
    if (nargs == 2) {
        return args[1];
    }
    spy_raise_stopiteration(vm, NULLV);
}

/* ================================================================ attributes */

static Str *attr_name(VM *vm, Value v, const char *fname)
{
    if (!IS_STR(v)) {
        spy_raise(vm, EXC(vm, TypeError), "attribute name must be string, not '%T'", v);
    }
    return spy_str_intern(vm, AS_STR(v));
}

BI(getattr)
{
    spy_check_args(vm, "getattr", nargs, kwnames, 2, 3);
    Str *name = attr_name(vm, args[1], "getattr");
    if (nargs == 3) {
        Value v = spy_getattr_opt(vm, args[0], name);
        return IS_NULL(v) ? args[2] : v;
    }
    return spy_getattr(vm, args[0], name);
}

BI(setattr)
{
    spy_check_args(vm, "setattr", nargs, kwnames, 3, 3);
    spy_setattr(vm, args[0], attr_name(vm, args[1], "setattr"), args[2]);
    return NONEV;
}

BI(hasattr)
{
    spy_check_args(vm, "hasattr", nargs, kwnames, 2, 2);
    return mk_bool(!IS_NULL(spy_getattr_opt(vm, args[0], attr_name(vm, args[1], "hasattr"))));
}

BI(locals);
BI(vars)
{
    spy_check_args(vm, "vars", nargs, kwnames, 0, 1);
    if (nargs == 0) {
        return bi_locals(vm, 0, args, NULL);
    }
    Value d = spy_getattr_opt(vm, args[0], vm->s.__dict__);
    if (IS_NULL(d)) {
        spy_raise(vm, EXC(vm, TypeError), "vars() argument must have __dict__ attribute");
    }
    return d;
}

BI(delattr)
{
    spy_check_args(vm, "delattr", nargs, kwnames, 2, 2);
    spy_delattr(vm, args[0], attr_name(vm, args[1], "delattr"));
    return NONEV;
}

/* ================================================================ namespaces */

static Dict *frame_locals(VM *vm, Frame *f);

/* globals(): the program's own module namespace (no __builtins__ in it). */
BI(globals)
{
    spy_check_args(vm, "globals", nargs, kwnames, 0, 0);
    return mk_obj(vm->frame ? vm->frame->globals : vm->main_globals);
}

/* locals(): the namespace at module level, a snapshot dict inside a function. */
BI(locals)
{
    spy_check_args(vm, "locals", nargs, kwnames, 0, 0);
    return mk_obj(vm->frame ? frame_locals(vm, vm->frame) : vm->main_globals);
}

/* ================================================================ eval and exec */

/* A dict snapshot of the calling frame's local variables (for eval/exec in a function). */
static Dict *frame_locals(VM *vm, Frame *f)
{
    if (f->locals) {
        return f->locals;
    }
    Dict *d = spy_dict_new(vm);
    Code *co = f->code;
    for (int32_t i = 0; i < co->nlocalsplus; i++) {
        Value v = f->localsplus[i];
        if (i >= co->nlocals && IS_KIND(v, K_CELL)) {
            v = ((Cell *)AS_OBJ(v))->v;
        }
        if (!IS_NULL(v) && co->localnames) {
            spy_dict_set_str(vm, d, co->localnames[i], v);
        }
    }
    return d;
}

static Value eval_exec(VM *vm, int nargs, Value *args, Tuple *kwnames, bool is_eval)
{
    const char *fname = is_eval ? "eval" : "exec";
    static const char *const names[] = {"source", "globals", "locals", NULL};
    Value a[3];
    spy_parse_args(vm, fname, nargs, args, kwnames, names, 1, 3, 1, a);
    if (!IS_STR(a[0])) {
        if (is_eval) {
            spy_raise(vm, EXC(vm, TypeError), "eval() arg 1 must be a string, bytes or code object");
        }
        spy_raise(vm, EXC(vm, TypeError), "exec() arg 1 must be a string, bytes or code object");
    }
    Dict *globals = NULL, *locals = NULL;
    if (!IS_NULL(a[1]) && !IS_NONE(a[1])) {
        if (!IS_DICT(a[1])) {
            spy_raise(vm, EXC(vm, TypeError), "%s() globals must be a dict, not %T", fname, a[1]);
        }
        globals = AS_DICT(a[1]);
    }
    if (!IS_NULL(a[2]) && !IS_NONE(a[2])) {
        if (!IS_DICT(a[2])) {
            spy_raise(vm, EXC(vm, TypeError), "locals must be a mapping");
        }
        locals = AS_DICT(a[2]);
    }
    Frame *caller = vm->frame;
    if (!globals) {
        globals = caller ? caller->globals : vm->main_globals;
        if (!locals) {
            locals = caller ? frame_locals(vm, caller) : globals;
        }
    }
    if (!locals) {
        locals = globals;
    }
    int64_t n;
    Str *src = AS_STR(a[0]);
    const char *text = spy_str_utf8(vm, src, &n);
    if (memchr(text, 0, (size_t)n)) {
        spy_raise(vm, EXC(vm, SyntaxError), "source code string cannot contain null bytes");
    }
    /* eval() ignores leading spaces and tabs, as CPython does. */
    if (is_eval) {
        while (n > 0 && (*text == ' ' || *text == '\t')) {
            text++;
            n--;
        }
    }
    Code *code = spy_compile(vm, text, (size_t)n, "<string>", is_eval ? MODE_EVAL : MODE_EXEC);
    Value r = spy_run_code(vm, code, globals, locals);
    return is_eval ? r : NONEV;
}

BI(eval)
{
    return eval_exec(vm, nargs, args, kwnames, true);
}

BI(exec)
{
    return eval_exec(vm, nargs, args, kwnames, false);
}

/* ================================================================ type and object */

static Value type_ctor(VM *vm, TypeObj *t, int nargs, Value *args, Tuple *kwnames)
{
    if (nargs == 1 && !kwnames) {
        return mk_obj(spy_typeof(vm, args[0]));
    }
    if (nargs == 3 && !kwnames) {
        return spy_type_new3(vm, args[0], args[1], args[2]);
    }
    spy_raise(vm, EXC(vm, TypeError), "type() takes 1 or 3 arguments");
}

static Value none_ctor(VM *vm, TypeObj *t, int nargs, Value *args, Tuple *kwnames)
{
    if (nargs > 0 || (kwnames && kwnames->len > 0)) {
        spy_raise(vm, EXC(vm, TypeError), "NoneType takes no arguments");
    }
    return NONEV;
}

static Value object_ctor(VM *vm, TypeObj *t, int nargs, Value *args, Tuple *kwnames)
{
    if (nargs > 0 || (kwnames && kwnames->len > 0)) {
        spy_raise(vm, EXC(vm, TypeError), "object() takes no arguments");
    }
    return mk_obj(spy_obj_alloc(vm, sizeof(Instance), K_INSTANCE, vm->t_object));
}

/* ================================================================ the table */

typedef struct BuiltinDef {
    const char *name;
    CFn fn;
} BuiltinDef;

static const BuiltinDef builtin_table[] = {
    {"abs", bi_abs},
    {"all", bi_all},            /* 1 step / 16 items */
    {"any", bi_any},            /* 1 step / 16 items */
    {"ascii", bi_ascii},
    {"bin", bi_bin},            /* int->str charges per digit chunk */
    {"callable", bi_callable},
    {"chr", bi_chr},
    {"delattr", bi_delattr},
    {"divmod", bi_divmod},
    {"eval", bi_eval},          /* runs in this VM, under its budgets */
    {"exec", bi_exec},          /* runs in this VM, under its budgets */
    {"format", bi_format},
    {"globals", bi_globals},
    {"getattr", bi_getattr},
    {"hasattr", bi_hasattr},
    {"hash", bi_hash},
    {"hex", bi_hex},
    {"id", bi_id},
    {"input", bi_input},        /* 1 step / 64 bytes */
    {"isinstance", bi_isinstance},
    {"issubclass", bi_issubclass},
    {"iter", bi_iter},
    {"len", bi_len},
    {"locals", bi_locals},      /* 1 step / 16 locals copied */
    {"max", bi_max},            /* 1 step / 16 items */
    {"min", bi_min},            /* 1 step / 16 items */
    {"next", bi_next},
    {"oct", bi_oct},
    {"ord", bi_ord},
    {"pow", bi_pow},            /* big-int work charged by int.c */
    {"print", bi_print},        /* output counts against the output cap */
    {"repr", bi_repr},
    {"round", bi_round},
    {"setattr", bi_setattr},
    {"sorted", bi_sorted},      /* 1 step / comparison */
    {"sum", bi_sum},            /* 1 step / 16 items */
    {"vars", bi_vars},
    {NULL, NULL},
};

static void add_value(VM *vm, const char *name, Value v)
{
    spy_dict_set_str(vm, vm->builtins, spy_str_intern_cstr(vm, name), v);
}

void spy_builtins_init(VM *vm)
{
    vm->builtins = spy_dict_new(vm);
    for (const BuiltinDef *b = builtin_table; b->name; b++) {
        spy_dict_add_cfunc(vm, vm->builtins, b->name, b->fn);
    }
    vm->t_type->ctor = type_ctor;
    vm->t_object->ctor = object_ctor;
    vm->t_none->ctor = none_ctor;
    /* Types that are callable builtins. */
    add_value(vm, "bool", mk_obj(vm->t_bool));
    add_value(vm, "dict", mk_obj(vm->t_dict));
    add_value(vm, "enumerate", mk_obj(vm->t_iter[IT_ENUMERATE]));
    add_value(vm, "filter", mk_obj(vm->t_iter[IT_FILTER]));
    add_value(vm, "float", mk_obj(vm->t_float));
    add_value(vm, "frozenset", mk_obj(vm->t_frozenset));
    add_value(vm, "int", mk_obj(vm->t_int));
    add_value(vm, "list", mk_obj(vm->t_list));
    add_value(vm, "map", mk_obj(vm->t_iter[IT_MAP]));
    add_value(vm, "object", mk_obj(vm->t_object));
    add_value(vm, "range", mk_obj(vm->t_range));
    TypeObj *rev = spy_type_new_builtin(vm, "reversed", vm->t_object, K_ITER, TF_BASETYPE, NULL);
    rev->ctor = spy_reversed_ctor;
    add_value(vm, "reversed", mk_obj(rev));
    add_value(vm, "set", mk_obj(vm->t_set));
    add_value(vm, "slice", mk_obj(vm->t_slice));
    add_value(vm, "str", mk_obj(vm->t_str));
    add_value(vm, "tuple", mk_obj(vm->t_tuple));
    add_value(vm, "type", mk_obj(vm->t_type));
    add_value(vm, "zip", mk_obj(vm->t_iter[IT_ZIP]));
    add_value(vm, "property", mk_obj(vm->t_property));
    add_value(vm, "staticmethod", mk_obj(vm->t_staticmethod));
    add_value(vm, "classmethod", mk_obj(vm->t_classmethod));
    add_value(vm, "super", mk_obj(vm->t_super));
    add_value(vm, "NotImplemented", mk_obj(vm->notimpl));
    add_value(vm, "Ellipsis", mk_obj(vm->ellipsis));
    for (int i = 0; i < E__COUNT; i++) {
        TypeObj *t = vm->t_exc[i];
        if (t) {
            spy_dict_set_str(vm, vm->builtins, t->name, mk_obj(t));
        }
    }
    /* CPython's aliases of OSError. */
    add_value(vm, "IOError", mk_obj(EXC(vm, OSError)));
    add_value(vm, "EnvironmentError", mk_obj(EXC(vm, OSError)));
    spy_mod_sys_streams(vm);
}

/* ================================================================ modules */

typedef struct ModuleDef {
    const char *name;
    void (*init)(VM *vm, Module *m);
} ModuleDef;

static const ModuleDef module_table[] = {
    {"math", spy_mod_math_init},
    {"sys", spy_mod_sys_init},
    {"typing", spy_mod_typing_init},
    {NULL, NULL},
};

Module *spy_module_get(VM *vm, Str *name)
{
    Value m = spy_dict_get_str(vm, vm->modules, name);
    if (!IS_NULL(m)) {
        return (Module *)AS_OBJ(m);
    }
    for (const ModuleDef *d = module_table; d->name; d++) {
        if (spy_str_eq_cstr(name, d->name)) {
            Module *mod = spy_obj_alloc(vm, sizeof(Module), K_MODULE, vm->t_module);
            mod->name = spy_str_intern(vm, name);
            mod->dict = spy_dict_new(vm);
            spy_dict_set_str(vm, mod->dict, vm->s.__name__, mk_obj(mod->name));
            spy_dict_set_str(vm, vm->modules, mod->name, mk_obj(mod));
            d->init(vm, mod);
            return mod;
        }
    }
    return NULL;
}
