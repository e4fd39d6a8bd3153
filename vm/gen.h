/* gen.h: generator objects (gen.c) and the hooks the dispatch loop (vm.c) uses.
 *
 * A generator owns its Frame: one allocation holds the GenObj and, right after it, the
 * frame (header, localsplus, value stack), so resuming never allocates.  While it runs,
 * the frame is linked into vm->frame's chain (Frame.gen set, so pop_frame leaves the
 * data-stack chunks alone); while suspended it is reachable only through the GenObj,
 * whose tracing marks the frame's live slots.
 *
 * Resuming from FOR_ITER or SEND links the frame inside the same dispatch loop (no C
 * recursion); YIELD_VALUE and RETURN_VALUE find their resumer by the instruction before
 * the resumer's saved ip (FOR_ITER or SEND), or return to C when the frame is the entry
 * of a nested loop (next(g), g.send(v) from C). */
#ifndef SPY_GEN_H
#define SPY_GEN_H

#include "vm.h"

typedef enum GenState { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_FINISHED } GenState;

typedef struct GenObj {
    Obj hdr;
    Str *name, *qualname;
    /* CPython's gi_exc_state: the exception this generator's own except blocks are
     * handling, VT_NULL when none (then the resumer's one shows through). */
    Value exc_state;
    /* vm->handled of the resumer while the generator runs (restored when it stops). */
    Value saved_handled;
    uint8_t state;           /* GenState */
} GenObj;

/* The frame lives right after the (16-aligned) GenObj header. */
#define GEN_FRAME_OFFSET ((sizeof(GenObj) + 15) & ~(size_t)15)
SPY_INLINE Frame *spy_gen_frame(GenObj *g)
{
    return (Frame *)(void *)((char *)g + GEN_FRAME_OFFSET);
}
SPY_INLINE GenObj *spy_frame_gen(Frame *f)
{
    return (GenObj *)(void *)((char *)f - GEN_FRAME_OFFSET);
}

/* Calling a generator function: binds the arguments (TypeError as for any call, raised
 * in the caller) into a new generator's frame and returns the generator, unstarted. */
Value spy_gen_new(VM *vm, Func *fn, int nargs, Value *args, Tuple *kwnames);
/* Checks that `g` may be resumed with `sent` (VT_NULL: a throw): ValueError "generator
 * already executing", TypeError for a non-None value sent to an unstarted generator.
 * Returns false when it is finished (nothing to resume). */
bool spy_gen_check(VM *vm, GenObj *g, Value sent);
/* Links g's frame above vm->frame (RecursionError first if too deep) and marks it
 * running; the caller then runs the frame.  `sent` (not VT_NULL) is pushed on its stack
 * unless the generator is unstarted.  With `chain` > 0, also links that many generators
 * of g's `yield from` chain below it (for throw()), each parent waiting on its SEND. */
void spy_gen_link(VM *vm, GenObj *g, Value sent, int chain);
/* YIELD_VALUE: unlinks the innermost frame `f` (a generator's), marks it suspended.
 * Never throws. */
void spy_gen_suspend(VM *vm, Frame *f);
/* pop_frame of a generator frame (returned, raised, or unwound by a limit): unlinks it
 * and marks the generator finished.  Never throws. */
void spy_gen_finish(VM *vm, Frame *f);
/* An exception (vm->exc) leaves generator frame `f`: PEP 479 turns a StopIteration into
 * RuntimeError("generator raised StopIteration").  Throws only the memory limit. */
void spy_gen_exc_leave(VM *vm, Frame *f);
/* Resumes g from C with `sent` (None for next()): true with the yielded value in *out, or
 * false with the return value in *out when it finished (also when it was finished
 * already: then *out is None).  Throws what the generator raises. */
bool spy_gen_send(VM *vm, GenObj *g, Value sent, Value *out);
/* The generator's repr: <generator object QUALNAME at 0x...>. */
Str *spy_gen_repr(VM *vm, GenObj *g);
/* __name__ / __qualname__; VT_NULL for other names.  Never throws. */
Value spy_gen_getattr(VM *vm, GenObj *g, Str *name);
/* GC: marks what a suspended generator's frame references. */
void spy_gen_trace(VM *vm, GenObj *g);
extern const MethodDef spy_gen_methods[];

/* vm.c: links generator `g` (spy_gen_link with `sent` and `chain`) and runs it in a
 * nested dispatch loop until it yields or returns; `thrown` (or NULL) is raised first in
 * the innermost linked frame.  Pins as spy_call. */
Value spy_vm_run_gen(VM *vm, GenObj *g, Value sent, ExcObj *thrown, int chain);

#endif
