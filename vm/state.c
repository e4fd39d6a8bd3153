/* state.c: building a VM's world: the built-in types with their method tables, the
 * exception hierarchy, well-known interned names, and the builtins.
 *
 * Bootstrapping order matters: `type`, `object`, `str`, `tuple` and `dict` exist as bare
 * TypeObjs before any Str can be made; names and dicts are filled in once str and dict
 * work.  Everything here runs inside the API's catch point (allocation can fail). */
#include <string.h>

#include "gen.h"
#include "vm.h"

static TypeObj *bare_type(VM *vm, ObjKind layout)
{
    TypeObj *t = spy_obj_alloc(vm, sizeof(TypeObj), K_TYPE, vm->t_type);
    t->layout = (uint8_t)layout;
    t->module = NULLV;
    return t;
}

CFunc *spy_cfunc_new(VM *vm, const char *name, CFn fn, Value self, TypeObj *owner,
                     uint32_t flags)
{
    CFunc *f = spy_obj_alloc(vm, sizeof(CFunc), K_CFUNC, vm->t_builtin);
    f->name = name;
    f->fn = fn;
    f->self = self;
    f->owner = owner;
    f->flags = flags;
    return f;
}

void spy_dict_add_cfunc(VM *vm, Dict *d, const char *name, CFn fn)
{
    CFunc *f = spy_cfunc_new(vm, name, fn, NULLV, NULL, 0);
    spy_dict_set_str(vm, d, spy_str_intern_cstr(vm, name), mk_obj(f));
}

void spy_type_add_methods(VM *vm, TypeObj *t, const MethodDef *methods)
{
    for (const MethodDef *m = methods; m && m->name; m++) {
        CFunc *f = spy_cfunc_new(vm, m->name, m->fn, NULLV, t, m->flags);
        spy_dict_set_str(vm, t->dict, spy_str_intern_cstr(vm, m->name), mk_obj(f));
    }
}

/* Fills name, bases, mro and dict of a type whose base is already complete. */
static void finish_type(VM *vm, TypeObj *t, const char *name, TypeObj *base,
                        uint32_t tflags, const MethodDef *methods)
{
    t->name = spy_str_intern_cstr(vm, name);
    t->qualname = t->name;
    t->base = base;
    t->tflags = tflags;
    t->module = mk_obj(spy_str_intern_cstr(vm, "builtins"));
    if (base) {
        t->bases = spy_tuple_pack(vm, 1, mk_obj(base));
        Tuple *bm = base->mro;
        t->mro = spy_tuple_new(vm, bm->len + 1);
        t->mro->items[0] = mk_obj(t);
        for (int64_t i = 0; i < bm->len; i++) {
            t->mro->items[i + 1] = bm->items[i];
        }
    } else {
        t->bases = spy_tuple_new(vm, 0);
        t->mro = spy_tuple_pack(vm, 1, mk_obj(t));
    }
    if (!t->dict) {
        t->dict = spy_dict_new(vm);
    }
    spy_type_add_methods(vm, t, methods);
}

TypeObj *spy_type_new_builtin(VM *vm, const char *name, TypeObj *base, ObjKind layout,
                              uint32_t tflags, const MethodDef *methods)
{
    TypeObj *t = bare_type(vm, layout);
    finish_type(vm, t, name, base, tflags, methods);
    return t;
}

/* Exception classes: name, parent index. */
static const struct {
    ExcIndex idx;
    const char *name;
    int parent;
} exc_table[] = {
    {E_BaseException, "BaseException", -1},
    {E_SystemExit, "SystemExit", E_BaseException},
    {E_KeyboardInterrupt, "KeyboardInterrupt", E_BaseException},
    {E_GeneratorExit, "GeneratorExit", E_BaseException},
    {E_Exception, "Exception", E_BaseException},
    {E_StopIteration, "StopIteration", E_Exception},
    {E_StopAsyncIteration, "StopAsyncIteration", E_Exception},
    {E_ArithmeticError, "ArithmeticError", E_Exception},
    {E_FloatingPointError, "FloatingPointError", E_ArithmeticError},
    {E_OverflowError, "OverflowError", E_ArithmeticError},
    {E_ZeroDivisionError, "ZeroDivisionError", E_ArithmeticError},
    {E_AssertionError, "AssertionError", E_Exception},
    {E_AttributeError, "AttributeError", E_Exception},
    {E_BufferError, "BufferError", E_Exception},
    {E_EOFError, "EOFError", E_Exception},
    {E_ImportError, "ImportError", E_Exception},
    {E_ModuleNotFoundError, "ModuleNotFoundError", E_ImportError},
    {E_LookupError, "LookupError", E_Exception},
    {E_IndexError, "IndexError", E_LookupError},
    {E_KeyError, "KeyError", E_LookupError},
    {E_MemoryError, "MemoryError", E_Exception},
    {E_NameError, "NameError", E_Exception},
    {E_UnboundLocalError, "UnboundLocalError", E_NameError},
    {E_OSError, "OSError", E_Exception},
    {E_ReferenceError, "ReferenceError", E_Exception},
    {E_RuntimeError, "RuntimeError", E_Exception},
    {E_NotImplementedError, "NotImplementedError", E_RuntimeError},
    {E_RecursionError, "RecursionError", E_RuntimeError},
    {E_SyntaxError, "SyntaxError", E_Exception},
    {E_IndentationError, "IndentationError", E_SyntaxError},
    {E_TabError, "TabError", E_IndentationError},
    {E_SystemError, "SystemError", E_Exception},
    {E_TypeError, "TypeError", E_Exception},
    {E_ValueError, "ValueError", E_Exception},
    {E_UnicodeError, "UnicodeError", E_ValueError},
    {E_UnicodeDecodeError, "UnicodeDecodeError", E_UnicodeError},
    {E_UnicodeEncodeError, "UnicodeEncodeError", E_UnicodeError},
    {E_Warning, "Warning", E_Exception},
    {E_UserWarning, "UserWarning", E_Warning},
    {E_DeprecationWarning, "DeprecationWarning", E_Warning},
    {E_RuntimeWarning, "RuntimeWarning", E_Warning},
    {E_FileNotFoundError, "FileNotFoundError", E_OSError},
    {E_FileExistsError, "FileExistsError", E_OSError},
    {E_PermissionError, "PermissionError", E_OSError},
    {E_IsADirectoryError, "IsADirectoryError", E_OSError},
    {E_NotADirectoryError, "NotADirectoryError", E_OSError},
    {E_TimeoutError, "TimeoutError", E_OSError},
    {E_ConnectionError, "ConnectionError", E_OSError},
    {E_BrokenPipeError, "BrokenPipeError", E_ConnectionError},
    {E_InterruptedError, "InterruptedError", E_OSError},
    {E_ChildProcessError, "ChildProcessError", E_OSError},
    {E_ProcessLookupError, "ProcessLookupError", E_OSError},
    {E_BlockingIOError, "BlockingIOError", E_OSError},
};

static void init_names(VM *vm)
{
#define N(field, text) vm->s.field = spy_str_intern_cstr(vm, text)
    N(__init__, "__init__");
    N(__name__, "__name__");
    N(__main__, "__main__");
    N(__module__, "__module__");
    N(__qualname__, "__qualname__");
    N(__doc__, "__doc__");
    N(__class__, "__class__");
    N(__dict__, "__dict__");
    N(__repr__, "__repr__");
    N(__str__, "__str__");
    N(__len__, "__len__");
    N(__iter__, "__iter__");
    N(__next__, "__next__");
    N(__hash__, "__hash__");
    N(__eq__, "__eq__");
    N(__builtins__, "__builtins__");
    N(__format__, "__format__");
    N(__bool__, "__bool__");
    N(__call__, "__call__");
    N(__getitem__, "__getitem__");
    N(__setitem__, "__setitem__");
    N(__contains__, "__contains__");
    N(args, "args");
    N(value, "value");
    N(code, "code");
    N(end, "end");
    N(sep, "sep");
    N(file, "file");
    N(flush, "flush");
    N(key, "key");
    N(reverse, "reverse");
    N(default_, "default");
    N(start, "start");
    N(step, "step");
    N(stop, "stop");
    N(base, "base");
    N(msg, "msg");
    N(filename, "filename");
    N(lineno, "lineno");
    N(offset, "offset");
    N(text, "text");
    N(lambda, "<lambda>");
    N(listcomp, "<listcomp>");
    N(setcomp, "<setcomp>");
    N(dictcomp, "<dictcomp>");
    N(genexpr, "<genexpr>");
    N(module, "<module>");
#undef N
}

void spy_state_init(VM *vm)
{
    vm->type_cache = spy_mem_calloc(vm, SPY_TYPE_CACHE_SIZE * sizeof(TypeCacheEntry));
    /* 1. Bare core types, so objects can be allocated at all. */
    vm->t_type = bare_type(vm, K_TYPE);
    vm->t_type->hdr.type = vm->t_type;
    vm->t_object = bare_type(vm, K_INSTANCE);
    vm->t_str = bare_type(vm, K_STR);
    vm->t_tuple = bare_type(vm, K_TUPLE);
    vm->t_dict = bare_type(vm, K_DICT);
    vm->t_internal = bare_type(vm, K_BUF);
    vm->t_int = bare_type(vm, K_BIGINT);
    vm->t_list = bare_type(vm, K_LIST);
    /* Method tables registered below make CFuncs: their type must exist first. */
    vm->t_builtin = bare_type(vm, K_CFUNC);
    /* 2. Strings, then names of the core types. */
    spy_str_init(vm);
    vm->t_object->dict = spy_dict_new(vm);
    finish_type(vm, vm->t_object, "object", NULL, TF_BASETYPE, NULL);
    finish_type(vm, vm->t_type, "type", vm->t_object, TF_BASETYPE, NULL);
    finish_type(vm, vm->t_str, "str", vm->t_object, TF_BASETYPE, spy_str_methods);
    finish_type(vm, vm->t_tuple, "tuple", vm->t_object, TF_BASETYPE, spy_tuple_methods);
    finish_type(vm, vm->t_dict, "dict", vm->t_object, TF_BASETYPE, spy_dict_methods);
    finish_type(vm, vm->t_internal, "internal", vm->t_object, 0, NULL);
    finish_type(vm, vm->t_int, "int", vm->t_object, TF_BASETYPE, spy_int_methods);
    finish_type(vm, vm->t_list, "list", vm->t_object, TF_BASETYPE, spy_list_methods);
    init_names(vm);

    /* 3. The other built-in types. */
#define T(field, name, base, layout, flags, methods) \
    vm->field = spy_type_new_builtin(vm, name, base, layout, flags, methods)
    T(t_none, "NoneType", vm->t_object, K_SINGLETON, 0, NULL);
    T(t_bool, "bool", vm->t_int, K_BIGINT, 0, NULL);
    T(t_float, "float", vm->t_object, K_SINGLETON, TF_BASETYPE, spy_float_methods);
    T(t_set, "set", vm->t_object, K_SET, TF_BASETYPE, spy_set_methods);
    T(t_frozenset, "frozenset", vm->t_object, K_FROZENSET, TF_BASETYPE, spy_frozenset_methods);
    T(t_range, "range", vm->t_object, K_RANGE, 0, spy_range_methods);
    T(t_slice, "slice", vm->t_object, K_SLICE, 0, spy_slice_methods);
    T(t_function, "function", vm->t_object, K_FUNC, 0, NULL);
    finish_type(vm, vm->t_builtin, "builtin_function_or_method", vm->t_object, 0, NULL);
    T(t_method, "method", vm->t_object, K_METHOD, 0, NULL);
    T(t_code, "code", vm->t_object, K_CODE, 0, NULL);
    T(t_cell, "cell", vm->t_object, K_CELL, 0, NULL);
    T(t_module, "module", vm->t_object, K_MODULE, 0, NULL);
    T(t_notimpl_type, "NotImplementedType", vm->t_object, K_SINGLETON, 0, NULL);
    T(t_ellipsis_type, "ellipsis", vm->t_object, K_SINGLETON, 0, NULL);
    T(t_traceback, "traceback", vm->t_object, K_TRACEBACK, 0, NULL);
    T(t_property, "property", vm->t_object, K_PROPERTY, TF_BASETYPE, NULL);
    T(t_staticmethod, "staticmethod", vm->t_object, K_STATICMETHOD, TF_BASETYPE, NULL);
    T(t_classmethod, "classmethod", vm->t_object, K_CLASSMETHOD, TF_BASETYPE, NULL);
    T(t_generator, "generator", vm->t_object, K_GENERATOR, 0, spy_gen_methods);
    T(t_super, "super", vm->t_object, K_SUPER, TF_BASETYPE, NULL);
    T(t_alias, "GenericAlias", vm->t_object, K_ALIAS, 0, NULL);
    T(t_union, "UnionType", vm->t_object, K_ALIAS, 0, NULL);
    T(t_member, "member_descriptor", vm->t_object, K_MEMBER, 0, NULL);
    static const char *const iter_names[IT_SEQ + 1] = {
        [IT_LIST] = "list_iterator",
        [IT_TUPLE] = "tuple_iterator",
        [IT_STR] = "str_ascii_iterator",
        [IT_RANGE] = "range_iterator",
        [IT_DICT_KEYS] = "dict_keyiterator",
        [IT_DICT_VALUES] = "dict_valueiterator",
        [IT_DICT_ITEMS] = "dict_itemiterator",
        [IT_SET] = "set_iterator",
        [IT_LIST_REVERSED] = "list_reverseiterator",
        [IT_ENUMERATE] = "enumerate",
        [IT_ZIP] = "zip",
        [IT_MAP] = "map",
        [IT_FILTER] = "filter",
        [IT_CALLABLE] = "callable_iterator",
        [IT_SEQ] = "iterator",
    };
    for (int i = 0; i <= IT_SEQ; i++) {
        uint32_t fl = (i == IT_ENUMERATE || i == IT_ZIP || i == IT_MAP || i == IT_FILTER)
                          ? TF_BASETYPE : 0;
        T(t_iter[i], iter_names[i], vm->t_object, K_ITER, fl, NULL);
    }
    T(t_dictview[VIEW_KEYS], "dict_keys", vm->t_object, K_DICTVIEW, 0, spy_dictview_methods);
    T(t_dictview[VIEW_VALUES], "dict_values", vm->t_object, K_DICTVIEW, 0, NULL);
    T(t_dictview[VIEW_ITEMS], "dict_items", vm->t_object, K_DICTVIEW, 0, spy_dictview_methods);
#undef T
    vm->t_iter[IT_ENUMERATE]->ctor = spy_enumerate_ctor;
    vm->t_iter[IT_ZIP]->ctor = spy_zip_ctor;
    vm->t_iter[IT_MAP]->ctor = spy_map_ctor;
    vm->t_iter[IT_FILTER]->ctor = spy_filter_ctor;

    vm->t_int->ctor = spy_int_ctor;
    vm->t_bool->ctor = spy_bool_ctor;
    vm->t_float->ctor = spy_float_ctor;
    vm->t_str->ctor = spy_str_ctor;
    vm->t_list->ctor = spy_list_ctor;
    vm->t_tuple->ctor = spy_tuple_ctor;
    vm->t_dict->ctor = spy_dict_ctor;
    vm->t_set->ctor = spy_set_ctor;
    vm->t_frozenset->ctor = spy_frozenset_ctor;
    vm->t_range->ctor = spy_range_ctor;
    vm->t_slice->ctor = spy_slice_ctor;

    vm->notimpl = spy_obj_alloc(vm, sizeof(Singleton), K_SINGLETON, vm->t_notimpl_type);
    vm->notimpl->repr = "NotImplemented";
    vm->ellipsis = spy_obj_alloc(vm, sizeof(Singleton), K_SINGLETON, vm->t_ellipsis_type);
    vm->ellipsis->repr = "Ellipsis";

    /* 4. Exceptions. */
    for (size_t i = 0; i < sizeof exc_table / sizeof exc_table[0]; i++) {
        TypeObj *base = exc_table[i].parent < 0 ? vm->t_object : vm->t_exc[exc_table[i].parent];
        TypeObj *t = spy_type_new_builtin(vm, exc_table[i].name, base, K_EXC,
                                          TF_BASETYPE | TF_EXCEPTION, NULL);
        t->ctor = spy_exc_ctor;
        vm->t_exc[exc_table[i].idx] = t;
    }

    vm->repr_stack = spy_list_new(vm, 8);
    vm->modules = spy_dict_new(vm);
    vm->handled = NULLV;
    spy_class_init(vm);
    spy_builtins_init(vm);
    vm->type_epoch++;   /* the types' namespaces were filled after some lookups */
}
