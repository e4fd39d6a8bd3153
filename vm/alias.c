/* alias.c: what evaluating type annotations needs: `list[int]`, `dict[str, list[int]]`,
 * `int | None`, and the `typing` module's common names (`List[int]`, `Optional[str]`).
 * They only have to exist, print as CPython prints them, and work in isinstance() for
 * unions; nothing checks types. */
#include <string.h>

#include "vm.h"

static Value new_alias(VM *vm, Value origin, Value args, bool is_union)
{
    Alias *a = spy_obj_alloc(vm, sizeof(Alias), K_ALIAS, is_union ? vm->t_union : vm->t_alias);
    a->origin = origin;
    a->args = args;
    return mk_obj(a);
}

static bool generic_type(VM *vm, TypeObj *t)
{
    return t == vm->t_list || t == vm->t_dict || t == vm->t_tuple || t == vm->t_set ||
           t == vm->t_frozenset || t == vm->t_type;
}

/* A typing form is an Alias with a str origin and no args (e.g. typing.List). */
static bool typing_form(Value v)
{
    return IS_KIND(v, K_ALIAS) && IS_STR(((Alias *)AS_OBJ(v))->origin) &&
           IS_NULL(((Alias *)AS_OBJ(v))->args);
}

Value spy_alias_getitem(VM *vm, Value obj, Value key)
{
    Value args = IS_TUPLE(key) ? key : mk_obj(spy_tuple_pack(vm, 1, key));
    if (IS_KIND(obj, K_TYPE) && generic_type(vm, (TypeObj *)AS_OBJ(obj))) {
        return new_alias(vm, obj, args, false);
    }
    if (typing_form(obj)) {
        return new_alias(vm, ((Alias *)AS_OBJ(obj))->origin, args, false);
    }
    return NULLV;
}

static bool unionable(Value v)
{
    return IS_NONE(v) || IS_KIND(v, K_TYPE) || IS_KIND(v, K_ALIAS);
}

/* Appends v's members to the union's list, flattening nested unions, without repeats. */
static void add_member(VM *vm, List *l, Value v)
{
    if (IS_KIND(v, K_ALIAS) && IS_NULL(((Alias *)AS_OBJ(v))->origin)) {
        Tuple *t = AS_TUPLE(((Alias *)AS_OBJ(v))->args);
        for (int64_t i = 0; i < t->len; i++) {
            add_member(vm, l, t->items[i]);
        }
        return;
    }
    for (int64_t i = 0; i < l->len; i++) {
        if (spy_is(l->items[i], v)) {
            return;
        }
    }
    spy_list_append(vm, l, v);
}

Value spy_alias_union(VM *vm, Value a, Value b)
{
    if (!unionable(a) || !unionable(b) || (!IS_KIND(a, K_TYPE) && !IS_KIND(a, K_ALIAS) &&
                                           !IS_KIND(b, K_TYPE) && !IS_KIND(b, K_ALIAS))) {
        return NULLV;
    }
    List *l = spy_list_new(vm, 4);
    add_member(vm, l, a);
    add_member(vm, l, b);
    if (l->len == 1) {
        return l->items[0];
    }
    return new_alias(vm, NULLV, mk_obj(spy_to_tuple(vm, mk_obj(l))), true);
}

static Str *alias_repr(VM *vm, Alias *a);

/* CPython's typing repr of one argument: classes by (qualified) name, None as None. */
static void add_arg_repr(VM *vm, StrBuf *sb, Value v)
{
    if (IS_NONE(v)) {
        spy_sb_add_cstr(vm, sb, "None");
    } else if (IS_KIND(v, K_TYPE)) {
        TypeObj *t = (TypeObj *)AS_OBJ(v);
        if (IS_STR(t->module) && !spy_str_eq_cstr(AS_STR(t->module), "builtins")) {
            spy_sb_add_str(vm, sb, AS_STR(t->module));
            spy_sb_add_cstr(vm, sb, ".");
        }
        spy_sb_add_str(vm, sb, t->qualname ? t->qualname : t->name);
    } else if (IS_KIND(v, K_SINGLETON) && AS_OBJ(v) == (Obj *)vm->ellipsis) {
        spy_sb_add_cstr(vm, sb, "...");
    } else {
        spy_sb_add_str(vm, sb, spy_repr(vm, v));
    }
}

Str *spy_alias_repr(VM *vm, Alias *a)
{
    /* Aliases nest (list[list[...]]): bounded like any nested repr. */
    spy_enter_c(vm, " while getting the repr of an object");
    Str *r = alias_repr(vm, a);
    spy_leave_c(vm);
    return r;
}

static Str *alias_repr(VM *vm, Alias *a)
{
    StrBuf sb;
    spy_sb_init(vm, &sb);
    if (IS_NULL(a->origin)) {
        Tuple *t = AS_TUPLE(a->args);
        for (int64_t i = 0; i < t->len; i++) {
            if (i > 0) {
                spy_sb_add_cstr(vm, &sb, " | ");
            }
            add_arg_repr(vm, &sb, t->items[i]);
        }
        return spy_sb_finish(vm, &sb);
    }
    if (IS_STR(a->origin)) {
        spy_sb_add_str(vm, &sb, AS_STR(a->origin));
    } else {
        add_arg_repr(vm, &sb, a->origin);
    }
    if (!IS_NULL(a->args)) {
        Tuple *t = AS_TUPLE(a->args);
        spy_sb_add_cstr(vm, &sb, "[");
        for (int64_t i = 0; i < t->len; i++) {
            if (i > 0) {
                spy_sb_add_cstr(vm, &sb, ", ");
            }
            add_arg_repr(vm, &sb, t->items[i]);
        }
        spy_sb_add_cstr(vm, &sb, "]");
    }
    return spy_sb_finish(vm, &sb);
}

/* The typing module: the names annotations use most.  Each is a subscriptable form. */
void spy_mod_typing_init(VM *vm, Module *m)
{
    static const char *const forms[] = {
        "List", "Dict", "Set", "FrozenSet", "Tuple", "Type", "Optional", "Union", "Any",
        "Callable", "Iterable", "Iterator", "Sequence", "Mapping", "MutableMapping",
        "MutableSequence", "Generator", "Deque", "DefaultDict", "Counter", "NoReturn",
        "Literal", "Final", "ClassVar", NULL};
    for (int i = 0; forms[i]; i++) {
        char buf[64];
        snprintf(buf, sizeof buf, "typing.%s", forms[i]);
        Value form = new_alias(vm, mk_obj(spy_str_cstr(vm, buf)), NULLV, false);
        spy_dict_set_str(vm, m->dict, spy_str_intern_cstr(vm, forms[i]), form);
    }
}
