/* gen.c: generator objects: creation, resumption from C (next(g), send, throw, close),
 * PEP 479, the per-generator exception state, repr and GC tracing.  The dispatch loop
 * resumes generators inline from FOR_ITER and SEND (vm.c); gen.h describes how a
 * generator owns its frame.  Invariants: a generator's frame is linked into vm->frame's
 * chain exactly while its state is GEN_RUNNING; a suspended generator inside `yield from`
 * has its sub-iterator on top of its value stack and its ip just after a YIELD_VALUE
 * whose argument is 1 (the SEND is right before it). */
#include <string.h>

#include "gen.h"

/* ================================================================ creation */

Value spy_gen_new(VM *vm, Func *fn, int nargs, Value *args, Tuple *kwnames)
{
    Code *co = fn->code;
    size_t nvals = (size_t)co->nlocalsplus + (size_t)co->stacksize;
    GenObj *g = spy_obj_alloc(vm, GEN_FRAME_OFFSET + sizeof(Frame) + nvals * sizeof(Value),
                              K_GENERATOR, vm->t_generator);
    g->name = fn->name;
    g->qualname = fn->qualname;
    g->exc_state = NULLV;
    g->saved_handled = NULLV;
    g->state = GEN_CREATED;
    Frame *f = spy_gen_frame(g);
    f->code = co;
    f->func = fn;
    f->globals = fn->globals;
    /* Instruction 0 is RETURN_GENERATOR (the `def` line, for a throw before the start). */
    f->ip = co->code + 1;
    f->stack = f->localsplus + co->nlocalsplus;
    f->sp = f->stack;
    f->gen = 1;
    if (fn->closure) {
        int base = co->nlocals + co->ncells;
        for (int32_t i = 0; i < co->nfree && i < fn->closure->len; i++) {
            f->localsplus[base + i] = fn->closure->items[i];
        }
    }
    if (!kwnames && nargs == co->nargs && co->nkwonly == 0 &&
        !(co->flags & (CO_VARARGS | CO_VARKEYWORDS))) {
        spy_copy_values(f->localsplus, args, nargs);
    } else {
        spy_bind_args(vm, fn, f->localsplus, nargs, args, kwnames);
    }
    return mk_obj(g);
}

/* ================================================================ linking */

bool spy_gen_check(VM *vm, GenObj *g, Value sent)
{
    if (g->state == GEN_CREATED && !IS_NULL(sent) && !IS_NONE(sent)) {
        spy_raise(vm, EXC(vm, TypeError),
                  "can't send non-None value to a just-started generator");
    }
    if (g->state == GEN_RUNNING) {
        spy_raise(vm, EXC(vm, ValueError), "generator already executing");
    }
    return g->state != GEN_FINISHED;
}

static void link_one(VM *vm, GenObj *g)
{
    Frame *f = spy_gen_frame(g);
    f->prev = vm->frame;
    vm->frame = f;
    vm->depth++;
    g->state = GEN_RUNNING;
    g->saved_handled = vm->handled;
    if (!IS_NULL(g->exc_state)) {
        vm->handled = g->exc_state;
    }
}

/* True when suspended inside `yield from` (its sub-iterator is on top of its stack). */
static bool in_yield_from(GenObj *g)
{
    if (g->state != GEN_SUSPENDED) {
        return false;
    }
    uint32_t w = spy_gen_frame(g)->ip[-1];
    return INSTR_OP(w) == OP_YIELD_VALUE && INSTR_ARG(w) == 1;
}

static Value sub_iter(GenObj *g)
{
    return spy_gen_frame(g)->sp[-1];
}

/* Links the `n` generators of g's `yield from` chain below g (already linked), each
 * parent set back onto its SEND so that it receives what its sub-generator yields or
 * returns exactly as after an inline resume. */
static void link_chain(VM *vm, GenObj *g, int n)
{
    for (int i = 0; i < n; i++) {
        GenObj *sub = (GenObj *)AS_OBJ(sub_iter(g));
        spy_gen_frame(g)->ip--;
        link_one(vm, sub);
        g = sub;
    }
}

void spy_gen_link(VM *vm, GenObj *g, Value sent, int chain)
{
    if (vm->depth + chain >= vm->max_depth) {
        spy_raise(vm, EXC(vm, RecursionError), "maximum recursion depth exceeded");
    }
    Frame *f = spy_gen_frame(g);
    if (!IS_NULL(sent) && g->state != GEN_CREATED) {
        *f->sp++ = sent;
    }
    link_one(vm, g);
    link_chain(vm, g, chain);
}

void spy_gen_suspend(VM *vm, Frame *f)
{
    GenObj *g = spy_frame_gen(f);
    vm->frame = f->prev;
    vm->depth--;
    g->state = GEN_SUSPENDED;
    vm->handled = g->saved_handled;
    g->saved_handled = NULLV;
}

void spy_gen_finish(VM *vm, Frame *f)
{
    GenObj *g = spy_frame_gen(f);
    vm->frame = f->prev;
    vm->depth--;
    g->state = GEN_FINISHED;
    vm->handled = g->saved_handled;
    g->saved_handled = NULLV;
    g->exc_state = NULLV;
}

void spy_gen_exc_leave(VM *vm, Frame *f)
{
    ExcObj *e = vm->exc;
    if (!e || !spy_type_is_subtype(e->hdr.type, EXC(vm, StopIteration))) {
        return;
    }
    Str *msg = spy_str_cstr(vm, "generator raised StopIteration");
    ExcObj *r = spy_exc_new(vm, EXC(vm, RuntimeError), spy_tuple_pack(vm, 1, mk_obj(msg)));
    r->cause = mk_obj(e);
    r->context = mk_obj(e);
    r->suppress_context = true;
    vm->exc = r;
}

/* ================================================================ resuming from C */

/* Raises `e` as it is (no __context__ added): an exception thrown into a generator, or
 * one that already left a generator's frames.  With e NULL, passes on the limit error a
 * spy_pcall caught (keeping the line where it struck). */
SPY_NORETURN static void rethrow(VM *vm, ExcObj *e)
{
    vm->exc = e;
    if (e) {
        vm->limit_hit = 0;
    }
    if (!vm->jmp) {
        __builtin_trap();
    }
    longjmp(vm->jmp->buf, 1);
}

bool spy_gen_send(VM *vm, GenObj *g, Value sent, Value *out)
{
    if (!spy_gen_check(vm, g, sent)) {
        *out = NONEV;
        return false;
    }
    *out = spy_vm_run_gen(vm, g, sent, NULL, 0);
    return g->state != GEN_FINISHED;
}

/* Raises the StopIteration that ends send()/__next__: StopIteration() for None. */
SPY_NORETURN static void stop(VM *vm, Value r)
{
    spy_raise_stopiteration(vm, IS_NONE(r) ? NULLV : r);
}

static bool is_genexit(VM *vm, Value v)
{
    TypeObj *t = IS_KIND(v, K_TYPE) ? (TypeObj *)AS_OBJ(v)
                 : IS_KIND(v, K_EXC) ? AS_OBJ(v)->type : NULL;
    return t && spy_type_is_subtype(t, EXC(vm, GeneratorExit));
}

/* throw()'s arguments as one exception instance (CPython's normalisation). */
static ExcObj *throw_exc(VM *vm, int nargs, Value *args)
{
    Value typ = args[0];
    Value val = nargs > 1 ? args[1] : NULLV;
    Value tb = nargs > 2 ? args[2] : NULLV;
    if (!IS_NULL(tb) && !IS_NONE(tb)) {
        spy_raise(vm, EXC(vm, TypeError), "throw() third argument must be a traceback object");
    }
    if (IS_KIND(typ, K_TYPE) &&
        spy_type_is_subtype((TypeObj *)AS_OBJ(typ), EXC(vm, BaseException))) {
        if (IS_KIND(val, K_EXC) &&
            spy_type_is_subtype(AS_OBJ(val)->type, (TypeObj *)AS_OBJ(typ))) {
            return (ExcObj *)AS_OBJ(val);
        }
        Value inst;
        if (IS_NULL(val) || IS_NONE(val)) {
            inst = spy_call(vm, typ, 0, NULL, NULL);
        } else if (IS_TUPLE(val)) {
            inst = spy_call(vm, typ, (int)AS_TUPLE(val)->len, AS_TUPLE(val)->items, NULL);
        } else {
            inst = spy_call(vm, typ, 1, &val, NULL);
        }
        if (!IS_KIND(inst, K_EXC)) {
            spy_raise(vm, EXC(vm, TypeError),
                      "calling %R should have returned an instance of BaseException, not %T",
                      typ, inst);
        }
        return (ExcObj *)AS_OBJ(inst);
    }
    if (IS_KIND(typ, K_EXC)) {
        if (!IS_NULL(val) && !IS_NONE(val)) {
            spy_raise(vm, EXC(vm, TypeError), "instance exception may not have a separate value");
        }
        return (ExcObj *)AS_OBJ(typ);
    }
    spy_raise(vm, EXC(vm, TypeError),
              "exceptions must be classes or instances deriving from BaseException, not %T",
              typ);
}

/* Raises `e` inside g (at its current instruction) and runs it; with `chain` > 0 the
 * exception is raised in the chain-th sub-generator of g's `yield from` chain instead,
 * the others waiting on their SEND.  Returns as spy_gen_send. */
static bool throw_into(VM *vm, GenObj *g, ExcObj *e, int chain, Value *out)
{
    if (g->state == GEN_RUNNING) {
        spy_raise(vm, EXC(vm, ValueError), "generator already executing");
    }
    if (g->state == GEN_FINISHED) {
        rethrow(vm, e);
    }
    *out = spy_vm_run_gen(vm, g, NULLV, e, chain);
    return g->state != GEN_FINISHED;
}

typedef struct CloseJob {
    GenObj *g;
    ExcObj *e;
    Value out;
    bool yielded;
} CloseJob;

static void close_job(VM *vm, void *ud)
{
    CloseJob *j = ud;
    j->yielded = throw_into(vm, j->g, j->e, 0, &j->out);
}

static ExcObj *new_exc(VM *vm, TypeObj *t, const char *msg)
{
    Tuple *args = msg ? spy_tuple_pack(vm, 1, mk_obj(spy_str_cstr(vm, msg))) : NULL;
    ExcObj *e = spy_exc_new(vm, t, args);
    if (IS_OBJ(vm->handled)) {
        e->context = vm->handled;
    }
    return e;
}

/* gen_close of CPython for one generator whose own sub-generator is already closed:
 * raises `e` (GeneratorExit, or the error closing the sub-generator gave) in it.
 * Returns NULL when it closed, else the error to report. */
static ExcObj *close_one(VM *vm, GenObj *g, ExcObj *e)
{
    if (!e) {
        e = new_exc(vm, EXC(vm, GeneratorExit), NULL);
    }
    if (g->state == GEN_FINISHED) {
        return is_genexit(vm, mk_obj(e)) ? NULL : e;
    }
    CloseJob j = {g, e, NULLV, false};
    if (spy_pcall(vm, close_job, &j) == 0) {
        if (j.yielded) {
            return new_exc(vm, EXC(vm, RuntimeError), "generator ignored GeneratorExit");
        }
        return NULL;
    }
    if (vm->limit_hit) {
        rethrow(vm, NULL);
    }
    ExcObj *err = vm->exc;
    vm->exc = NULL;
    if (spy_type_is_subtype(err->hdr.type, EXC(vm, GeneratorExit)) ||
        spy_type_is_subtype(err->hdr.type, EXC(vm, StopIteration))) {
        return NULL;
    }
    return err;
}

typedef struct DelegateJob {
    Value f, arg, result;
} DelegateJob;

static void delegate_job(VM *vm, void *ud)
{
    DelegateJob *j = ud;
    j->result = IS_NULL(j->arg) ? spy_call0(vm, j->f) : spy_call1(vm, j->f, j->arg);
}

/* Closes a `yield from` delegate that is not a generator: its close() if it has one.
 * Returns NULL or the error it raised (to be raised in the delegating generator). */
static ExcObj *close_delegate(VM *vm, Value sub)
{
    Value cl = spy_getattr_opt(vm, sub, spy_str_intern_cstr(vm, "close"));
    if (IS_NULL(cl)) {
        return NULL;
    }
    DelegateJob dj = {cl, NULLV, NULLV};
    if (spy_pcall(vm, delegate_job, &dj) == 0) {
        return NULL;
    }
    if (vm->limit_hit) {
        rethrow(vm, NULL);
    }
    ExcObj *err = vm->exc;
    vm->exc = NULL;
    return err;
}

/* Closes the `yield from` chain below g, innermost first, as CPython's recursion through
 * gen_close_iter does (but without C recursion).  Returns NULL or the error to raise in
 * g.  The generators above the one being closed count as running meanwhile. */
static ExcObj *close_sub(VM *vm, GenObj *g)
{
    if (!in_yield_from(g)) {
        return NULL;
    }
    if (!IS_KIND(sub_iter(g), K_GENERATOR)) {
        g->state = GEN_RUNNING;
        ExcObj *derr = close_delegate(vm, sub_iter(g));
        g->state = GEN_SUSPENDED;
        return derr;
    }
    List *chain = spy_list_new(vm, 4);
    GenObj *cur = g;
    while (in_yield_from(cur) && IS_KIND(sub_iter(cur), K_GENERATOR)) {
        spy_list_append(vm, chain, mk_obj(cur));
        cur->state = GEN_RUNNING;
        cur = (GenObj *)AS_OBJ(sub_iter(cur));
    }
    ExcObj *err = NULL;
    if (in_yield_from(cur) && cur->state != GEN_FINISHED) {
        /* The innermost generator delegates to a plain iterator: close that first. */
        cur->state = GEN_RUNNING;
        err = close_delegate(vm, sub_iter(cur));
        cur->state = GEN_SUSPENDED;
    }
    err = close_one(vm, cur, err);
    for (int64_t i = chain->len - 1; i >= 1; i--) {
        GenObj *p = (GenObj *)AS_OBJ(chain->items[i]);
        p->state = GEN_SUSPENDED;
        err = close_one(vm, p, err);
    }
    g->state = GEN_SUSPENDED;
    return err;
}

/* ================================================================ methods */

static GenObj *self_of(VM *vm, int nargs, Value *args, const char *name)
{
    if (nargs < 1) {
        spy_raise(vm, EXC(vm, TypeError), "unbound method generator.%s() needs an argument",
                  name);
    }
    if (!IS_KIND(args[0], K_GENERATOR)) {
        spy_raise(vm, EXC(vm, TypeError),
                  "descriptor '%s' for 'generator' objects doesn't apply to a '%T' object", name,
                  args[0]);
    }
    return (GenObj *)AS_OBJ(args[0]);
}

/* Slot wrappers (__next__, __iter__) word their errors differently from methods. */
static GenObj *wrapper_self(VM *vm, int nargs, Value *args, Tuple *kw, const char *name)
{
    if (nargs < 1) {
        spy_raise(vm, EXC(vm, TypeError), "descriptor '%s' of 'generator' object needs an argument",
                  name);
    }
    if (!IS_KIND(args[0], K_GENERATOR)) {
        spy_raise(vm, EXC(vm, TypeError),
                  "descriptor '%s' requires a 'generator' object but received a '%T'", name,
                  args[0]);
    }
    if (kw && kw->len > 0) {
        spy_raise(vm, EXC(vm, TypeError), "wrapper %s() takes no keyword arguments", name);
    }
    if (nargs != 1) {
        spy_raise(vm, EXC(vm, TypeError), "expected 0 arguments, got %d", nargs - 1);
    }
    return (GenObj *)AS_OBJ(args[0]);
}

static void no_kw(VM *vm, Tuple *kw, const char *name)
{
    if (kw && kw->len > 0) {
        spy_raise(vm, EXC(vm, TypeError), "generator.%s() takes no keyword arguments", name);
    }
}

static Value m_next(VM *vm, int nargs, Value *args, Tuple *kw)
{
    GenObj *g = wrapper_self(vm, nargs, args, kw, "__next__");
    Value r;
    if (spy_gen_send(vm, g, NONEV, &r)) {
        return r;
    }
    stop(vm, r);
}

static Value m_iter(VM *vm, int nargs, Value *args, Tuple *kw)
{
    wrapper_self(vm, nargs, args, kw, "__iter__");
    return args[0];
}

static Value m_send(VM *vm, int nargs, Value *args, Tuple *kw)
{
    GenObj *g = self_of(vm, nargs, args, "send");
    no_kw(vm, kw, "send");
    if (nargs != 2) {
        spy_raise(vm, EXC(vm, TypeError), "generator.send() takes exactly one argument (%d given)",
                  nargs - 1);
    }
    Value r;
    if (spy_gen_send(vm, g, args[1], &r)) {
        return r;
    }
    stop(vm, r);
}

typedef struct NormJob {
    int nargs;
    Value *args;
    ExcObj *e;
} NormJob;

static void norm_job(VM *vm, void *ud)
{
    NormJob *j = ud;
    j->e = throw_exc(vm, j->nargs, j->args);
}

static Value m_throw(VM *vm, int nargs, Value *args, Tuple *kw)
{
    GenObj *g = self_of(vm, nargs, args, "throw");
    no_kw(vm, kw, "throw");
    if (nargs < 2) {
        spy_raise(vm, EXC(vm, TypeError), "throw expected at least 1 argument, got %d",
                  nargs - 1);
    }
    if (nargs > 4) {
        spy_raise(vm, EXC(vm, TypeError), "throw expected at most 3 arguments, got %d",
                  nargs - 1);
    }
    Value r;
    bool yielded;
    if (is_genexit(vm, args[1])) {
        /* GeneratorExit closes the sub-generators, then is raised here. */
        ExcObj *err = close_sub(vm, g);
        ExcObj *e = err ? err : throw_exc(vm, nargs - 1, args + 1);
        yielded = throw_into(vm, g, e, 0, &r);
    } else {
        /* Delegated down the `yield from` chain to the innermost generator that can take
         * it (CPython recurses through _gen_throw; we link the chain and raise there). */
        int n = 0;
        ExcObj *replace = NULL;
        for (GenObj *cur = g; in_yield_from(cur) && IS_KIND(sub_iter(cur), K_GENERATOR);) {
            GenObj *sub = (GenObj *)AS_OBJ(sub_iter(cur));
            if (sub->state == GEN_RUNNING) {
                replace = new_exc(vm, EXC(vm, ValueError), "generator already executing");
                break;
            }
            if (sub->state == GEN_FINISHED) {
                break;
            }
            n++;
            cur = sub;
        }
        NormJob j = {nargs - 1, args + 1, NULL};
        ExcObj *e;
        if (spy_pcall(vm, norm_job, &j) == 0) {
            e = replace ? replace : j.e;
            GenObj *inner = g;
            for (int k = 0; k < n; k++) {
                inner = (GenObj *)AS_OBJ(sub_iter(inner));
            }
            if (!replace && in_yield_from(inner) && !IS_KIND(sub_iter(inner), K_GENERATOR)) {
                /* The innermost delegate is a plain iterator: its own throw(), if it has
                 * one, takes the exception; what it returns is what `yield from`
                 * yields, and an exception it raises goes on into the generator. */
                Value sub = sub_iter(inner);
                Value th = spy_getattr_opt(vm, sub, spy_str_intern_cstr(vm, "throw"));
                if (!IS_NULL(th)) {
                    DelegateJob dj = {th, mk_obj(e), NULLV};
                    if (spy_pcall(vm, delegate_job, &dj) == 0) {
                        return dj.result;
                    }
                    if (vm->limit_hit) {
                        rethrow(vm, NULL);
                    }
                    e = vm->exc;
                    vm->exc = NULL;
                }
            }
        } else {
            if (vm->limit_hit || n == 0) {
                rethrow(vm, vm->limit_hit ? NULL : vm->exc);
            }
            /* A bad argument fails in the innermost generator's throw(), and that error
             * is raised in its parent. */
            e = vm->exc;
            vm->exc = NULL;
            n--;
        }
        yielded = throw_into(vm, g, e, n, &r);
    }
    if (yielded) {
        return r;
    }
    stop(vm, r);
}

static Value m_close(VM *vm, int nargs, Value *args, Tuple *kw)
{
    GenObj *g = self_of(vm, nargs, args, "close");
    no_kw(vm, kw, "close");
    if (nargs != 1) {
        spy_raise(vm, EXC(vm, TypeError), "generator.close() takes no arguments (%d given)",
                  nargs - 1);
    }
    if (g->state == GEN_RUNNING) {
        spy_raise(vm, EXC(vm, ValueError), "generator already executing");
    }
    ExcObj *err = close_sub(vm, g);
    err = close_one(vm, g, err);
    if (err) {
        rethrow(vm, err);
    }
    return NONEV;
}

const MethodDef spy_gen_methods[] = {
    {"__next__", m_next, 0},
    {"__iter__", m_iter, 0},
    {"send", m_send, 0},
    {"throw", m_throw, 0},
    {"close", m_close, 0},
    {NULL, NULL, 0},
};

/* ================================================================ protocols */

Str *spy_gen_repr(VM *vm, GenObj *g)
{
    char buf[64];
    snprintf(buf, sizeof buf, " at 0x%012llx>", (unsigned long long)spy_id(vm, mk_obj(g)));
    StrBuf sb;
    spy_sb_init(vm, &sb);
    spy_sb_add_cstr(vm, &sb, "<generator object ");
    spy_sb_add_str(vm, &sb, g->qualname);
    spy_sb_add_cstr(vm, &sb, buf);
    return spy_sb_finish(vm, &sb);
}

Value spy_gen_getattr(VM *vm, GenObj *g, Str *name)
{
    if (name == vm->s.__name__) {
        return mk_obj(g->name);
    }
    if (name == vm->s.__qualname__) {
        return mk_obj(g->qualname);
    }
    if (spy_str_eq_cstr(name, "gi_running")) {
        return mk_bool(g->state == GEN_RUNNING);   /* a flag, not the closed frame */
    }
    return NULLV;
}

void spy_gen_trace(VM *vm, GenObj *g)
{
    spy_gc_mark_obj(vm, (Obj *)g->name);
    spy_gc_mark_obj(vm, (Obj *)g->qualname);
    spy_gc_mark_value(vm, g->exc_state);
    spy_gc_mark_value(vm, g->saved_handled);
    if (g->state == GEN_FINISHED) {
        return;
    }
    Frame *f = spy_gen_frame(g);
    spy_gc_mark_obj(vm, (Obj *)f->code);
    spy_gc_mark_obj(vm, (Obj *)f->func);
    spy_gc_mark_obj(vm, (Obj *)f->globals);
    spy_gc_mark_obj(vm, (Obj *)f->locals);
    Value *end = f->sp ? f->sp : f->stack;
    for (Value *v = f->localsplus; v < end; v++) {
        spy_gc_mark_value(vm, *v);
    }
}
