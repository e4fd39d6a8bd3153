/* mod_sys.c: the `sys` module, limited to what a sandboxed program may see: argv, maxsize,
 * exit, the recursion limit (capped by the host's max_depth), and the three standard
 * streams (stdin reads the program's input; stdout/stderr write to the captured output).
 * Nothing about the host (path, platform details, modules, frames) is exposed. */
#include <string.h>

#include "vm.h"

#define FN(name) static Value name(VM *vm, int nargs, Value *args, Tuple *kwnames)

static void check_self(VM *vm, Value self, Obj *want, const char *meth)
{
    if (!IS_OBJ(self) || AS_OBJ(self) != want) {
        spy_raise(vm, EXC(vm, TypeError), "descriptor '%s' requires a stream object", meth);
    }
}

static Value stream_write(VM *vm, int nargs, Value *args, Tuple *kwnames, int stream)
{
    spy_check_args(vm, "write", nargs, kwnames, 2, 2);
    if (!IS_STR(args[1])) {
        spy_raise(vm, EXC(vm, TypeError), "write() argument must be str, not %T", args[1]);
    }
    int64_t n;
    const char *p = spy_str_utf8(vm, AS_STR(args[1]), &n);
    spy_write(vm, stream, p, (size_t)n);
    return mk_int(AS_STR(args[1])->len);
}

FN(out_write)
{
    check_self(vm, args[0], vm->sys_stdout, "write");
    return stream_write(vm, nargs, args, kwnames, 1);
}

FN(err_write)
{
    check_self(vm, args[0], vm->sys_stderr, "write");
    return stream_write(vm, nargs, args, kwnames, 2);
}

FN(stream_flush)
{
    spy_flush(vm);
    return NONEV;
}

FN(in_readline)
{
    check_self(vm, args[0], vm->sys_stdin, "readline");
    spy_check_args(vm, "readline", nargs, kwnames, 1, 2);
    Str *line = spy_readline(vm);
    return mk_obj(line ? line : vm->empty_str);
}

FN(in_readlines)
{
    check_self(vm, args[0], vm->sys_stdin, "readlines");
    spy_check_args(vm, "readlines", nargs, kwnames, 1, 2);
    List *l = spy_list_new(vm, 8);
    Str *line;
    while ((line = spy_readline(vm)) != NULL) {
        spy_list_append(vm, l, mk_obj(line));
    }
    return mk_obj(l);
}

FN(in_read)
{
    check_self(vm, args[0], vm->sys_stdin, "read");
    spy_check_args(vm, "read", nargs, kwnames, 1, 2);
    StrBuf sb;
    spy_sb_init(vm, &sb);
    Str *line;
    while ((line = spy_readline(vm)) != NULL) {
        spy_sb_add_str(vm, &sb, line);
    }
    return mk_obj(spy_sb_finish(vm, &sb));
}

static const MethodDef out_methods[] = {
    {"write", out_write, 0},
    {"flush", stream_flush, 0},
    {NULL, NULL, 0},
};

static const MethodDef err_methods[] = {
    {"write", err_write, 0},
    {"flush", stream_flush, 0},
    {NULL, NULL, 0},
};

static const MethodDef in_methods[] = {
    {"readline", in_readline, 0},
    {"readlines", in_readlines, 0},
    {"read", in_read, 0},
    {NULL, NULL, 0},
};

static Obj *make_stream(VM *vm, TypeObj *t, const char *repr)
{
    Singleton *s = spy_obj_alloc(vm, sizeof(Singleton), K_SINGLETON, t);
    s->repr = repr;
    return (Obj *)s;
}

/* Creates the stream objects (print(file=sys.stderr) needs them before any import). */
void spy_mod_sys_streams(VM *vm)
{
    vm->t_stdin = spy_type_new_builtin(vm, "TextIOWrapper", vm->t_object, K_SINGLETON, 0,
                                       in_methods);
    vm->t_stdout = spy_type_new_builtin(vm, "TextIOWrapper", vm->t_object, K_SINGLETON, 0,
                                        out_methods);
    vm->t_stderr = spy_type_new_builtin(vm, "TextIOWrapper", vm->t_object, K_SINGLETON, 0,
                                        err_methods);
    vm->sys_stdin = make_stream(vm, vm->t_stdin,
                                "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>");
    vm->sys_stdout = make_stream(vm, vm->t_stdout,
                                 "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>");
    vm->sys_stderr = make_stream(vm, vm->t_stderr,
                                 "<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>");
}

FN(sys_exit)
{
    spy_check_args(vm, "exit", nargs, kwnames, 0, 1);
    Tuple *a = spy_tuple_new(vm, nargs);
    if (nargs) {
        a->items[0] = args[0];
    }
    ExcObj *e = spy_exc_new(vm, EXC(vm, SystemExit), a);
    e->value = nargs ? args[0] : NONEV;
    spy_throw(vm, e);
}

FN(sys_getrecursionlimit)
{
    spy_check_args(vm, "getrecursionlimit", nargs, kwnames, 0, 0);
    return mk_int(vm->max_depth);
}

FN(sys_setrecursionlimit)
{
    spy_check_args(vm, "setrecursionlimit", nargs, kwnames, 1, 1);
    if (IS_FLOAT(args[0])) {
        spy_raise(vm, EXC(vm, TypeError), "'float' object cannot be interpreted as an integer");
    }
    Value v = spy_index(vm, args[0]);
    if (IS_BIGINT(v)) {
        spy_raise(vm, EXC(vm, OverflowError), "Python int too large to convert to C int");
    }
    int64_t n = AS_INT(v);
    if (n < 1) {
        spy_raise(vm, EXC(vm, ValueError), "recursion limit must be greater or equal than 1");
    }
    /* The host's max_depth is a ceiling the program cannot lift. */
    vm->max_depth = n > vm->cfg.max_depth ? vm->cfg.max_depth : (int)n;
    return NONEV;
}

/* sys.exc_info(): (type, value, None) of the exception being handled; no traceback
 * object is ever handed out. */
FN(sys_exc_info)
{
    spy_check_args(vm, "exc_info", nargs, kwnames, 0, 0);
    if (!IS_OBJ(vm->handled)) {
        return mk_obj(spy_tuple_pack(vm, 3, NONEV, NONEV, NONEV));
    }
    return mk_obj(spy_tuple_pack(vm, 3, mk_obj(spy_typeof(vm, vm->handled)), vm->handled,
                                 NONEV));
}

void spy_mod_sys_init(VM *vm, Module *m)
{
    Dict *d = m->dict;
    spy_dict_add_cfunc(vm, d, "exit", sys_exit);
    spy_dict_add_cfunc(vm, d, "exc_info", sys_exc_info);
    /* A plain tuple: compares and indexes like CPython's struct sequence. */
    spy_dict_set_str(vm, d, spy_str_intern_cstr(vm, "version_info"),
                     mk_obj(spy_tuple_pack(vm, 5, mk_int(3), mk_int(11), mk_int(0),
                                           mk_obj(spy_str_cstr(vm, "final")), mk_int(0))));
    spy_dict_set_str(vm, d, spy_str_intern_cstr(vm, "maxunicode"), mk_int(0x10FFFF));
    spy_dict_add_cfunc(vm, d, "getrecursionlimit", sys_getrecursionlimit);
    spy_dict_add_cfunc(vm, d, "setrecursionlimit", sys_setrecursionlimit);
    spy_dict_set_str(vm, d, spy_str_intern_cstr(vm, "argv"), mk_obj(vm->argv));
    spy_dict_set_str(vm, d, spy_str_intern_cstr(vm, "maxsize"), mk_int(INT64_MAX));
    spy_dict_set_str(vm, d, spy_str_intern_cstr(vm, "stdin"), mk_obj(vm->sys_stdin));
    spy_dict_set_str(vm, d, spy_str_intern_cstr(vm, "stdout"), mk_obj(vm->sys_stdout));
    spy_dict_set_str(vm, d, spy_str_intern_cstr(vm, "stderr"), mk_obj(vm->sys_stderr));
    spy_dict_set_str(vm, d, spy_str_intern_cstr(vm, "version"),
                     mk_obj(spy_str_cstr(vm, "3.11.0 (sandboxed-python " SPY_VERSION ")")));
    spy_dict_set_str(vm, d, spy_str_intern_cstr(vm, "byteorder"),
                     mk_obj(spy_str_cstr(vm, "little")));
}
