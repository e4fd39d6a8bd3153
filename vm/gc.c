/* gc.c: precise, stop-the-world mark and sweep over the all-objects list.
 *
 * Invariant: an object reachable from a root is never freed.  Roots are the frames of the
 * data stack (exactly their live slots: locals and the value stack up to the saved sp;
 * a running generator's frame is in that chain, a suspended one is traced by its object),
 * the VM's own references (types, builtins, modules, interned strings, the exception
 * being raised or handled, ...), and pins: objects allocated by C code that called back
 * into Python (see spy_call and vm.h's top comment).  Collection runs only at safe points
 * of the dispatch loop, so no half-built object is ever visible to it.
 *
 * Marking uses an explicit gray stack (never recursion: object graphs are attacker
 * shaped).  The gray stack lives outside the budget; if it cannot grow, objects stay gray
 * (mark 1) and a rescan of the object list finishes them. */
#include <string.h>

#include "arena.h"
#include "gen.h"
#include "vm.h"

enum { WHITE = 0, GRAY = 1, BLACK = 2 };

void *spy_obj_alloc(VM *vm, size_t size, ObjKind kind, TypeObj *type)
{
    Obj *o = spy_mem_calloc(vm, size);
    o->kind = (uint8_t)kind;
    o->type = type;
    o->gcnext = vm->objects;
    vm->objects = o;
    vm->nalloc++;
    o->spare2 = (uint32_t)vm->nalloc;   /* serial for id() and default reprs */
    return o;
}

void spy_gc_mark_obj(VM *vm, Obj *o)
{
    if (!o || o->marked != WHITE) {
        return;
    }
    /* Leaves (strings and big ints of a built-in type, whose type is a root) have no
     * children to trace: blacken them at once instead of going through the gray stack. */
    if ((o->kind == K_STR && o->type == vm->t_str) || (o->kind == K_BIGINT && o->type == vm->t_int)) {
        o->marked = BLACK;
        return;
    }
    o->marked = GRAY;
    if (vm->ngray == vm->capgray) {
        size_t ncap = vm->capgray ? vm->capgray * 2 : 1024;
        Obj **ng = spy_mem_host(vm, vm->gray, vm->capgray * sizeof *ng, ncap * sizeof *ng);
        if (!ng) {
            vm->gray_overflow = true;
            return;
        }
        vm->gray = ng;
        vm->capgray = ncap;
    }
    vm->gray[vm->ngray++] = o;
}

void spy_gc_mark_value(VM *vm, Value v)
{
    if (v.tag == VT_OBJ) {
        spy_gc_mark_obj(vm, v.u.o);
    }
}

#define MARK(p) spy_gc_mark_obj(vm, (Obj *)(p))
/* Inline test first: most values are not objects or are already marked. */
#define MARKV(v) \
    do { \
        Value mv_ = (v); \
        if (mv_.tag == VT_OBJ && mv_.u.o->marked == WHITE) { \
            spy_gc_mark_obj(vm, mv_.u.o); \
        } \
    } while (0)

static void mark_values(VM *vm, const Value *v, int64_t n)
{
    for (int64_t i = 0; i < n; i++) {
        MARKV(v[i]);
    }
}

/* Marks the children of `o`. */
static void blacken(VM *vm, Obj *o)
{
    o->marked = BLACK;
    MARK(o->type);
    if (o->type->dictoffset && o->kind != K_TYPE && (o->type->tflags & TF_HEAPTYPE)) {
        /* Instance of a user subclass of a built-in layout: its attribute dict. */
        MARK(*(Dict **)((char *)o + o->type->dictoffset));
    }
    switch ((ObjKind)o->kind) {
    case K_TYPE: {
        TypeObj *t = (TypeObj *)o;
        MARK(t->name);
        MARK(t->qualname);
        MARK(t->base);
        MARK(t->bases);
        MARK(t->mro);
        MARK(t->dict);
        MARKV(t->module);
        MARK(t->slots);
        break;
    }
    case K_LIST: {
        List *l = (List *)o;
        mark_values(vm, l->items, l->len);
        break;
    }
    case K_TUPLE: {
        Tuple *t = (Tuple *)o;
        mark_values(vm, t->items, t->len);
        break;
    }
    case K_DICT: {
        Dict *d = (Dict *)o;
        for (int64_t i = 0; i < d->nentries; i++) {
            if (!IS_NULL(d->entries[i].key)) {
                MARKV(d->entries[i].key);
                MARKV(d->entries[i].value);
            }
        }
        break;
    }
    case K_SET:
    case K_FROZENSET: {
        Set *s = (Set *)o;
        if (s->table) {
            for (int64_t i = 0; i <= s->mask; i++) {
                MARKV(s->table[i].key);
            }
        }
        break;
    }
    case K_SLICE: {
        Slice *s = (Slice *)o;
        MARKV(s->start);
        MARKV(s->stop);
        MARKV(s->step);
        break;
    }
    case K_FUNC: {
        Func *f = (Func *)o;
        MARK(f->code);
        MARK(f->globals);
        MARK(f->defaults);
        MARK(f->kwdefaults);
        MARK(f->closure);
        MARK(f->name);
        MARK(f->qualname);
        MARK(f->dict);
        MARKV(f->doc);
        MARKV(f->module);
        break;
    }
    case K_CFUNC: {
        CFunc *f = (CFunc *)o;
        MARKV(f->self);
        MARK(f->owner);
        break;
    }
    case K_METHOD: {
        Method *m = (Method *)o;
        MARKV(m->func);
        MARKV(m->self);
        break;
    }
    case K_CODE: {
        Code *c = (Code *)o;
        mark_values(vm, c->consts, c->nconsts);
        for (int32_t i = 0; i < c->nnames; i++) {
            MARK(c->names[i]);
        }
        for (int32_t i = 0; c->localnames && i < c->nlocalsplus; i++) {
            MARK(c->localnames[i]);
        }
        MARK(c->name);
        MARK(c->qualname);
        MARK(c->filename);
        MARK(c->source);
        break;
    }
    case K_CELL:
        MARKV(((Cell *)o)->v);
        break;
    case K_MODULE:
        MARK(((Module *)o)->name);
        MARK(((Module *)o)->dict);
        break;
    case K_EXC: {
        ExcObj *e = (ExcObj *)o;
        MARK(e->args);
        MARKV(e->cause);
        MARKV(e->context);
        MARK(e->tb);
        MARK(e->dict);
        MARKV(e->value);
        break;
    }
    case K_ITER: {
        IterObj *it = (IterObj *)o;
        MARKV(it->seq);
        MARKV(it->fn);
        MARKV(it->aux);
        break;
    }
    case K_DICTVIEW:
        MARK(((DictView *)o)->dict);
        break;
    case K_ALIAS:
        MARKV(((Alias *)o)->origin);
        MARKV(((Alias *)o)->args);
        break;
    case K_INSTANCE:
        MARK(((Instance *)o)->dict);
        MARK(((Instance *)o)->slots);
        break;
    case K_MEMBER:
        MARK(((Member *)o)->name);
        MARK(((Member *)o)->owner);
        break;
    case K_STATICMETHOD:
    case K_CLASSMETHOD:
        MARKV(((Wrapper *)o)->func);
        break;
    case K_PROPERTY: {
        Property *p = (Property *)o;
        MARKV(p->fget);
        MARKV(p->fset);
        MARKV(p->fdel);
        MARKV(p->doc);
        MARK(p->name);
        break;
    }
    case K_SUPER: {
        Super *s = (Super *)o;
        MARK(s->type);
        MARKV(s->obj);
        MARK(s->objtype);
        break;
    }
    case K_TRACEBACK:
        MARK(((Traceback *)o)->next);
        MARK(((Traceback *)o)->code);
        break;
    case K_GENERATOR:
        spy_gen_trace(vm, (GenObj *)o);
        break;
    default:
        break;
    }
}

/* Frees the memory an object owns besides itself. */
static void free_contents(VM *vm, Obj *o)
{
    switch ((ObjKind)o->kind) {
    case K_STR:
        spy_mem_free(vm, ((Str *)o)->utf8);
        break;
    case K_BIGINT:
        spy_mem_gmp_enter(vm);
        mpz_clear(((BigInt *)o)->z);
        break;
    case K_LIST:
        spy_mem_free(vm, ((List *)o)->items);
        break;
    case K_DICT:
        spy_mem_free(vm, ((Dict *)o)->index);   /* index and entries: one block */
        break;
    case K_SET:
    case K_FROZENSET:
        spy_mem_free(vm, ((Set *)o)->table);
        break;
    case K_CODE: {
        Code *c = (Code *)o;
        spy_mem_free(vm, c->code);
        spy_mem_free(vm, c->consts);
        spy_mem_free(vm, c->names);
        spy_mem_free(vm, c->localnames);
        spy_mem_free(vm, c->pos);
        spy_mem_free(vm, c->exc);
        spy_mem_free(vm, c->cache);
        break;
    }
    case K_ARENA:
        spy_arena_release(vm, (Arena *)o);
        break;
    case K_BUF:
        spy_mem_free(vm, ((Buf *)o)->data);
        break;
    default:
        break;
    }
}

static void drain(VM *vm)
{
    for (;;) {
        while (vm->ngray > 0) {
            blacken(vm, vm->gray[--vm->ngray]);
        }
        if (!vm->gray_overflow) {
            return;
        }
        vm->gray_overflow = false;
        for (Obj *o = vm->objects; o; o = o->gcnext) {
            if (o->marked == GRAY) {
                blacken(vm, o);
                while (vm->ngray > 0) {
                    blacken(vm, vm->gray[--vm->ngray]);
                }
            }
        }
    }
}

static void mark_frames(VM *vm)
{
    for (Frame *f = vm->frame; f; f = f->prev) {
        if (f->gen) {
            MARK(spy_frame_gen(f));
        }
        MARK(f->code);
        MARK(f->func);
        MARK(f->globals);
        MARK(f->locals);
        mark_values(vm, f->localsplus, f->code->nlocalsplus);
        if (f->sp) {
            mark_values(vm, f->stack, f->sp - f->stack);
        }
    }
}

static void mark_roots(VM *vm)
{
    mark_frames(vm);
    MARK(vm->exc);
    MARKV(vm->handled);
    MARK(vm->repr_stack);
    for (int64_t i = 0; vm->interned && i <= vm->interned_mask; i++) {
        MARK(vm->interned[i]);
    }
    MARK(vm->empty_str);
    for (int i = 0; i < 256; i++) {
        MARK(vm->latin1[i]);
    }
    /* Every TypeObj* and Str* field of the VM, as arrays of pointers. */
    Str **names = (Str **)&vm->s;
    for (size_t i = 0; i < sizeof vm->s / sizeof(Str *); i++) {
        MARK(names[i]);
    }
    TypeObj **types = &vm->t_object;
    for (TypeObj **t = types; t <= &vm->t_union; t++) {
        MARK(*t);
    }
    for (int i = 0; i < 64; i++) {
        MARK(vm->t_exc[i]);
    }
    for (int i = 0; i < DN__COUNT; i++) {
        MARK(vm->dn[i]);
    }
    MARK(vm->build_class);
    MARK(vm->notimpl);
    MARK(vm->ellipsis);
    MARK(vm->builtins);
    MARK(vm->modules);
    MARK(vm->main_globals);
    MARK(vm->argv);
    MARK(vm->tb_text);
    MARK(vm->res_type);
    MARK(vm->res_msg);
    MARK(vm->t_stdin);
    MARK(vm->t_stdout);
    MARK(vm->t_stderr);
    MARK(vm->sys_stdin);
    MARK(vm->sys_stdout);
    MARK(vm->sys_stderr);
    for (int i = 0; i < vm->npins; i++) {
        Obj *o = vm->pins[i].first;
        for (uint64_t n = vm->pins[i].count; o && n > 0; n--, o = o->gcnext) {
            MARK(o);
        }
    }
}

void spy_gc_collect(VM *vm)
{
    vm->ngray = 0;
    vm->gray_overflow = false;
    mark_roots(vm);
    drain(vm);
    Obj **link = &vm->objects;
    while (*link) {
        Obj *o = *link;
        /* The list is walked once per collection: fetch ahead of the pointer chase. */
        if (o->gcnext) {
            __builtin_prefetch(o->gcnext->gcnext);
        }
        if (o->marked != WHITE) {
            o->marked = WHITE;
            link = &o->gcnext;
        } else {
            *link = o->gcnext;
            free_contents(vm, o);
            spy_mem_free(vm, o);
        }
    }
    size_t next = vm->bytes * 2 + (1u << 20);
    if (next > vm->limit - vm->limit / 8) {
        next = vm->bytes + (vm->limit - vm->bytes) / 2;
    }
    vm->next_gc = next;
    vm->gc_requested = false;
}

void spy_gc_free_all(VM *vm)
{
    Obj *o = vm->objects;
    while (o) {
        Obj *next = o->gcnext;
        free_contents(vm, o);
        spy_mem_free(vm, o);
        o = next;
    }
    vm->objects = NULL;
    spy_mem_host(vm, vm->gray, vm->capgray * sizeof *vm->gray, 0);
    vm->gray = NULL;
    vm->ngray = vm->capgray = 0;
}
