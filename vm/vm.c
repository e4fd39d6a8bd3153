/* vm.c: frames on the chunked data stack, the budget checkpoint, and the dispatch loop.
 *
 * Python calls do not recurse the C stack: CALL of a Python function pushes a frame and
 * the same loop continues in it; RETURN_VALUE pops back.  Only calls from C (a builtin
 * calling a key function, say) start a nested loop, through spy_call, bounded by cdepth.
 * Generators (gen.h) are resumed the same way from FOR_ITER and SEND: their own frame is
 * linked in, and YIELD_VALUE unlinks it.
 *
 * Every instruction costs one step: the fetch decrements vm->steps_left and, when the
 * countdown runs out, goes to the checkpoint, which is also the loop's only safe point
 * for garbage collection (the allocation funnel forces the countdown to zero when it
 * wants a collection).  ip and sp live in registers; SAVE() writes them to the frame
 * before anything that may throw, allocate, or run Python code. */
#include <math.h>
#include <string.h>
#include <time.h>

#include "gen.h"
#include "vm.h"

#define FRAME_HDR ((sizeof(Frame) + sizeof(Value) - 1) / sizeof(Value))
#define CHUNK_VALUES 16384

/* ================================================================ budgets */

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

void spy_checkpoint(VM *vm)
{
    vm->steps_done += (uint64_t)(vm->steps_chunk - vm->steps_left);
    vm->steps_chunk = 0;
    vm->steps_left = 0;
    if (vm->steps_done >= vm->max_steps) {
        vm->steps_done = vm->max_steps;
        spy_limit(vm, SPY_STEP_LIMIT);
    }
    if (vm->cancel) {
        spy_limit(vm, SPY_TIMEOUT);
    }
    if (vm->deadline > 0 && now_seconds() > vm->deadline) {
        spy_limit(vm, SPY_TIMEOUT);
    }
    if (vm->gc_requested) {
        /* Called from C (spy_charge) while a collection is wanted: keep the countdown at
         * zero so the dispatch loop reaches its safe point at the next instruction. */
        return;
    }
    uint64_t remaining = vm->max_steps - vm->steps_done;
    int64_t chunk = remaining < SPY_CHECK_INTERVAL ? (int64_t)remaining : SPY_CHECK_INTERVAL;
    vm->steps_chunk = chunk;
    vm->steps_left = chunk;
}

uint64_t spy_steps_used(VM *vm)
{
    return vm->steps_done + (uint64_t)(vm->steps_chunk - vm->steps_left);
}

void spy_enter_c(VM *vm, const char *what)
{
    if (vm->cdepth >= SPY_MAX_C_DEPTH) {
        spy_raise(vm, EXC(vm, RecursionError), "maximum recursion depth exceeded%s", what);
    }
    vm->cdepth++;
}

/* ================================================================ frames */

static Frame *push_frame(VM *vm, Code *co, Func *func, Dict *globals, Dict *locals)
{
    if (vm->depth >= vm->max_depth) {
        spy_raise(vm, EXC(vm, RecursionError), "maximum recursion depth exceeded");
    }
    size_t need = FRAME_HDR + (size_t)co->nlocalsplus + (size_t)co->stacksize;
    StackChunk *c = vm->chunk;
    if (!c || (size_t)(c->limit - c->top) < need) {
        size_t n = need > CHUNK_VALUES ? need : CHUNK_VALUES;
        StackChunk *nc = spy_mem_alloc(vm, sizeof(StackChunk) + n * sizeof(Value));
        nc->prev = c;
        nc->top = nc->data;
        nc->limit = nc->data + n;
        vm->chunk = c = nc;
    }
    Frame *f = (Frame *)c->top;
    c->top += need;
    f->prev = vm->frame;
    f->code = co;
    f->func = func;
    f->globals = globals;
    f->locals = locals;
    f->ip = co->code;
    f->stack = f->localsplus + co->nlocalsplus;
    f->sp = f->stack;
    f->boundary = 0;
    f->ret = RET_PUSH;
    f->gen = 0;
    for (int32_t i = 0; i < co->nlocalsplus; i++) {
        f->localsplus[i] = NULLV;
    }
    if (func && func->closure) {
        int base = co->nlocals + co->ncells;
        for (int32_t i = 0; i < co->nfree && i < func->closure->len; i++) {
            f->localsplus[base + i] = func->closure->items[i];
        }
    }
    vm->frame = f;
    vm->depth++;
    return f;
}

static void pop_frame(VM *vm, Frame *f)
{
    if (SPY_UNLIKELY(f->gen)) {
        spy_gen_finish(vm, f);
        return;
    }
    StackChunk *c = vm->chunk;
    vm->frame = f->prev;
    vm->depth--;
    c->top = (Value *)f;
    if (c->top == c->data && c->prev) {
        vm->chunk = c->prev;
        spy_mem_free(vm, c);
    }
}

void spy_vm_unwind_to(VM *vm, Frame *frame)
{
    while (vm->frame && vm->frame != frame) {
        pop_frame(vm, vm->frame);
    }
}

/* ================================================================ helpers for the loop */

static Str *local_name(Code *co, int i)
{
    return co->localnames[i];
}

SPY_NORETURN static void unbound_local(VM *vm, Code *co, int i)
{
    spy_raise(vm, EXC(vm, UnboundLocalError),
              "cannot access local variable '%U' where it is not associated with a value",
              local_name(co, i));
}

SPY_NORETURN static void name_error(VM *vm, Str *name)
{
    StrBuf sb;
    spy_sb_init(vm, &sb);
    spy_sb_add_cstr(vm, &sb, "name '");
    spy_sb_add_str(vm, &sb, name);
    spy_sb_add_cstr(vm, &sb, "' is not defined");
    ExcObj *e = spy_exc_new(vm, EXC(vm, NameError),
                            spy_tuple_pack(vm, 1, mk_obj(spy_sb_finish(vm, &sb))));
    Frame *f = vm->frame;
    if (f) {
        spy_exc_note_name(vm, e, mk_obj(f->code), mk_obj(f->globals), name);
    }
    spy_throw(vm, e);
}

static Value load_global(VM *vm, Code *co, uint32_t idx, int pc, Dict *globals)
{
    Str *name = co->names[idx];
    uint64_t *cache = (uint64_t *)(co->cache + (size_t)pc * CACHE_WORDS_PER_INSTR);
    /* cache[0]: 1 + entry index in globals, or (builtins) 1 + entry index with bit 62 set;
     * cache[1]: globals version the builtins hit was seen with. */
    uint64_t c0 = cache[0];
    if (c0) {
        if (!(c0 & (1ull << 62))) {
            int64_t e = (int64_t)c0 - 1;
            if (e < globals->nentries && IS_OBJ(globals->entries[e].key) &&
                AS_OBJ(globals->entries[e].key) == (Obj *)name) {
                return globals->entries[e].value;
            }
        } else if (cache[1] == globals->version) {
            int64_t e = (int64_t)(c0 & ~(1ull << 62)) - 1;
            Dict *b = vm->builtins;
            if (e < b->nentries && IS_OBJ(b->entries[e].key) &&
                AS_OBJ(b->entries[e].key) == (Obj *)name) {
                return b->entries[e].value;
            }
        }
    }
    int64_t e = spy_dict_find_str(globals, name);
    if (e >= 0) {
        cache[0] = (uint64_t)e + 1;
        return globals->entries[e].value;
    }
    e = spy_dict_find_str(vm->builtins, name);
    if (e >= 0) {
        cache[0] = ((uint64_t)e + 1) | (1ull << 62);
        cache[1] = globals->version;
        return vm->builtins->entries[e].value;
    }
    name_error(vm, name);
}

static Value load_name(VM *vm, Frame *f, Str *name)
{
    Value v;
    if (f->locals) {
        v = spy_dict_get_str(vm, f->locals, name);
        if (!IS_NULL(v)) {
            return v;
        }
    }
    v = spy_dict_get_str(vm, f->globals, name);
    if (!IS_NULL(v)) {
        return v;
    }
    v = spy_dict_get_str(vm, vm->builtins, name);
    if (!IS_NULL(v)) {
        return v;
    }
    name_error(vm, name);
}

static bool exc_matches(VM *vm, ExcObj *e, Value type)
{
    if (IS_TUPLE(type)) {
        /* Every member is checked before any is matched, as CPython does. */
        Tuple *t = AS_TUPLE(type);
        for (int64_t i = 0; i < t->len; i++) {
            Value m = t->items[i];
            if (!IS_KIND(m, K_TYPE) ||
                !spy_type_is_subtype((TypeObj *)AS_OBJ(m), EXC(vm, BaseException))) {
                spy_raise(vm, EXC(vm, TypeError),
                          "catching classes that do not inherit from BaseException is not allowed");
            }
        }
        for (int64_t i = 0; i < t->len; i++) {
            if (spy_type_is_subtype(e->hdr.type, (TypeObj *)AS_OBJ(t->items[i]))) {
                return true;
            }
        }
        return false;
    }
    if (!IS_KIND(type, K_TYPE) ||
        !spy_type_is_subtype((TypeObj *)AS_OBJ(type), EXC(vm, BaseException))) {
        spy_raise(vm, EXC(vm, TypeError),
                  "catching classes that do not inherit from BaseException is not allowed");
    }
    return spy_type_is_subtype(e->hdr.type, (TypeObj *)AS_OBJ(type));
}

/* Turns the operand of `raise` into an exception instance. */
static ExcObj *make_raisable(VM *vm, Value v, bool cause)
{
    if (IS_KIND(v, K_TYPE) &&
        spy_type_is_subtype((TypeObj *)AS_OBJ(v), EXC(vm, BaseException))) {
        Value inst = spy_call(vm, v, 0, NULL, NULL);
        if (!IS_KIND(inst, K_EXC)) {
            spy_raise(vm, EXC(vm, TypeError),
                      "calling %R should have returned an instance of BaseException, not %R", v,
                      mk_obj(spy_typeof(vm, inst)));
        }
        return (ExcObj *)AS_OBJ(inst);
    }
    if (IS_KIND(v, K_EXC)) {
        return (ExcObj *)AS_OBJ(v);
    }
    if (cause) {
        spy_raise(vm, EXC(vm, TypeError), "exception causes must derive from BaseException");
    }
    spy_raise(vm, EXC(vm, TypeError), "exceptions must derive from BaseException");
}

static void unpack_error(VM *vm, int64_t expected, int64_t got, bool at_least)
{
    if (got < expected) {
        spy_raise(vm, EXC(vm, ValueError), "not enough values to unpack (expected %s%D, got %D)",
                  at_least ? "at least " : "", expected, got);
    }
    spy_raise(vm, EXC(vm, ValueError), "too many values to unpack (expected %D)", expected);
}

/* Unpacks `seq` into exactly n values written to out[0..n). */
static bool is_iterable(VM *vm, Value v)
{
    if (!IS_OBJ(v)) {
        return false;
    }
    switch (AS_OBJ(v)->kind) {
    case K_LIST: case K_TUPLE: case K_STR: case K_ITER: case K_DICT: case K_SET:
    case K_FROZENSET: case K_RANGE: case K_DICTVIEW: case K_GENERATOR:
        return true;
    default: {
        /* Instances of user classes with __iter__ or the sequence protocol. */
        TypeObj *t = AS_OBJ(v)->type;
        Value f = spy_user_dunder(vm, t, DN_ITER);
        return IS_OBJ(f) || (IS_NULL(f) && IS_OBJ(spy_user_dunder(vm, t, DN_GETITEM)));
    }
    }
}

static void unpack_into(VM *vm, Value seq, int64_t n, Value *out)
{
    Value *items = NULL;
    int64_t len = 0;
    bool seq_fast = false;
    if (IS_TUPLE(seq)) {
        items = AS_TUPLE(seq)->items;
        len = AS_TUPLE(seq)->len;
        seq_fast = true;
    } else if (IS_LIST(seq)) {
        items = AS_LIST(seq)->items;
        len = AS_LIST(seq)->len;
        seq_fast = true;
    }
    if (seq_fast) {
        if (len != n) {
            unpack_error(vm, n, len, false);
        }
        spy_copy_values(out, items, n);
        return;
    }
    if (!is_iterable(vm, seq)) {
        spy_raise(vm, EXC(vm, TypeError), "cannot unpack non-iterable %T object", seq);
    }
    Value it = spy_iter(vm, seq);
    int64_t i = 0;
    Value v;
    while (i < n && spy_next(vm, it, &v)) {
        out[i++] = v;
    }
    if (i < n) {
        unpack_error(vm, n, i, false);
    }
    if (spy_next(vm, it, &v)) {
        unpack_error(vm, n, n + 1, false);
    }
}

/* CPython's _PyObject_FunctionStr: "print()", "__main__.f()", "list.append()". */
static Str *callable_name(VM *vm, Value f)
{
    StrBuf sb;
    spy_sb_init(vm, &sb);
    if (IS_KIND(f, K_FUNC)) {
        Func *fn = (Func *)AS_OBJ(f);
        if (IS_STR(fn->module) && !spy_str_eq_cstr(AS_STR(fn->module), "builtins")) {
            spy_sb_add_str(vm, &sb, AS_STR(fn->module));
            spy_sb_add_cstr(vm, &sb, ".");
        }
        spy_sb_add_str(vm, &sb, fn->qualname);
    } else if (IS_KIND(f, K_CFUNC)) {
        CFunc *cf = (CFunc *)AS_OBJ(f);
        if (cf->owner) {
            spy_sb_add_str(vm, &sb, cf->owner->name);
            spy_sb_add_cstr(vm, &sb, ".");
        }
        spy_sb_add_cstr(vm, &sb, cf->name);
    } else if (IS_KIND(f, K_TYPE)) {
        spy_sb_add_str(vm, &sb, ((TypeObj *)AS_OBJ(f))->qualname);
    } else {
        spy_sb_add_str(vm, &sb, spy_typeof(vm, f)->name);
        spy_sb_add_cstr(vm, &sb, " object");
    }
    spy_sb_add_cstr(vm, &sb, "()");
    return spy_sb_finish(vm, &sb);
}

static void dict_merge(VM *vm, Dict *d, Value m, Value callable)
{
    if (!IS_DICT(m)) {
        if (!IS_OBJ(m) || AS_OBJ(m)->kind != K_DICT) {
            spy_raise(vm, EXC(vm, TypeError), "%U argument after ** must be a mapping, not %T",
                      callable_name(vm, callable), m);
        }
    }
    Dict *src = AS_DICT(m);
    int64_t pos = 0;
    Value k, v;
    while (spy_dict_next(src, &pos, &k, &v)) {
        if (!IS_STR(k)) {
            spy_raise(vm, EXC(vm, TypeError), "keywords must be strings");
        }
        if (!IS_NULL(spy_dict_get(vm, d, k))) {
            spy_raise(vm, EXC(vm, TypeError), "%U got multiple values for keyword argument '%U'",
                      callable_name(vm, callable), AS_STR(k));
        }
        spy_dict_set(vm, d, k, v);
    }
}

static Value make_function(VM *vm, Frame *f, Code *co, Value *extras, int flags)
{
    Func *fn = spy_obj_alloc(vm, sizeof(Func), K_FUNC, vm->t_function);
    fn->code = co;
    fn->globals = f->globals;
    fn->name = co->name;
    fn->qualname = co->qualname;
    fn->doc = NONEV;
    fn->module = spy_dict_get_str(vm, f->globals, vm->s.__name__);
    if (IS_NULL(fn->module)) {
        fn->module = NONEV;
    }
    int k = 0;
    if (flags & 1) {
        fn->defaults = AS_TUPLE(extras[k++]);
    }
    if (flags & 2) {
        fn->kwdefaults = AS_DICT(extras[k++]);
    }
    if (flags & 4) {
        k++;
    }
    if (flags & 8) {
        fn->closure = AS_TUPLE(extras[k++]);
    }
    /* As CPython 3.11: a function's first constant is its docstring, or None. */
    if (co->nconsts > 0 && IS_STR(co->consts[0])) {
        fn->doc = co->consts[0];
    }
    return mk_obj(fn);
}

/* Finds the exception-table entry covering instruction `idx`. */
static const ExcEntry *find_handler(Code *co, int64_t idx)
{
    for (int32_t i = 0; i < co->nexc; i++) {
        const ExcEntry *e = &co->exc[i];
        if ((uint32_t)idx >= e->start && (uint32_t)idx < e->end) {
            return e;
        }
    }
    return NULL;
}

/* Builds the frame for a call of `fn` with arguments at args[0..nargs+nkw).  The frame
 * is linked only once its arguments are bound, so a binding error (TypeError) is raised in
 * the caller's frame, as CPython reports it. */
static Frame *call_frame(VM *vm, Func *fn, int nargs, Value *args, Tuple *kwnames)
{
    Code *co = fn->code;
    Frame *nf = push_frame(vm, co, fn, fn->globals, NULL);
    if (!kwnames && nargs == co->nargs && co->nkwonly == 0 &&
        !(co->flags & (CO_VARARGS | CO_VARKEYWORDS))) {
        for (int i = 0; i < nargs; i++) {
            nf->localsplus[i] = args[i];
        }
        return nf;
    }
    vm->frame = nf->prev;
    vm->depth--;
    spy_bind_args(vm, fn, nf->localsplus, nargs, args, kwnames);
    vm->frame = nf;
    vm->depth++;
    return nf;
}

/* ================================================================ the dispatch loop */

static Value execute(VM *vm, Frame *entry, int throwing);

/* Pins (see vm.h) for a call from C into Python.  What the calling C code can hold is
 * what it allocated itself and what earlier calls returned to it, never the garbage those
 * calls made: so each call pins the caller's allocations since it started or since its
 * previous call returned (one segment of the all-objects list), and the value the call
 * returns when the call allocated it.  These pins stay until the activation running the
 * caller reaches its next safe point (run_loop) or returns (execute): a builtin that
 * resumes a generator a million times keeps its own objects, not a million calls' garbage. */
static void pin_add(VM *vm, Obj *first, uint64_t count)
{
    if (count == 0) {
        return;
    }
    if (vm->npins == vm->cappins) {
        int ncap = vm->cappins ? vm->cappins * 2 : 16;
        vm->pins = spy_mem_realloc(vm, vm->pins, (size_t)ncap * sizeof(Pin));
        vm->cappins = ncap;
    }
    vm->pins[vm->npins].first = first;
    vm->pins[vm->npins].count = count;
    vm->npins++;
}

static void pin_result(VM *vm, Value r, uint64_t start)
{
    vm->cmark = vm->nalloc;
    /* Serials (Obj.spare2) are nalloc truncated to 32 bits: compare modulo 2^32. */
    if (IS_OBJ(r) &&
        (uint32_t)(AS_OBJ(r)->spare2 - (uint32_t)start) < (uint32_t)(vm->nalloc - start)) {
        pin_add(vm, AS_OBJ(r), 1);
    }
}

/* SEND to a receiver that is not a generator: __next__ for None, else its send(). */
typedef struct SendCall {
    Value recv, v, result;
} SendCall;

static void send_call(VM *vm, void *ud)
{
    SendCall *sc = ud;
    if (IS_NONE(sc->v)) {
        Value f = spy_user_dunder(vm, spy_typeof(vm, sc->recv), DN_NEXT);
        if (IS_NULL(f)) {
            spy_raise(vm, EXC(vm, TypeError), "'%T' object is not an iterator", sc->recv);
        }
        sc->result = spy_call_method_value(vm, f, sc->recv, 0, NULL);
        return;
    }
    sc->result = spy_call_method(vm, sc->recv, spy_str_intern_cstr(vm, "send"), 1, &sc->v);
}

Value spy_vm_run_gen(VM *vm, GenObj *g, Value sent, ExcObj *thrown, int chain)
{
    spy_enter_c(vm, "");
    pin_add(vm, vm->objects, vm->nalloc - vm->cmark);
    spy_gen_link(vm, g, sent, chain);
    Frame *f = spy_gen_frame(g);
    if (thrown) {
        vm->exc = thrown;
    }
    uint64_t start = vm->nalloc;
    Value r = execute(vm, f, thrown != NULL);
    pin_result(vm, r, start);
    vm->cdepth--;
    return r;
}

Value spy_vm_call_function(VM *vm, Func *fn, int nargs, Value *args, Tuple *kwnames)
{
    if (fn->code->flags & CO_GENERATOR) {
        return spy_gen_new(vm, fn, nargs, args, kwnames);
    }
    spy_enter_c(vm, "");
    pin_add(vm, vm->objects, vm->nalloc - vm->cmark);
    uint64_t start = vm->nalloc;
    Frame *f = call_frame(vm, fn, nargs, args, kwnames);
    f->boundary = 1;
    Value r = execute(vm, f, 0);
    pin_result(vm, r, start);
    vm->cdepth--;
    return r;
}

Value spy_vm_run_class_body(VM *vm, Func *body, Dict *ns)
{
    spy_enter_c(vm, "");
    pin_add(vm, vm->objects, vm->nalloc - vm->cmark);
    uint64_t start = vm->nalloc;
    Frame *f = push_frame(vm, body->code, body, body->globals, ns);
    f->boundary = 1;
    Value r = execute(vm, f, 0);
    pin_result(vm, r, start);
    vm->cdepth--;
    return r;
}

Value spy_run_code(VM *vm, Code *code, Dict *globals, Dict *locals)
{
    spy_enter_c(vm, "");
    Frame *f = push_frame(vm, code, NULL, globals, locals);
    f->boundary = 1;
    Value r = execute(vm, f, 0);
    vm->cdepth--;
    return r;
}

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-(ptrdiff_t)(n)])
#define SAVE()                      \
    do {                            \
        frame->ip = ip;             \
        frame->sp = sp;             \
        vm->cmark = vm->nalloc;     \
    } while (0)
#define LOAD_FRAME()                \
    do {                            \
        co = frame->code;           \
        ip = frame->ip;             \
        sp = frame->sp;             \
        locals = frame->localsplus; \
        consts = co->consts;        \
    } while (0)
#define JUMPTO(t) (ip = co->code + (t))

#if SPY_USE_JUMPTABLE
#define TARGET(op) L_##op:
#define DISPATCH()                                          \
    do {                                                    \
        if (SPY_UNLIKELY(--vm->steps_left < 0)) {           \
            goto checkpoint;                                \
        }                                                   \
        w = *ip++;                                          \
        goto *labels[INSTR_OP(w)];                          \
    } while (0)
#else
#define TARGET(op) case OP_##op:
#define DISPATCH() goto dispatch
#endif

/* The dispatch loop proper.  It has no setjmp of its own (so its register variables are
 * never clobbered by a longjmp): `execute` below owns the catch point and re-enters it
 * with `resume` set when C code it called threw. */
__attribute__((noinline)) static Value run_loop(VM *vm, Frame *entry, JmpBuf *jb, int resume)
{
#if SPY_USE_JUMPTABLE
    static const void *const labels[OP__COUNT] = {
#define OP(name) &&L_##name,
#include "opcodes.h"
#undef OP
    };
#endif
    Frame *frame;
    Code *co;
    const uint32_t *ip;
    Value *sp, *locals, *consts;
    uint32_t w;
    bool add_tb;
    const int pin_base = vm->npins;

    if (resume) {
        /* Thrown by C code called from the innermost frame of this activation (or passed
         * on by a nested activation, which already unwound its own frames). */
        frame = vm->frame;
        add_tb = true;
        goto exception_unwind;
    }
    frame = entry;
    LOAD_FRAME();
    DISPATCH();

checkpoint:
    vm->steps_left++;
    SAVE();
    /* Between two instructions of this activation no C code of it is running: drop the
     * pins its finished instructions left (see pin_add). */
    vm->npins = pin_base;
    if (vm->gc_requested) {
        spy_gc_collect(vm);
    }
    spy_checkpoint(vm);
    DISPATCH();

#if !SPY_USE_JUMPTABLE
dispatch:
    if (SPY_UNLIKELY(--vm->steps_left < 0)) {
        goto checkpoint;
    }
    w = *ip++;
    switch (INSTR_OP(w)) {
#endif

    TARGET(NOP)
    {
        DISPATCH();
    }
    TARGET(POP_TOP)
    {
        sp--;
        DISPATCH();
    }
    TARGET(PUSH_NULL)
    {
        PUSH(NULLV);
        DISPATCH();
    }
    TARGET(COPY)
    {
        Value v = PEEK(INSTR_ARG(w));
        PUSH(v);
        DISPATCH();
    }
    TARGET(SWAP)
    {
        uint32_t n = INSTR_ARG(w);
        Value t = TOP();
        TOP() = PEEK(n);
        PEEK(n) = t;
        DISPATCH();
    }
    TARGET(LOAD_CONST)
    {
        PUSH(consts[INSTR_ARG(w)]);
        DISPATCH();
    }
    TARGET(LOAD_SMALL_INT)
    {
        PUSH(mk_int((int64_t)INSTR_ARG(w) - SMALL_INT_BIAS));
        DISPATCH();
    }
    TARGET(LOAD_FAST)
    {
        Value v = locals[INSTR_ARG(w)];
        if (SPY_UNLIKELY(IS_NULL(v))) {
            SAVE();
            unbound_local(vm, co, (int)INSTR_ARG(w));
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_FAST)
    {
        locals[INSTR_ARG(w)] = POP();
        DISPATCH();
    }
    TARGET(DELETE_FAST)
    {
        if (IS_NULL(locals[INSTR_ARG(w)])) {
            SAVE();
            unbound_local(vm, co, (int)INSTR_ARG(w));
        }
        locals[INSTR_ARG(w)] = NULLV;
        DISPATCH();
    }
    TARGET(LOAD_DEREF)
    {
        uint32_t i = INSTR_ARG(w);
        Cell *c = (Cell *)AS_OBJ(locals[i]);
        if (SPY_UNLIKELY(IS_NULL(c->v))) {
            SAVE();
            if ((int32_t)i < co->nlocals + co->ncells) {
                unbound_local(vm, co, (int)i);
            }
            spy_raise(vm, EXC(vm, NameError),
                      "cannot access free variable '%U' where it is not associated with a value "
                      "in enclosing scope",
                      local_name(co, (int)i));
        }
        PUSH(c->v);
        DISPATCH();
    }
    TARGET(STORE_DEREF)
    {
        ((Cell *)AS_OBJ(locals[INSTR_ARG(w)]))->v = POP();
        DISPATCH();
    }
    TARGET(DELETE_DEREF)
    {
        Cell *c = (Cell *)AS_OBJ(locals[INSTR_ARG(w)]);
        if (IS_NULL(c->v)) {
            SAVE();
            unbound_local(vm, co, (int)INSTR_ARG(w));
        }
        c->v = NULLV;
        DISPATCH();
    }
    TARGET(LOAD_CLOSURE)
    {
        PUSH(locals[INSTR_ARG(w)]);
        DISPATCH();
    }
    TARGET(MAKE_CELL)
    {
        SAVE();
        Cell *c = spy_obj_alloc(vm, sizeof(Cell), K_CELL, vm->t_cell);
        c->v = locals[INSTR_ARG(w)];
        locals[INSTR_ARG(w)] = mk_obj(c);
        DISPATCH();
    }
    TARGET(LOAD_GLOBAL)
    {
        SAVE();
        Value v = load_global(vm, co, INSTR_ARG(w), (int)(ip - co->code - 1), frame->globals);
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_GLOBAL)
    {
        SAVE();
        spy_dict_set_str(vm, frame->globals, co->names[INSTR_ARG(w)], TOP());
        sp--;
        DISPATCH();
    }
    TARGET(DELETE_GLOBAL)
    {
        SAVE();
        Str *name = co->names[INSTR_ARG(w)];
        if (!spy_dict_del(vm, frame->globals, mk_obj(name))) {
            name_error(vm, name);
        }
        DISPATCH();
    }
    TARGET(LOAD_NAME)
    {
        SAVE();
        Value v = load_name(vm, frame, co->names[INSTR_ARG(w)]);
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_NAME)
    {
        SAVE();
        Dict *d = frame->locals ? frame->locals : frame->globals;
        spy_dict_set_str(vm, d, co->names[INSTR_ARG(w)], TOP());
        sp--;
        DISPATCH();
    }
    TARGET(DELETE_NAME)
    {
        SAVE();
        Str *name = co->names[INSTR_ARG(w)];
        Dict *d = frame->locals ? frame->locals : frame->globals;
        if (!spy_dict_del(vm, d, mk_obj(name))) {
            name_error(vm, name);
        }
        DISPATCH();
    }
    TARGET(LOAD_ATTR)
    {
        Value obj = TOP();
        Str *name = co->names[INSTR_ARG(w)];
        if (IS_KIND(obj, K_INSTANCE)) {
            /* An instance of a user class without data descriptors: its dict decides.  The
             * cache remembers the entry index where the name was last found. */
            Instance *in = (Instance *)AS_OBJ(obj);
            if ((in->hdr.type->tflags & (TF_HEAPTYPE | TF_DESCR)) == TF_HEAPTYPE && in->dict &&
                !vm->late_descr) {
                Dict *d = in->dict;
                uint64_t *cache = (uint64_t *)(co->cache + (size_t)(ip - co->code - 1) * CACHE_WORDS_PER_INSTR);
                int64_t e = (int64_t)cache[0] - 1;
                if (e >= 0 && e < d->nentries && IS_OBJ(d->entries[e].key) &&
                    AS_OBJ(d->entries[e].key) == (Obj *)name) {
                    TOP() = d->entries[e].value;
                    DISPATCH();
                }
                e = spy_dict_find_str(d, name);
                if (e >= 0) {
                    cache[0] = (uint64_t)e + 1;
                    TOP() = d->entries[e].value;
                    DISPATCH();
                }
            }
        }
        SAVE();
        Value v = spy_getattr(vm, obj, name);
        TOP() = v;
        DISPATCH();
    }
    TARGET(STORE_ATTR)
    {
        Value obj = TOP();
        Str *name = co->names[INSTR_ARG(w)];
        if (IS_KIND(obj, K_INSTANCE)) {
            Instance *in = (Instance *)AS_OBJ(obj);
            if ((in->hdr.type->tflags & (TF_HEAPTYPE | TF_DESCR | TF_SETATTR | TF_NODICT)) ==
                    TF_HEAPTYPE && in->dict && !vm->late_descr && name != vm->s.__dict__ &&
                name != vm->s.__class__) {
                Dict *d = in->dict;
                uint64_t *cache = (uint64_t *)(co->cache + (size_t)(ip - co->code - 1) * CACHE_WORDS_PER_INSTR);
                int64_t e = (int64_t)cache[0] - 1;
                if (e >= 0 && e < d->nentries && IS_OBJ(d->entries[e].key) &&
                    AS_OBJ(d->entries[e].key) == (Obj *)name) {
                    /* Replacing a value leaves the key set (and the dict version) alone. */
                    d->entries[e].value = PEEK(2);
                    sp -= 2;
                    DISPATCH();
                }
                SAVE();
                spy_dict_set_str(vm, d, name, PEEK(2));
                e = spy_dict_find_str(d, name);
                cache[0] = (uint64_t)e + 1;
                sp -= 2;
                DISPATCH();
            }
        }
        SAVE();
        spy_setattr(vm, obj, name, PEEK(2));
        sp -= 2;
        DISPATCH();
    }
    TARGET(DELETE_ATTR)
    {
        SAVE();
        spy_delattr(vm, TOP(), co->names[INSTR_ARG(w)]);
        sp--;
        DISPATCH();
    }
    TARGET(LOAD_METHOD)
    {
        SAVE();
        Value obj = TOP();
        Str *name = co->names[INSTR_ARG(w)];
        if (!IS_KIND(obj, K_TYPE) && !IS_KIND(obj, K_MODULE) && !IS_KIND(obj, K_SUPER)) {
            TypeObj *t = spy_typeof(vm, obj);
            Value m = spy_type_lookup(vm, t, name);
            if (IS_KIND(m, K_FUNC) && (t->tflags & TF_HEAPTYPE) && !(t->tflags & TF_GETATTR)) {
                /* A method of a user class, unless the instance dict shadows it. */
                Dict **dp = spy_obj_dictptr(vm, AS_OBJ(obj));
                if (!dp || !*dp || spy_dict_find_str(*dp, name) < 0) {
                    TOP() = m;
                    PUSH(obj);
                    DISPATCH();
                }
            }
            if (IS_KIND(m, K_CFUNC) && !(((CFunc *)AS_OBJ(m))->flags & (CF_STATIC | CF_CLASS)) &&
                ((CFunc *)AS_OBJ(m))->owner) {
                TOP() = m;
                PUSH(obj);
                DISPATCH();
            }
        }
        if (IS_KIND(obj, K_SUPER)) {
            /* super().m(...): a plain function found along the MRO is called with the
             * instance as self, without a bound-method object. */
            Super *su = (Super *)AS_OBJ(obj);
            if (!IS_KIND(su->obj, K_TYPE)) {
                Value m = spy_super_find(vm, su, name);
                if (IS_KIND(m, K_FUNC)) {
                    TOP() = m;
                    PUSH(su->obj);
                    DISPATCH();
                }
            }
        }
        Value v = spy_getattr(vm, obj, name);
        TOP() = v;
        PUSH(NULLV);
        DISPATCH();
    }
    TARGET(BINARY_SUBSCR)
    {
        Value key = TOP(), obj = PEEK(2);
        if (IS_LIST(obj) && IS_INT(key)) {
            List *l = AS_LIST(obj);
            int64_t i = AS_INT(key);
            if (i < 0) {
                i += l->len;
            }
            if ((uint64_t)i < (uint64_t)l->len) {
                sp--;
                TOP() = l->items[i];
                DISPATCH();
            }
        }
        SAVE();
        Value v = spy_getitem(vm, obj, key);
        sp--;
        TOP() = v;
        DISPATCH();
    }
    TARGET(STORE_SUBSCR)
    {
        Value key = TOP(), obj = PEEK(2), v = PEEK(3);
        if (IS_LIST(obj) && IS_INT(key)) {
            List *l = AS_LIST(obj);
            int64_t i = AS_INT(key);
            if (i < 0) {
                i += l->len;
            }
            if ((uint64_t)i < (uint64_t)l->len) {
                l->items[i] = v;
                sp -= 3;
                DISPATCH();
            }
        }
        SAVE();
        spy_setitem(vm, obj, key, v);
        sp -= 3;
        DISPATCH();
    }
    TARGET(DELETE_SUBSCR)
    {
        SAVE();
        spy_delitem(vm, PEEK(2), TOP());
        sp -= 2;
        DISPATCH();
    }
    TARGET(BUILD_SLICE)
    {
        SAVE();
        Value step = INSTR_ARG(w) == 3 ? POP() : NONEV;
        Value stop = POP();
        Value start = TOP();
        TOP() = mk_obj(spy_slice_new(vm, start, stop, step));
        DISPATCH();
    }
    TARGET(BINARY_OP)
    {
        Value b = TOP(), a = PEEK(2);
        uint32_t op = INSTR_ARG(w) & ~(uint32_t)BO_INPLACE;
        if (IS_INT(a) && IS_INT(b)) {
            int64_t x = AS_INT(a), y = AS_INT(b), r;
            switch (op) {
            case BO_ADD:
                if (!__builtin_add_overflow(x, y, &r)) {
                    sp--;
                    TOP() = mk_int(r);
                    DISPATCH();
                }
                break;
            case BO_SUB:
                if (!__builtin_sub_overflow(x, y, &r)) {
                    sp--;
                    TOP() = mk_int(r);
                    DISPATCH();
                }
                break;
            case BO_MUL:
                if (!__builtin_mul_overflow(x, y, &r)) {
                    sp--;
                    TOP() = mk_int(r);
                    DISPATCH();
                }
                break;
            case BO_FLOORDIV:
                if (y > 0 || (y < 0 && x != INT64_MIN)) {
                    r = x / y;
                    if ((x % y != 0) && ((x < 0) != (y < 0))) {
                        r--;
                    }
                    sp--;
                    TOP() = mk_int(r);
                    DISPATCH();
                }
                break;
            case BO_MOD:
                if (y > 0 || (y < 0 && x != INT64_MIN)) {
                    r = x % y;
                    if (r != 0 && ((r < 0) != (y < 0))) {
                        r += y;
                    }
                    sp--;
                    TOP() = mk_int(r);
                    DISPATCH();
                }
                break;
            case BO_AND:
                sp--;
                TOP() = mk_int(x & y);
                DISPATCH();
            case BO_OR:
                sp--;
                TOP() = mk_int(x | y);
                DISPATCH();
            case BO_XOR:
                sp--;
                TOP() = mk_int(x ^ y);
                DISPATCH();
            case BO_TRUEDIV:
                if (y != 0 && x > -(1ll << 53) && x < (1ll << 53) && y > -(1ll << 53) &&
                    y < (1ll << 53)) {
                    sp--;
                    TOP() = mk_float((double)x / (double)y);
                    DISPATCH();
                }
                break;
            default:
                break;
            }
        } else if (IS_FLOAT(a) && IS_FLOAT(b)) {
            double x = AS_FLOAT(a), y = AS_FLOAT(b);
            switch (op) {
            case BO_ADD:
                sp--;
                TOP() = mk_float(x + y);
                DISPATCH();
            case BO_SUB:
                sp--;
                TOP() = mk_float(x - y);
                DISPATCH();
            case BO_MUL:
                sp--;
                TOP() = mk_float(x * y);
                DISPATCH();
            case BO_TRUEDIV:
                if (y != 0.0) {
                    sp--;
                    TOP() = mk_float(x / y);
                    DISPATCH();
                }
                break;
            default:
                break;
            }
        }
        SAVE();
        if (IS_KIND(a, K_INSTANCE) && !(INSTR_ARG(w) & BO_INPLACE) &&
            (AS_OBJ(a)->type->tflags & TF_HEAPTYPE)) {
            /* a + b with a Python __add__ and no reflected method to try first or after:
             * run it in this loop.  a and b stay on this frame's stack until it returns
             * (see RETURN_VALUE). */
            TypeObj *ta = AS_OBJ(a)->type;
            Value fa = spy_user_dunder(vm, ta, DN_ADD + (int)INSTR_ARG(w));
            if (IS_KIND(fa, K_FUNC) && !(((Func *)AS_OBJ(fa))->code->flags & CO_GENERATOR) &&
                (!IS_OBJ(b) || AS_OBJ(b)->type == ta ||
                 IS_NULL(spy_user_dunder(vm, AS_OBJ(b)->type, DN_RADD + (int)INSTR_ARG(w))))) {
                Frame *nf = call_frame(vm, (Func *)AS_OBJ(fa), 2, sp - 2, NULL);
                nf->ret = RET_BINOP;
                frame = nf;
                LOAD_FRAME();
                DISPATCH();
            }
        }
        Value r = spy_binop(vm, (int)INSTR_ARG(w), a, b);
        sp--;
        TOP() = r;
        DISPATCH();
    }
    TARGET(UNARY_OP)
    {
        Value a = TOP();
        if (INSTR_ARG(w) == UO_NOT && IS_BOOL(a)) {
            TOP() = mk_bool(!AS_BOOL(a));
            DISPATCH();
        }
        if (INSTR_ARG(w) == UO_NEG && IS_INT(a) && AS_INT(a) != INT64_MIN) {
            TOP() = mk_int(-AS_INT(a));
            DISPATCH();
        }
        SAVE();
        TOP() = spy_unop(vm, (UnOp)INSTR_ARG(w), a);
        DISPATCH();
    }
    TARGET(COMPARE_OP)
    {
        Value b = TOP(), a = PEEK(2);
        if (IS_INT(a) && IS_INT(b)) {
            int64_t x = AS_INT(a), y = AS_INT(b);
            bool r;
            switch (INSTR_ARG(w)) {
            case CMP_LT:
                r = x < y;
                break;
            case CMP_LE:
                r = x <= y;
                break;
            case CMP_EQ:
                r = x == y;
                break;
            case CMP_NE:
                r = x != y;
                break;
            case CMP_GT:
                r = x > y;
                break;
            default:
                r = x >= y;
                break;
            }
            sp--;
            TOP() = mk_bool(r);
            DISPATCH();
        }
        SAVE();
        Value r = spy_compare(vm, (CmpOp)INSTR_ARG(w), a, b);
        sp--;
        TOP() = r;
        DISPATCH();
    }
    TARGET(IS_OP)
    {
        bool r = spy_is(PEEK(2), TOP()) != (INSTR_ARG(w) != 0);
        sp--;
        TOP() = mk_bool(r);
        DISPATCH();
    }
    TARGET(CONTAINS_OP)
    {
        SAVE();
        bool r = spy_contains(vm, TOP(), PEEK(2)) != (INSTR_ARG(w) != 0);
        sp--;
        TOP() = mk_bool(r);
        DISPATCH();
    }
    TARGET(BUILD_TUPLE)
    {
        SAVE();
        uint32_t n = INSTR_ARG(w);
        Tuple *t = spy_tuple_new(vm, n);
        sp -= n;
        if (n) {
            spy_copy_values(t->items, sp, n);
        }
        PUSH(mk_obj(t));
        DISPATCH();
    }
    TARGET(BUILD_LIST)
    {
        SAVE();
        uint32_t n = INSTR_ARG(w);
        List *l = spy_list_new(vm, n);
        sp -= n;
        if (n) {
            spy_copy_values(l->items, sp, n);
        }
        l->len = n;
        PUSH(mk_obj(l));
        DISPATCH();
    }
    TARGET(BUILD_SET)
    {
        SAVE();
        uint32_t n = INSTR_ARG(w);
        Set *s = spy_set_new(vm, false);
        PUSH(mk_obj(s));
        frame->sp = sp;
        for (uint32_t i = 0; i < n; i++) {
            spy_set_add(vm, s, sp[-1 - (int)n + (int)i]);
        }
        sp -= n + 1;
        PUSH(mk_obj(s));
        DISPATCH();
    }
    TARGET(BUILD_MAP)
    {
        SAVE();
        uint32_t n = INSTR_ARG(w);
        Dict *d = spy_dict_new(vm);
        PUSH(mk_obj(d));
        frame->sp = sp;
        Value *base = sp - 1 - 2 * n;
        for (uint32_t i = 0; i < n; i++) {
            spy_dict_set(vm, d, base[2 * i], base[2 * i + 1]);
        }
        sp = base;
        PUSH(mk_obj(d));
        DISPATCH();
    }
    TARGET(BUILD_STRING)
    {
        SAVE();
        uint32_t n = INSTR_ARG(w);
        StrBuf sb;
        spy_sb_init(vm, &sb);
        for (uint32_t i = 0; i < n; i++) {
            spy_sb_add_str(vm, &sb, AS_STR(sp[-(int)n + (int)i]));
        }
        Str *s = spy_sb_finish(vm, &sb);
        sp -= n;
        PUSH(mk_obj(s));
        DISPATCH();
    }
    TARGET(LIST_APPEND)
    {
        SAVE();
        Value v = POP();
        spy_list_append(vm, AS_LIST(PEEK(INSTR_ARG(w))), v);
        DISPATCH();
    }
    TARGET(SET_ADD)
    {
        SAVE();
        Value v = TOP();
        spy_set_add(vm, AS_SET(PEEK(INSTR_ARG(w) + 1)), v);
        sp--;
        DISPATCH();
    }
    TARGET(MAP_ADD)
    {
        SAVE();
        Value v = TOP(), k = PEEK(2);
        spy_dict_set(vm, AS_DICT(PEEK(INSTR_ARG(w) + 2)), k, v);
        sp -= 2;
        DISPATCH();
    }
    TARGET(LIST_EXTEND)
    {
        SAVE();
        Value it = TOP();
        List *l = AS_LIST(PEEK(INSTR_ARG(w) + 1));
        if (!is_iterable(vm, it)) {
            spy_raise(vm, EXC(vm, TypeError), "Value after * must be an iterable, not %T", it);
        }
        spy_list_extend(vm, l, it);
        sp--;
        DISPATCH();
    }
    TARGET(SET_UPDATE)
    {
        SAVE();
        spy_set_update(vm, AS_SET(PEEK(INSTR_ARG(w) + 1)), TOP());
        sp--;
        DISPATCH();
    }
    TARGET(DICT_UPDATE)
    {
        SAVE();
        Value m = TOP();
        if (!IS_DICT(m)) {
            spy_raise(vm, EXC(vm, TypeError), "'%T' object is not a mapping", m);
        }
        spy_dict_update(vm, AS_DICT(PEEK(INSTR_ARG(w) + 1)), m);
        sp--;
        DISPATCH();
    }
    TARGET(DICT_MERGE)
    {
        SAVE();
        Value m = TOP();
        uint32_t i = INSTR_ARG(w);
        dict_merge(vm, AS_DICT(PEEK(i + 1)), m, PEEK(i + 4));
        sp--;
        DISPATCH();
    }
    TARGET(LIST_TO_TUPLE)
    {
        SAVE();
        List *l = AS_LIST(TOP());
        Tuple *t = spy_tuple_new(vm, l->len);
        spy_copy_values(t->items, l->items, l->len);
        TOP() = mk_obj(t);
        DISPATCH();
    }
    TARGET(FORMAT_VALUE)
    {
        SAVE();
        uint32_t fl = INSTR_ARG(w);
        Value spec = (fl & 4) ? POP() : NULLV;
        Value v = TOP();
        switch (fl & 3) {
        case 1:
            v = mk_obj(spy_str(vm, v));
            break;
        case 2:
            v = mk_obj(spy_repr(vm, v));
            break;
        case 3:
            v = mk_obj(spy_ascii(vm, v));
            break;
        default:
            break;
        }
        if (!IS_NULL(spec) || !IS_STR(v)) {
            v = mk_obj(spy_format(vm, v, IS_NULL(spec) ? vm->empty_str : AS_STR(spec)));
        }
        TOP() = v;
        DISPATCH();
    }
    TARGET(UNPACK_SEQUENCE)
    {
        SAVE();
        uint32_t n = INSTR_ARG(w);
        Value seq = TOP();
        if (IS_TUPLE(seq) && AS_TUPLE(seq)->len == n) {
            Tuple *t = AS_TUPLE(seq);
            sp--;
            for (int64_t i = (int64_t)n - 1; i >= 0; i--) {
                PUSH(t->items[i]);
            }
            DISPATCH();
        }
        /* Unpack into a scratch tuple first (so a failure leaves the stack intact). */
        Tuple *tmp = spy_tuple_new(vm, n);
        PUSH(mk_obj(tmp));
        frame->sp = sp;
        unpack_into(vm, seq, n, tmp->items);
        sp -= 2;
        for (int64_t i = (int64_t)n - 1; i >= 0; i--) {
            PUSH(tmp->items[i]);
        }
        DISPATCH();
    }
    TARGET(UNPACK_EX)
    {
        SAVE();
        uint32_t before = INSTR_ARG(w) & 0xff, after = INSTR_ARG(w) >> 8;
        Value seq = TOP();
        if (!is_iterable(vm, seq)) {
            spy_raise(vm, EXC(vm, TypeError), "cannot unpack non-iterable %T object", seq);
        }
        List *all = spy_to_list(vm, seq);
        PUSH(mk_obj(all));
        frame->sp = sp;
        int64_t n = all->len;
        if (n < (int64_t)(before + after)) {
            unpack_error(vm, before + after, n, true);
        }
        List *mid = spy_list_new(vm, n - before - after);
        spy_copy_values(mid->items, all->items + before, (n - before - after));
        mid->len = n - before - after;
        sp -= 2;
        for (int64_t i = n - 1; i >= n - (int64_t)after; i--) {
            PUSH(all->items[i]);
        }
        PUSH(mk_obj(mid));
        for (int64_t i = (int64_t)before - 1; i >= 0; i--) {
            PUSH(all->items[i]);
        }
        DISPATCH();
    }
    TARGET(JUMP)
    {
        JUMPTO(INSTR_ARG(w));
        DISPATCH();
    }
    TARGET(JUMP_BACKWARD)
    {
        JUMPTO(INSTR_ARG(w));
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_FALSE)
    {
        Value v = POP();
        if (IS_BOOL(v)) {
            if (!AS_BOOL(v)) {
                JUMPTO(INSTR_ARG(w));
            }
            DISPATCH();
        }
        SAVE();
        if (!spy_truthy(vm, v)) {
            JUMPTO(INSTR_ARG(w));
        }
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_TRUE)
    {
        Value v = POP();
        if (IS_BOOL(v)) {
            if (AS_BOOL(v)) {
                JUMPTO(INSTR_ARG(w));
            }
            DISPATCH();
        }
        SAVE();
        if (spy_truthy(vm, v)) {
            JUMPTO(INSTR_ARG(w));
        }
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_NONE)
    {
        if (IS_NONE(POP())) {
            JUMPTO(INSTR_ARG(w));
        }
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_NOT_NONE)
    {
        if (!IS_NONE(POP())) {
            JUMPTO(INSTR_ARG(w));
        }
        DISPATCH();
    }
    TARGET(JUMP_IF_FALSE_OR_POP)
    {
        SAVE();
        if (!spy_truthy(vm, TOP())) {
            JUMPTO(INSTR_ARG(w));
        } else {
            sp--;
        }
        DISPATCH();
    }
    TARGET(JUMP_IF_TRUE_OR_POP)
    {
        SAVE();
        if (spy_truthy(vm, TOP())) {
            JUMPTO(INSTR_ARG(w));
        } else {
            sp--;
        }
        DISPATCH();
    }
    TARGET(GET_ITER)
    {
        SAVE();
        TOP() = spy_iter(vm, TOP());
        DISPATCH();
    }
    TARGET(FOR_ITER)
    {
        Value itv = TOP();
        IterObj *it = (IterObj *)AS_OBJ(itv);
        if (it->hdr.kind == K_ITER && it->sub == IT_RANGE) {
            if (it->n > 0) {
                PUSH(mk_int(it->i));
                it->i += it->step;
                it->n--;
                DISPATCH();
            }
            sp--;
            JUMPTO(INSTR_ARG(w));
            DISPATCH();
        }
        SAVE();
        if (it->hdr.kind == K_GENERATOR) {
            /* Resumed inline: its YIELD_VALUE / RETURN_VALUE come back here (ip[-1]). */
            GenObj *g = (GenObj *)it;
            if (!spy_gen_check(vm, g, NONEV)) {
                sp--;
                JUMPTO(INSTR_ARG(w));
                DISPATCH();
            }
            spy_gen_link(vm, g, NONEV, 0);
            frame = vm->frame;
            LOAD_FRAME();
            DISPATCH();
        }
        Value v;
        if (spy_next(vm, itv, &v)) {
            PUSH(v);
        } else {
            sp--;
            JUMPTO(INSTR_ARG(w));
        }
        DISPATCH();
    }
    TARGET(RETURN_VALUE)
    {
        Value r = POP();
        if (frame == entry) {
            pop_frame(vm, frame);
            vm->jmp = jb->prev;
            return r;
        }
        uint8_t how = frame->ret;
        bool was_gen = frame->gen;
        pop_frame(vm, frame);
        frame = vm->frame;
        LOAD_FRAME();
        if (SPY_UNLIKELY(was_gen)) {
            /* A generator resumed inline finished: its resumer's FOR_ITER ends the loop,
             * its SEND makes r the value of `yield from`. */
            uint32_t rw = ip[-1];
            if (INSTR_OP(rw) == OP_FOR_ITER) {
                sp--;
            } else {
                TOP() = r;
            }
            JUMPTO(INSTR_ARG(rw));
            DISPATCH();
        }
        if (SPY_UNLIKELY(how == RET_BINOP)) {
            /* A dunder run for BINARY_OP: its operands are still on the stack. */
            if (IS_OBJ(r) && AS_OBJ(r) == (Obj *)vm->notimpl) {
                SAVE();
                spy_binop_error(vm, (int)INSTR_ARG(ip[-1]), PEEK(2), TOP());
            }
            sp--;
            TOP() = r;
            DISPATCH();
        }
        if (SPY_UNLIKELY(how == RET_INIT)) {
            /* The instance is already on the stack (see CALL). */
            if (!IS_NONE(r)) {
                SAVE();
                spy_raise(vm, EXC(vm, TypeError), "__init__() should return None, not '%T'", r);
            }
            DISPATCH();
        }
        PUSH(r);
        DISPATCH();
    }
    TARGET(MAKE_FUNCTION)
    {
        SAVE();
        uint32_t fl = INSTR_ARG(w);
        int nextra = ((fl & 1) != 0) + ((fl & 2) != 0) + ((fl & 4) != 0) + ((fl & 8) != 0);
        Code *fco = (Code *)AS_OBJ(TOP());
        Value f = make_function(vm, frame, fco, sp - 1 - nextra, (int)fl);
        sp -= nextra + 1;
        PUSH(f);
        DISPATCH();
    }
    TARGET(CALL)
    TARGET(CALL_KW)
    {
        uint32_t n = INSTR_ARG(w);
        Tuple *kwnames = NULL;
        if (INSTR_OP(w) == OP_CALL_KW) {
            kwnames = AS_TUPLE(POP());
        }
        /* Stack: callable self_or_NULL arg1..argn */
        Value *base = sp - n - 2;
        Value callable = base[0];
        Value *args = base + 2;
        int npos = (int)n - (kwnames ? (int)kwnames->len : 0);
        if (!IS_NULL(base[1])) {
            args--;
            npos++;
        }
        SAVE();
        if (IS_KIND(callable, K_METHOD) && IS_NULL(base[1])) {
            /* A bound method: its self goes into the NULL slot, no copy. */
            Method *m = (Method *)AS_OBJ(callable);
            base[0] = callable = m->func;
            base[1] = m->self;
            args = base + 1;
            npos++;
        }
        if (IS_KIND(callable, K_FUNC) &&
            !(((Func *)AS_OBJ(callable))->code->flags & CO_GENERATOR)) {
            Frame *nf = call_frame(vm, (Func *)AS_OBJ(callable), npos, args, kwnames);
            frame->sp = base;
            frame = nf;
            LOAD_FRAME();
            DISPATCH();
        }
        if (IS_KIND(callable, K_TYPE) && IS_NULL(base[1]) &&
            (((TypeObj *)AS_OBJ(callable))->tflags & TF_HEAPTYPE)) {
            /* C(...) with a Python __init__ and no __new__: run __init__ in this loop.  The
             * instance replaces the callable and stays on this frame's stack (rooted); the
             * __init__ frame is marked so that its return value is checked and dropped. */
            TypeObj *t = (TypeObj *)AS_OBJ(callable);
            Value init = spy_class_plain_init(vm, t);
            if (!IS_NULL(init)) {
                Value obj = spy_class_alloc(vm, t, npos, args);
                base[0] = obj;
                base[1] = obj;
                Frame *nf = call_frame(vm, (Func *)AS_OBJ(init), npos + 1, base + 1, kwnames);
                nf->ret = RET_INIT;
                frame->sp = base + 1;
                frame = nf;
                LOAD_FRAME();
                DISPATCH();
            }
        }
        Value r;
        if (IS_KIND(callable, K_CFUNC)) {
            CFunc *cf = (CFunc *)AS_OBJ(callable);
            if (IS_NULL(cf->self) || (cf->flags & CF_STATIC)) {
                r = cf->fn(vm, npos, args, kwnames);
            } else if (IS_NULL(base[1])) {
                /* Bound C method: its self goes into the NULL slot, no copy. */
                base[1] = cf->self;
                r = cf->fn(vm, npos + 1, base + 1, kwnames);
            } else {
                r = spy_call(vm, callable, npos, args, kwnames);
            }
        } else {
            r = spy_call(vm, callable, npos, args, kwnames);
        }
        sp = base;
        PUSH(r);
        DISPATCH();
    }
    TARGET(CALL_EX)
    {
        SAVE();
        uint32_t fl = INSTR_ARG(w);
        /* Stack: callable self_or_NULL args [kwargs] */
        Value *base = sp - 3 - (fl & 1);
        Value callable = base[0], self = base[1], argsv = base[2];
        Value kw = (fl & 1) ? base[3] : NULLV;
        if (!IS_TUPLE(argsv) && !is_iterable(vm, argsv)) {
            spy_raise(vm, EXC(vm, TypeError), "%U argument after * must be an iterable, not %T",
                      callable_name(vm, callable), argsv);
        }
        Tuple *pos = IS_TUPLE(argsv) ? AS_TUPLE(argsv) : spy_to_tuple(vm, argsv);
        base[2] = mk_obj(pos);
        int64_t nkw = IS_DICT(kw) ? AS_DICT(kw)->used : 0;
        int64_t extra = IS_NULL(self) ? 0 : 1;
        Tuple *all = spy_tuple_new(vm, extra + pos->len + nkw);
        if (extra) {
            all->items[0] = self;
        }
        spy_copy_values(all->items + extra, pos->items, pos->len);
        Tuple *kwnames = NULL;
        if (nkw > 0) {
            kwnames = spy_tuple_new(vm, nkw);
            int64_t p = 0, k = 0;
            Value key, val;
            while (k < nkw && spy_dict_next(AS_DICT(kw), &p, &key, &val)) {
                kwnames->items[k] = key;
                all->items[extra + pos->len + k] = val;
                k++;
            }
        }
        base[1] = mk_obj(all);   /* keeps the argument array rooted during the call */
        int npos = (int)(extra + pos->len);
        if (IS_KIND(callable, K_FUNC) &&
            !(((Func *)AS_OBJ(callable))->code->flags & CO_GENERATOR)) {
            Frame *nf = call_frame(vm, (Func *)AS_OBJ(callable), npos, all->items, kwnames);
            frame->sp = base;
            frame = nf;
            LOAD_FRAME();
            DISPATCH();
        }
        Value r = spy_call(vm, callable, npos, all->items, kwnames);
        sp = base;
        PUSH(r);
        DISPATCH();
    }
    TARGET(RAISE_VARARGS)
    {
        SAVE();
        uint32_t n = INSTR_ARG(w);
        if (n == 0) {
            if (!IS_OBJ(vm->handled)) {
                spy_raise(vm, EXC(vm, RuntimeError), "No active exception to reraise");
            }
            vm->exc = (ExcObj *)AS_OBJ(vm->handled);
            add_tb = false;
            goto exception_unwind;
        }
        Value cause = n == 2 ? POP() : NULLV;
        Value ev = POP();
        frame->sp = sp;
        ExcObj *e = make_raisable(vm, ev, false);
        if (n == 2) {
            if (IS_NONE(cause)) {
                e->cause = NONEV;
            } else {
                e->cause = mk_obj(make_raisable(vm, cause, true));
            }
            e->suppress_context = true;
        }
        spy_throw(vm, e);
    }
    TARGET(RERAISE)
    {
        /* arg 1: a lasti int lies under the exception.  CPython uses it only for the
         * frame's current line; the handler search continues from this instruction, and
         * the traceback already holds this frame's entry (a re-raise adds none). */
        Value ev = POP();
        SAVE();
        vm->exc = (ExcObj *)AS_OBJ(ev);
        add_tb = false;
        goto exception_unwind;
    }
    TARGET(PUSH_EXC_INFO)
    {
        Value e = TOP();
        Value prev = vm->handled;
        if (SPY_UNLIKELY(frame->gen)) {
            /* A generator saves and restores its own exception state (gen.h). */
            GenObj *g = spy_frame_gen(frame);
            prev = g->exc_state;
            g->exc_state = e;
        }
        TOP() = IS_NULL(prev) ? NONEV : prev;
        PUSH(e);
        vm->handled = e;
        DISPATCH();
    }
    TARGET(POP_EXCEPT)
    {
        Value prev = POP();
        prev = IS_NONE(prev) ? NULLV : prev;
        if (SPY_UNLIKELY(frame->gen)) {
            GenObj *g = spy_frame_gen(frame);
            g->exc_state = prev;
            if (IS_NULL(prev)) {
                prev = g->saved_handled;
            }
        }
        vm->handled = prev;
        DISPATCH();
    }
    TARGET(CHECK_EXC_MATCH)
    {
        SAVE();
        Value type = TOP();
        bool m = exc_matches(vm, (ExcObj *)AS_OBJ(PEEK(2)), type);
        TOP() = mk_bool(m);
        DISPATCH();
    }
    TARGET(LOAD_ASSERTION_ERROR)
    {
        PUSH(mk_obj(EXC(vm, AssertionError)));
        DISPATCH();
    }
    TARGET(IMPORT_NAME)
    {
        SAVE();
        Str *name = co->names[INSTR_ARG(w)];
        if (name->len > 0 && str_char(name, 0) == '.') {
            spy_raise(vm, EXC(vm, ImportError),
                      "attempted relative import with no known parent package");
        }
        Module *m = spy_module_get(vm, name);
        if (!m) {
            /* Only the first component of a dotted name is reported, as CPython does. */
            int64_t dot = -1;
            for (int64_t i = 0; i < name->len; i++) {
                if (str_char(name, i) == '.') {
                    dot = i;
                    break;
                }
            }
            Str *first = dot >= 0 ? spy_str_substr(vm, name, 0, dot) : name;
            if (dot >= 0 && spy_module_get(vm, first)) {
                spy_raise(vm, EXC(vm, ModuleNotFoundError),
                          "No module named '%U'; '%U' is not a package", name, first);
            }
            spy_raise(vm, EXC(vm, ModuleNotFoundError), "No module named '%U'", first);
        }
        PUSH(mk_obj(m));
        DISPATCH();
    }
    TARGET(IMPORT_FROM)
    {
        SAVE();
        Str *name = co->names[INSTR_ARG(w)];
        Module *m = (Module *)AS_OBJ(TOP());
        Value v = spy_dict_get_str(vm, m->dict, name);
        if (IS_NULL(v)) {
            spy_raise(vm, EXC(vm, ImportError), "cannot import name '%U' from '%U' (unknown location)",
                      name, m->name);
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(IMPORT_STAR)
    {
        SAVE();
        Module *m = (Module *)AS_OBJ(TOP());
        Dict *d = frame->locals ? frame->locals : frame->globals;
        int64_t pos = 0;
        Value k, v;
        while (spy_dict_next(m->dict, &pos, &k, &v)) {
            if (IS_STR(k) && AS_STR(k)->len > 0 && str_char(AS_STR(k), 0) != '_') {
                spy_dict_set(vm, d, k, v);
            }
        }
        sp--;
        DISPATCH();
    }
    TARGET(YIELD_VALUE)
    {
        Value v = POP();
        SAVE();
        spy_gen_suspend(vm, frame);
        if (frame == entry) {
            vm->jmp = jb->prev;
            return v;
        }
        /* The resumer waits on FOR_ITER (v is the next item) or SEND (v is yielded on). */
        frame = vm->frame;
        LOAD_FRAME();
        PUSH(v);
        DISPATCH();
    }
    TARGET(GET_YIELD_FROM_ITER)
    {
        if (!IS_KIND(TOP(), K_GENERATOR)) {
            SAVE();
            TOP() = spy_iter(vm, TOP());
        }
        DISPATCH();
    }
    TARGET(SEND)
    {
        /* receiver v -> receiver yielded (falls through to YIELD_VALUE) | value (jumps) */
        Value v = TOP(), recv = PEEK(2);
        SAVE();
        if (IS_KIND(recv, K_GENERATOR)) {
            GenObj *g = (GenObj *)AS_OBJ(recv);
            if (spy_gen_check(vm, g, v)) {
                sp--;
                frame->sp = sp;
                spy_gen_link(vm, g, v, 0);
                frame = vm->frame;
                LOAD_FRAME();
                DISPATCH();
            }
            sp--;
            TOP() = NONEV;
            JUMPTO(INSTR_ARG(w));
            DISPATCH();
        }
        Value out;
        if (IS_NONE(v) && !(IS_OBJ(recv) && (AS_OBJ(recv)->type->tflags & TF_HEAPTYPE))) {
            if (spy_next(vm, recv, &out)) {
                TOP() = out;
                DISPATCH();
            }
            sp--;
            TOP() = NONEV;
            JUMPTO(INSTR_ARG(w));
            DISPATCH();
        }
        /* A user iterator: __next__ or send; its StopIteration's value is the value of
         * `yield from`. */
        SendCall sc = {recv, v, NULLV};
        if (spy_pcall(vm, send_call, &sc) == 0) {
            TOP() = sc.result;
            DISPATCH();
        }
        if (vm->limit_hit) {
            spy_limit(vm, (spy_status)vm->limit_hit);
        }
        ExcObj *se = vm->exc;
        vm->exc = NULL;
        if (!spy_type_is_subtype(se->hdr.type, EXC(vm, StopIteration))) {
            spy_throw(vm, se);
        }
        sp--;
        TOP() = IS_NULL(se->value) ? NONEV : se->value;
        JUMPTO(INSTR_ARG(w));
        DISPATCH();
    }
    TARGET(LOAD_BUILD_CLASS)
    {
        PUSH(mk_obj(vm->build_class));
        DISPATCH();
    }
    TARGET(LOAD_CLASSDEREF)
    {
        /* A class body reading a free variable: its namespace first, then the cell. */
        SAVE();
        uint32_t i = INSTR_ARG(w);
        Str *name = local_name(co, (int)i);
        Value v = frame->locals ? spy_dict_get_str(vm, frame->locals, name) : NULLV;
        if (IS_NULL(v)) {
            v = ((Cell *)AS_OBJ(locals[i]))->v;
            if (IS_NULL(v)) {
                spy_raise(vm, EXC(vm, NameError),
                          "cannot access free variable '%U' where it is not associated with a "
                          "value in enclosing scope",
                          name);
            }
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(SETUP_ANNOTATIONS)
    TARGET(RETURN_GENERATOR)
    TARGET(BEFORE_WITH)
    {
        SAVE();
        Value mgr = TOP();
        TypeObj *t = spy_typeof(vm, mgr);
        Value enter = spy_user_dunder(vm, t, DN_ENTER);
        Value exitf = spy_user_dunder(vm, t, DN_EXIT);
        if (IS_NULL(enter) || IS_NONE(enter)) {
            spy_raise(vm, EXC(vm, TypeError),
                      "'%T' object does not support the context manager protocol", mgr);
        }
        if (IS_NULL(exitf) || IS_NONE(exitf)) {
            spy_raise(vm, EXC(vm, TypeError),
                      "'%T' object does not support the context manager protocol (missed __exit__ method)",
                      mgr);
        }
        TOP() = spy_bind(vm, exitf, mgr, mk_obj(t));
        PUSH(mgr);   /* keeps mgr rooted during __enter__ */
        frame->sp = sp;
        Value r = spy_call_method_value(vm, enter, mgr, 0, NULL);
        TOP() = r;
        DISPATCH();
    }
    TARGET(WITH_EXCEPT_START)
    {
        /* Stack: exit, lasti, previous exception, exception. */
        SAVE();
        Value exitf = PEEK(4);
        Value e = TOP();
        Value a[3] = {mk_obj(AS_OBJ(e)->type), e, NONEV};
        Value r = spy_call(vm, exitf, 3, a, NULL);
        PUSH(r);
        DISPATCH();
    }
    {
        SAVE();
        spy_raise(vm, EXC(vm, SystemError), "unsupported opcode %s", spy_op_names[INSTR_OP(w)]);
    }
#if !SPY_USE_JUMPTABLE
    default:
        SAVE();
        spy_raise(vm, EXC(vm, SystemError), "bad opcode %d", (int)INSTR_OP(w));
    }
#endif

exception_unwind:
    /* vm->exc is being raised in `frame`; find a handler in this activation. */
    for (;;) {
        ExcObj *exc = vm->exc;
        co = frame->code;
        if (add_tb) {
            spy_tb_add(vm, exc, frame);
        }
        add_tb = true;
        int64_t idx = frame->ip - co->code - 1;
        const ExcEntry *h = find_handler(co, idx);
        if (h) {
            locals = frame->localsplus;
            consts = co->consts;
            sp = frame->stack + h->depth;
            if (h->lasti) {
                PUSH(mk_int(idx));
            }
            PUSH(mk_obj(exc));
            vm->exc = NULL;
            ip = co->code + h->handler;
            DISPATCH();
        }
        if (frame->gen) {
            spy_gen_exc_leave(vm, frame);
        }
        if (frame == entry) {
            pop_frame(vm, frame);
            vm->jmp = jb->prev;
            /* Pass it on as is: context and traceback are already set. */
            vm->limit_hit = 0;
            if (!vm->jmp) {
                __builtin_trap();
            }
            longjmp(vm->jmp->buf, 1);
        }
        pop_frame(vm, frame);
        frame = vm->frame;
    }
}

static Value execute(VM *vm, Frame *entry, int throwing)
{
    JmpBuf jb;
    int saved_cdepth = vm->cdepth;
    int saved_npins = vm->npins;
    int64_t saved_repr = vm->repr_stack ? vm->repr_stack->len : 0;
    volatile int resume = throwing;
    jb.prev = vm->jmp;
    vm->jmp = &jb;
    for (;;) {
        if (setjmp(jb.buf) == 0) {
            Value r = run_loop(vm, entry, &jb, resume);
            vm->npins = saved_npins;
            return r;
        }
        vm->cdepth = saved_cdepth;
        vm->npins = saved_npins;
        if (vm->repr_stack && vm->repr_stack->len > saved_repr) {
            vm->repr_stack->len = saved_repr;
        }
        if (vm->limit_hit) {
            spy_vm_unwind_to(vm, entry->prev);
            vm->jmp = jb.prev;
            spy_limit(vm, (spy_status)vm->limit_hit);
        }
        resume = 1;
    }
}
