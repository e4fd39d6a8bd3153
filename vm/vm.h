/* vm.h: the VM state and every internal cross-file function of the runtime.
 *
 * Conventions (read these before writing runtime code):
 *  - Every function that takes `VM *vm` may throw (longjmp, see "Errors") unless its
 *    comment says "never throws".  Never hold funnel memory that is not owned by a GC
 *    object across a call that may throw: it would leak.  Use a `Buf`/`StrBuf`, a List or
 *    a Tuple for scratch space.
 *  - Memory: every byte goes through spy_mem_* (mem.c).  They never return NULL; on
 *    exhaustion they throw the uncatchable memory-limit error.
 *  - GC (gc.c) runs only at safe points of the dispatch loop (instruction boundaries), never
 *    inside an allocation.  So C code may hold fresh objects in C locals freely, EXCEPT
 *    across a call that can run Python code (spy_call, and protocol functions that may
 *    dispatch to user dunders such as spy_repr/spy_eq/spy_hash/spy_next on user objects).
 *    For that case spy_call pins every object the current C builtin (or instruction)
 *    allocated itself since it started, and every value an earlier call from it into
 *    Python returned, so they survive; not the garbage those calls made.  Objects that
 *    were allocated earlier, or that C code read out of a container a call may have
 *    changed, and are referenced only from C locals must be kept reachable (e.g. stay in
 *    the argument array, which lives on the VM stack, or be stored in a pinned List).
 *  - Work: a C loop whose length depends on data charges the step budget with
 *    spy_charge(vm, n) in proportion to its work (e.g. once per 64 elements copied, once per
 *    comparison in a sort).
 *  - C recursion (repr of nested containers, eq of nested tuples, ...) brackets itself with
 *    spy_enter_c / spy_leave_c, which bound the depth (RecursionError).
 */
#ifndef SPY_VM_H
#define SPY_VM_H

#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>

#include "../include/sandboxed_python.h"
#include "bytecode.h"
#include "object.h"

/* ================================================================ frames and stack */

/* How a frame run inline by the dispatch loop hands back its result:
 *   RET_PUSH   pushed on the caller's stack (ordinary calls);
 *   RET_INIT   an __init__ run by a class call: the caller already holds the instance,
 *              the result must be None and is dropped;
 *   RET_BINOP  a dunder run by BINARY_OP: it replaces the two operands the caller kept,
 *              and NotImplemented is the operator's TypeError. */
typedef enum FrameRet { RET_PUSH, RET_INIT, RET_BINOP } FrameRet;

/* A Python activation.  Frames live in the VM's chunked data stack (never moved, so
 * pointers to them and to their slots stay valid while they live):
 *   [Frame header][localsplus: code->nlocalsplus][value stack: code->stacksize]       */
typedef struct Frame {
    struct Frame *prev;
    Code *code;
    Func *func;              /* NULL for module / exec / eval code */
    Dict *globals;
    Dict *locals;            /* mapping for *_NAME ops, or NULL (functions) */
    const uint32_t *ip;      /* next instruction; saved at every call and safe point */
    Value *sp;               /* top of the value stack; saved likewise */
    Value *stack;            /* base of the value stack (= localsplus + code->nlocalsplus) */
    uint8_t boundary;        /* returning from it returns from spy_execute to C */
    uint8_t ret;             /* FrameRet: what RETURN_VALUE does with the result */
    uint8_t gen;             /* owned by a generator object (gen.h), not the data stack */
    uint8_t spare[5];
    Value localsplus[];
} Frame;

typedef struct StackChunk {
    struct StackChunk *prev;
    Value *top, *limit;
    Value data[];
} StackChunk;

/* A catch point (api.c's protected run, and spy_execute). */
typedef struct JmpBuf {
    struct JmpBuf *prev;
    jmp_buf buf;
} JmpBuf;

/* Objects pinned across a call from C into Python: the `count` newest objects of the
 * all-objects list starting at `first` (see spy_call). */
typedef struct Pin {
    Obj *first;
    uint64_t count;
} Pin;

typedef struct OutBuf {
    char *data;
    size_t len, cap;
} OutBuf;

/* ================================================================ the VM */

/* spy_type_lookup's cache (ops.c): a hit needs the same class, name and type epoch.
 * Values are not GC roots: they stay reachable from the class namespace they came from. */
#define SPY_TYPE_CACHE_SIZE 1024
typedef struct TypeCacheEntry {
    TypeObj *type;
    Str *name;
    uint64_t epoch;
    Value value;
} TypeCacheEntry;

/* Dunder names used by the protocols for user classes (vm->dn[], class.c).  The binary
 * operator names are in BinOp order (then reflected, then in-place), comparisons in CmpOp
 * order. */
typedef enum DunderIndex {
    DN_ADD, DN_SUB, DN_MUL, DN_MATMUL, DN_TRUEDIV, DN_FLOORDIV, DN_MOD, DN_POW,
    DN_LSHIFT, DN_RSHIFT, DN_AND, DN_OR, DN_XOR,
    DN_RADD, DN_RSUB, DN_RMUL, DN_RMATMUL, DN_RTRUEDIV, DN_RFLOORDIV, DN_RMOD, DN_RPOW,
    DN_RLSHIFT, DN_RRSHIFT, DN_RAND, DN_ROR, DN_RXOR,
    DN_IADD, DN_ISUB, DN_IMUL, DN_IMATMUL, DN_ITRUEDIV, DN_IFLOORDIV, DN_IMOD, DN_IPOW,
    DN_ILSHIFT, DN_IRSHIFT, DN_IAND, DN_IOR, DN_IXOR,
    DN_LT, DN_LE, DN_EQ, DN_NE, DN_GT, DN_GE,
    DN_NEG, DN_POS, DN_INVERT, DN_ABS,
    DN_LEN, DN_BOOL, DN_GETITEM, DN_SETITEM, DN_DELITEM, DN_CONTAINS, DN_ITER, DN_NEXT,
    DN_REVERSED, DN_CALL, DN_GETATTR, DN_SETATTR, DN_DELATTR, DN_ENTER, DN_EXIT,
    DN_INT, DN_FLOAT, DN_INDEX, DN_GET, DN_SET, DN_DELETE, DN_SET_NAME, DN_INIT_SUBCLASS,
    DN_NEW, DN_INIT, DN_MISSING, DN_HASH, DN_REPR, DN_STR, DN_FORMAT, DN_ROUND, DN_SLOTS,
    DN_GETATTRIBUTE, DN_CLASSCELL,
    DN__COUNT
} DunderIndex;

struct VM {
    spy_config cfg;

    /* memory (mem.c) */
    size_t bytes;            /* bytes in use */
    size_t peak;
    size_t limit;            /* memory budget */
    size_t next_gc;          /* collect at the next safe point once bytes exceed this */
    bool gc_requested;
    void *pool_free[33];     /* small-object free lists by 16-byte class (mem.c) */
    void *pool_chunks;
    char *pool_cur, *pool_end;
    size_t pool_chunk_size;  /* size of the next pool chunk (mem.c) */

    /* GC (gc.c) */
    Obj *objects;            /* all objects, newest first */
    uint64_t nalloc;         /* objects allocated so far (monotonic) */
    uint64_t cmark;          /* nalloc when the current C builtin/instruction started */
    Pin *pins;
    int npins, cappins;
    Obj **gray;              /* gray stack, host memory outside the budget */
    size_t ngray, capgray;
    bool gray_overflow;

    /* budgets (vm.c) */
    int64_t steps_left;      /* countdown to the next checkpoint (see spy_checkpoint) */
    int64_t steps_chunk;     /* size of the current countdown */
    uint64_t steps_done;     /* steps of finished countdowns */
    uint64_t max_steps;
    int depth, max_depth;    /* Python frames */
    int cdepth;              /* C recursion */
    volatile int cancel;     /* set by spy_cancel from another thread */
    double t_start, deadline;
    int limit_hit;           /* spy_status of a limit error being propagated, or 0 */

    /* errors (error.c) */
    JmpBuf *jmp;             /* innermost catch point */
    ExcObj *exc;             /* exception being propagated */
    Value handled;           /* exception being handled (sys.exc_info()), VT_NULL if none */
    List *repr_stack;        /* containers whose repr is in progress ([...] for cycles) */

    /* data stack (vm.c) */
    StackChunk *chunk;
    Frame *frame;            /* innermost Python frame, or NULL */

    /* strings (str.c) */
    Str **interned;          /* open-addressing set of interned strs */
    int64_t ninterned, interned_mask;
    Str *empty_str;
    Str *latin1[256];        /* one-character strs for U+0000..U+00FF, interned */

    /* well-known names, interned (state.c) */
    struct {
        Str *__init__, *__name__, *__main__, *__module__, *__qualname__, *__doc__,
            *__class__, *__dict__, *__repr__, *__str__, *__len__, *__iter__, *__next__,
            *__hash__, *__eq__, *__builtins__, *__format__, *__bool__, *__call__,
            *__getitem__, *__setitem__, *__contains__;
        Str *args, *value, *code, *end, *sep, *file, *flush, *key, *reverse, *default_,
            *start, *step, *stop, *base, *msg, *filename, *lineno, *offset, *text;
        Str *lambda, *listcomp, *setcomp, *dictcomp, *genexpr, *module;
    } s;

    /* types (state.c); t_exc[] indexed by ExcIndex */
    TypeObj *t_object, *t_type, *t_none, *t_bool, *t_int, *t_float, *t_str, *t_list,
        *t_tuple, *t_dict, *t_set, *t_frozenset, *t_range, *t_slice, *t_function,
        *t_builtin, *t_method, *t_code, *t_cell, *t_module, *t_iter[IT_SEQ + 1],
        *t_dictview[3], *t_notimpl_type, *t_ellipsis_type, *t_traceback, *t_internal,
        *t_property, *t_staticmethod, *t_classmethod, *t_generator, *t_super, *t_alias,
        *t_union, *t_member;
    TypeObj *t_exc[64];
    Str *dn[DN__COUNT];      /* dunder method names, interned (class.c) */
    CFunc *build_class;      /* __build_class__, pushed by LOAD_BUILD_CLASS (class.c) */
    uint64_t type_epoch;     /* bumped when any class's namespace changes (attribute caches) */
    struct TypeCacheEntry *type_cache;   /* SPY_TYPE_CACHE_SIZE entries (ops.c) */
    bool late_descr;         /* a data descriptor was added to a class after its creation:
                                subclasses' TF_DESCR may be stale, so the instance-dict
                                fast paths of LOAD_ATTR/STORE_ATTR are off (class.c) */
    Singleton *notimpl, *ellipsis;

    Dict *builtins;          /* the whitelist, as a dict (builtins.c) */
    Dict *modules;           /* imported built-in modules by name */
    Dict *main_globals;

    /* I/O (api.c) */
    OutBuf out, err;
    size_t output_total;
    char *in;                /* stdin bytes read so far (funnel memory) */
    size_t in_len, in_pos, in_cap;
    bool in_eof;
    TypeObj *t_stdin, *t_stdout, *t_stderr;
    Obj *sys_stdin, *sys_stdout, *sys_stderr;
    List *argv;

    spy_result result;
    OutBuf json;             /* spy_result_json's text */
    Str *tb_text;            /* formatted traceback of the last uncaught exception */
    Str *res_type, *res_msg; /* strings the result points into, kept alive as roots */
    int limit_line;          /* line executing when a limit error struck */
    char limit_msg[160];     /* the result's message for a limit error */
    char limit_line_text[256]; /* the stderr line for a limit error */
    bool json_failed;        /* spy_result_json could not get host memory */
};

/* ================================================================ memory (mem.c) */

/* Allocates n bytes, charging the budget; never returns NULL (throws MemoryError limit). */
void *spy_mem_alloc(VM *vm, size_t n);
/* As spy_mem_alloc but zero-filled. */
void *spy_mem_calloc(VM *vm, size_t n);
/* Resizes a block from spy_mem_alloc; p may be NULL. */
void *spy_mem_realloc(VM *vm, void *p, size_t n);
/* Frees a block from spy_mem_alloc (NULL ok).  Never throws. */
void spy_mem_free(VM *vm, void *p);
/* Returns the small-object pool's chunks to the host (VM teardown).  Never throws. */
void spy_mem_pool_free(VM *vm);
/* Throws the memory-limit error at once if `n` more bytes could not fit the budget, without
 * trying: for sizes known before a big allocation ('a'*10**10, [0]*10**10, 2**10**10). */
void spy_mem_precheck(VM *vm, double n);
/* The VM struct itself, from the host allocator (outside any budget); zero-filled with
 * its cfg set.  NULL when the host is out of memory. */
VM *spy_mem_vm_new(const spy_config *cfg);
void spy_mem_vm_free(VM *vm);
/* The host allocator, uncharged; may return NULL; never throws.  Only for the GC's own
 * bookkeeping (gray stack), which must not fail in the middle of a collection. */
void *spy_mem_host(VM *vm, void *p, size_t osize, size_t nsize);
/* GMP's memory hooks are process-wide: spy_mem_gmp_enter installs ours (charging `vm`)
 * for the duration of an API call, spy_mem_gmp_leave puts the previous hooks back, so a
 * host that uses GMP itself is not disturbed between calls.  Never throw. */
void spy_mem_gmp_enter(VM *vm);
void spy_mem_gmp_leave(VM *vm);

/* ================================================================ GC (gc.c) */

/* Allocates and links a new object of `size` bytes (header included), zero-filled. */
void *spy_obj_alloc(VM *vm, size_t size, ObjKind kind, TypeObj *type);
/* Runs a full collection.  Only at safe points (see top of file).  Never throws. */
void spy_gc_collect(VM *vm);
/* Frees every object (VM teardown).  Never throws. */
void spy_gc_free_all(VM *vm);
/* Marks, for use by gc.c's own per-kind tracing. */
void spy_gc_mark_value(VM *vm, Value v);
void spy_gc_mark_obj(VM *vm, Obj *o);

/* ================================================================ errors (error.c) */

/* Exception classes, index into vm->t_exc.  Order matters only for state.c's table. */
typedef enum ExcIndex {
    E_BaseException, E_SystemExit, E_KeyboardInterrupt, E_GeneratorExit, E_Exception,
    E_StopIteration, E_ArithmeticError, E_FloatingPointError, E_OverflowError,
    E_ZeroDivisionError, E_AssertionError, E_AttributeError, E_BufferError, E_EOFError,
    E_ImportError, E_ModuleNotFoundError, E_LookupError, E_IndexError, E_KeyError,
    E_MemoryError, E_NameError, E_UnboundLocalError, E_OSError, E_ReferenceError,
    E_RuntimeError, E_NotImplementedError, E_RecursionError, E_SyntaxError,
    E_IndentationError, E_TabError, E_SystemError, E_TypeError, E_ValueError,
    E_UnicodeError, E_UnicodeDecodeError, E_UnicodeEncodeError, E_Warning,
    E_UserWarning, E_DeprecationWarning, E_RuntimeWarning, E_StopAsyncIteration,
    E_FileNotFoundError, E_FileExistsError, E_PermissionError, E_IsADirectoryError,
    E_NotADirectoryError, E_TimeoutError, E_ConnectionError, E_BrokenPipeError,
    E_InterruptedError, E_ChildProcessError, E_ProcessLookupError, E_BlockingIOError,
    E_LookupErrorDummy_, /* keep ExcIndex < 64 */
    E__COUNT
} ExcIndex;

#define EXC(vm, name) ((vm)->t_exc[E_##name])

/* Throws `exc` (an ExcObj; sets __context__ from vm->handled as CPython does). */
SPY_NORETURN void spy_throw(VM *vm, ExcObj *exc);
/* Creates and throws an exception of `type` whose single argument is the formatted message.
 * Format directives: %s (const char *), %c (int as a char), %d (int), %D (int64_t),
 * %U (Str *), %R (Value, its repr), %S (Value, its str), %T (Value: type name),
 * %N (TypeObj *: its name), %% . */
SPY_NORETURN void spy_raise(VM *vm, TypeObj *type, const char *fmt, ...);
/* Throws an exception of `type` with the given args tuple (NULL for no args). */
SPY_NORETURN void spy_raise_args(VM *vm, TypeObj *type, Tuple *args);
/* KeyError(key). */
SPY_NORETURN void spy_raise_keyerror(VM *vm, Value key);
/* StopIteration(value) (value VT_NULL for none). */
SPY_NORETURN void spy_raise_stopiteration(VM *vm, Value value);
/* Throws a limit error (SPY_STEP_LIMIT, ...): uncatchable; unwinds to the API boundary. */
SPY_NORETURN void spy_limit(VM *vm, spy_status status);
/* SyntaxError (or IndentationError/TabError via `type`) at a source position: line is
 * 1-based, col and end_col are 0-based byte offsets into that line (end_col <= col: one
 * caret).  `src` is the whole source text (for the offending line).  Throws. */
SPY_NORETURN void spy_raise_syntax(VM *vm, TypeObj *type, const char *filename,
                                   const char *src, size_t srclen, int line, int col,
                                   int end_line, int end_col, const char *fmt, ...);
/* Runs fn(vm, ud) with a catch point: returns 0 if it returned normally, 1 if it threw
 * (the exception is then in vm->exc, or vm->limit_hit is set for a limit error).  Restores
 * the VM's frame chain and depths as they were.  For tests and the API. */
int spy_pcall(VM *vm, void (*fn)(VM *vm, void *ud), void *ud);
/* Records the candidates of CPython's "Did you mean" suggestion on a NameError
 * (where = the Code, globals = its globals dict) or AttributeError (where = the object,
 * globals = VT_NULL).  Never throws except the memory limit. */
void spy_exc_note_name(VM *vm, ExcObj *e, Value where, Value globals, Str *name);
/* Makes an exception instance (does not throw). */
ExcObj *spy_exc_new(VM *vm, TypeObj *type, Tuple *args);
/* Formats a printf-like message with the directives of spy_raise. */
Str *spy_format_msg(VM *vm, const char *fmt, va_list ap);
/* True if `t` is `base` or a subclass of it.  Never throws. */
bool spy_type_is_subtype(TypeObj *t, TypeObj *base);
/* str() and repr() of an exception instance. */
Str *spy_exc_str(VM *vm, ExcObj *e);
Str *spy_exc_repr(VM *vm, ExcObj *e);
/* Pops frames (and their stack chunks) until `frame` is the innermost.  Never throws. */
void spy_vm_unwind_to(VM *vm, Frame *frame);
/* Appends a traceback record for frame `f` to exc (called while unwinding). */
void spy_tb_add(VM *vm, ExcObj *exc, Frame *f);
/* CPython's full traceback text for an uncaught exception, with chained causes/contexts. */
Str *spy_format_exception(VM *vm, ExcObj *exc);

/* ================================================================ budgets (vm.c) */

/* Charges n steps of work done in C. */
SPY_INLINE void spy_charge(VM *vm, int64_t n)
{
    extern void spy_checkpoint(VM *vm);
    vm->steps_left -= n;
    if (SPY_UNLIKELY(vm->steps_left < 0)) {
        spy_checkpoint(vm);
    }
}
/* Called when the countdown runs out: enforces the step budget, the deadline and the
 * cancel flag, and starts the next countdown.  Never collects garbage. */
void spy_checkpoint(VM *vm);
/* Steps used so far.  Never throws. */
uint64_t spy_steps_used(VM *vm);
/* C recursion bracket: RecursionError ("maximum recursion depth exceeded" + `what`). */
void spy_enter_c(VM *vm, const char *what);
SPY_INLINE void spy_leave_c(VM *vm) { vm->cdepth--; }

/* ================================================================ execution (vm.c, call.c) */

/* Runs `code` as a module body / exec code with the given globals and locals mapping
 * (locals may equal globals); returns the value of an `eval` expression or None. */
Value spy_run_code(VM *vm, Code *code, Dict *globals, Dict *locals);
/* Calls any callable with the vectorcall convention (see CFn).  Python functions run in a
 * nested dispatch loop (bounded C depth).  Pins objects allocated since the caller's
 * instruction or builtin started (see top of file). */
Value spy_call(VM *vm, Value callable, int nargs, Value *args, Tuple *kwnames);
/* Convenience wrappers. */
Value spy_call0(VM *vm, Value callable);
Value spy_call1(VM *vm, Value callable, Value a);
Value spy_call2(VM *vm, Value callable, Value a, Value b);
/* Calls method `name` of `self` with args; throws AttributeError if missing. */
Value spy_call_method(VM *vm, Value self, Str *name, int nargs, Value *args);
/* Binds call arguments into a new frame's locals (call.c); throws TypeError with CPython's
 * messages ("f() missing 1 required positional argument: 'x'", ...). */
void spy_bind_args(VM *vm, Func *f, Value *locals, int nargs, Value *args, Tuple *kwnames);

/* ================================================================ protocols (ops.c) */

/* The class of any value.  Never throws. */
TypeObj *spy_typeof(VM *vm, Value v);
/* id(v): deterministic across runs (objects carry an allocation serial).  Never throws. */
uint64_t spy_id(VM *vm, Value v);
/* Type name for messages ("int", "NoneType", ...).  Never throws. */
const char *spy_type_name(VM *vm, Value v);
Str *spy_repr(VM *vm, Value v);
Str *spy_str(VM *vm, Value v);
Str *spy_ascii(VM *vm, Value v);
/* hash(v) (TypeError "unhashable type: 'list'"). */
int64_t spy_hash(VM *vm, Value v);
bool spy_truthy(VM *vm, Value v);
/* a == b as a bool (identity implies equality, as CPython's containers assume). */
bool spy_eq(VM *vm, Value a, Value b);
/* Rich comparison returning a Value (bool for built-in types). */
Value spy_compare(VM *vm, CmpOp op, Value a, Value b);
/* a < b as a bool, for sort/min/max. */
bool spy_lt(VM *vm, Value a, Value b);
Value spy_binop(VM *vm, int op, Value a, Value b);    /* op: BinOp, maybe | BO_INPLACE */
/* "unsupported operand type(s) for +: 'A' and 'B'" */
SPY_NORETURN void spy_binop_error(VM *vm, int op, Value a, Value b);
Value spy_unop(VM *vm, UnOp op, Value a);
Value spy_getitem(VM *vm, Value obj, Value key);
void spy_setitem(VM *vm, Value obj, Value key, Value v);
void spy_delitem(VM *vm, Value obj, Value key);
bool spy_contains(VM *vm, Value container, Value item);
/* `in` and iter() by the object's built-in layout only, never a user subclass's dunders
 * (for list.__contains__, list.__iter__, ... called on a subclass instance). */
bool spy_contains_builtin(VM *vm, Value container, Value item);
Value spy_iter_builtin(VM *vm, Value obj);
int64_t spy_len(VM *vm, Value v);
/* Attribute access; *_opt returns VT_NULL instead of raising AttributeError. */
Value spy_getattr(VM *vm, Value obj, Str *name);
Value spy_getattr_opt(VM *vm, Value obj, Str *name);
void spy_setattr(VM *vm, Value obj, Str *name, Value v);
void spy_delattr(VM *vm, Value obj, Str *name);
/* Looks `name` up along the type's MRO; VT_NULL when absent.  Never throws. */
Value spy_type_lookup(VM *vm, TypeObj *t, Str *name);
Value spy_iter(VM *vm, Value obj);
/* Advances an iterator: true and *out set, or false when exhausted. */
bool spy_next(VM *vm, Value it, Value *out);
/* obj.__index__(): an int Value (int or BigInt) or TypeError
 * ("'str' object cannot be interpreted as an integer"). */
Value spy_index(VM *vm, Value v);
/* As spy_index, but into int64 (OverflowError "cannot fit 'int' into an index-sized integer"). */
int64_t spy_index_int64(VM *vm, Value v);
/* format(v, spec) */
Str *spy_format(VM *vm, Value v, Str *spec);
/* isinstance(v, t) for a single class t.  Never throws. */
bool spy_isinstance(VM *vm, Value v, TypeObj *t);
/* Collects any iterable into a new list / tuple (fast paths for list, tuple, str, range...). */
List *spy_to_list(VM *vm, Value iterable);
Tuple *spy_to_tuple(VM *vm, Value iterable);

#define OBJ_KIND(v)  (AS_OBJ(v)->kind)
#define IS_KIND(v, k) (IS_OBJ(v) && AS_OBJ(v)->kind == (k))
#define IS_STR(v)    IS_KIND(v, K_STR)
#define IS_BIGINT(v) IS_KIND(v, K_BIGINT)
#define IS_LIST(v)   IS_KIND(v, K_LIST)
#define IS_TUPLE(v)  IS_KIND(v, K_TUPLE)
#define IS_DICT(v)   IS_KIND(v, K_DICT)
#define IS_ANYSET(v) (IS_KIND(v, K_SET) || IS_KIND(v, K_FROZENSET))
#define IS_ANYINT(v) (IS_SMALLINT_LIKE(v) || IS_BIGINT(v))   /* int, bool or BigInt */
#define IS_NUMBER(v) (IS_ANYINT(v) || IS_FLOAT(v))
#define AS_STR(v)    ((Str *)AS_OBJ(v))
#define AS_LIST(v)   ((List *)AS_OBJ(v))
#define AS_TUPLE(v)  ((Tuple *)AS_OBJ(v))
#define AS_DICT(v)   ((Dict *)AS_OBJ(v))
#define AS_SET(v)    ((Set *)AS_OBJ(v))
#define AS_BIGINT(v) ((BigInt *)AS_OBJ(v))

/* Annotations (alias.c): T[args] for generic built-in types and typing forms, and
 * X | Y unions.  spy_alias_getitem returns VT_NULL when `obj` is not subscriptable;
 * spy_alias_union returns VT_NULL when the operands are not types/None/aliases. */
Value spy_alias_getitem(VM *vm, Value obj, Value key);
Value spy_alias_union(VM *vm, Value a, Value b);
Str *spy_alias_repr(VM *vm, Alias *a);
void spy_mod_typing_init(VM *vm, Module *m);

/* ================================================================ argument helpers (call.c) */

/* Rejects keyword arguments and checks the positional count, with CPython's messages
 * ("len() takes exactly one argument (2 given)", "f() takes no keyword arguments", ...).
 * max < 0: no maximum. */
void spy_check_args(VM *vm, const char *fname, int nargs, Tuple *kwnames, int min, int max);
/* Parses positional and keyword arguments.  `names` lists all parameter names in order
 * (NULL-terminated); the first `npos_only` cannot be given by keyword; `max_pos` is how many
 * may be given positionally; `min` how many are required.  out[i] is VT_NULL when absent. */
void spy_parse_args(VM *vm, const char *fname, int nargs, Value *args, Tuple *kwnames,
                    const char *const *names, int npos_only, int max_pos, int min, Value *out);

/* ================================================================ strings (str.c) */

/* Creates vm->empty_str and vm->latin1[] (interned); needs vm->t_str and vm->t_internal. */
void spy_str_init(VM *vm);

/* From UTF-8 that is known valid (our lexer and our own code produce only valid UTF-8). */
Str *spy_str_new(VM *vm, const char *utf8, int64_t nbytes);
Str *spy_str_cstr(VM *vm, const char *s);
/* From code points (any values up to 0x10FFFF); picks the narrowest kind. */
Str *spy_str_from_ucs4(VM *vm, const uint32_t *cps, int64_t n);
/* A fresh str of `len` code points of `kind` with uninitialised data; fill it, then call
 * spy_str_finish (which sets `ascii` and checks kind is minimal, narrowing if needed). */
Str *spy_str_alloc(VM *vm, int64_t len, int kind);
Str *spy_str_finish(VM *vm, Str *s);
Str *spy_str_intern(VM *vm, Str *s);
Str *spy_str_intern_cstr(VM *vm, const char *s);
/* One-character str (cached for U+0000..U+00FF). */
Str *spy_str_chr(VM *vm, uint32_t cp);
/* UTF-8 view (cached for non-ASCII); valid while `s` lives. */
const char *spy_str_utf8(VM *vm, Str *s, int64_t *nbytes);
/* CPython's str hash (siphash13 over the PEP 393 bytes, key of PYTHONHASHSEED=0). */
int64_t spy_str_hash(Str *s);
bool spy_str_eq(Str *a, Str *b);                /* never throws */
int spy_str_cmp(Str *a, Str *b);                /* <0, 0, >0 by code points; never throws */
bool spy_str_eq_cstr(Str *a, const char *s);   /* never throws */
Str *spy_str_concat(VM *vm, Str *a, Str *b);
Str *spy_str_repeat(VM *vm, Str *s, int64_t n);
Str *spy_str_substr(VM *vm, Str *s, int64_t start, int64_t end);
Str *spy_str_repr(VM *vm, Str *s);
Value spy_str_getitem(VM *vm, Str *s, Value key);   /* index or slice */
bool spy_str_contains(VM *vm, Str *hay, Str *needle);
/* fmt % args */
Str *spy_str_mod(VM *vm, Str *fmt, Value args);
/* format(v, spec) for built-in types (int, bool, float, str, None, ...). */
Str *spy_format_builtin(VM *vm, Value v, Str *spec);
/* str.format(*args, **kwargs) */
Str *spy_str_format(VM *vm, Str *fmt, int nargs, Value *args, Tuple *kwnames);
extern const MethodDef spy_str_methods[];

/* Builder: accumulates UTF-8 in a GC-owned Buf. */
typedef struct StrBuf {
    Buf *buf;
    uint32_t maxchar;
} StrBuf;
void spy_sb_init(VM *vm, StrBuf *sb);
void spy_sb_add(VM *vm, StrBuf *sb, const char *utf8, int64_t n);
void spy_sb_add_cstr(VM *vm, StrBuf *sb, const char *s);
void spy_sb_add_str(VM *vm, StrBuf *sb, Str *s);
void spy_sb_add_char(VM *vm, StrBuf *sb, uint32_t cp);
Str *spy_sb_finish(VM *vm, StrBuf *sb);
/* Buf primitives (also for output buffers of builtins). */
Buf *spy_buf_new(VM *vm, int64_t cap);
void spy_buf_add(VM *vm, Buf *b, const void *data, int64_t n);

/* ================================================================ numbers (int.c, float.c) */

/* Arithmetic on ints (int, bool or BigInt Values); results normalised (value.h). */
Value spy_int_binop(VM *vm, BinOp op, Value a, Value b);   /* all BinOps except TRUEDIV/MATMUL */
Value spy_int_truediv(VM *vm, Value a, Value b);           /* -> float (exact rounding) */
Value spy_int_pow_mod(VM *vm, Value base, Value exp, Value mod);
Value spy_int_neg(VM *vm, Value a);
Value spy_int_invert(VM *vm, Value a);
Value spy_int_abs(VM *vm, Value a);
int spy_int_cmp(Value a, Value b);                          /* never throws */
Value spy_int_from_mpz(VM *vm, mpz_srcptr z);               /* normalises */
/* Reads the int value into an mpz (init'd by caller).  Never throws. */
void spy_int_to_mpz(Value v, mpz_ptr out);
/* int(s, base) text parsing with CPython's rules (underscores, whitespace, sign, prefixes
 * for base 0/2/8/16); ValueError "invalid literal for int() with base 10: 'x'" and the
 * 4300-digit limit ("Exceeds the limit (4300 digits) for integer string conversion: value
 * has N digits; use sys.set_int_max_str_digits() to increase the limit"). */
Value spy_int_from_str(VM *vm, const char *s, int64_t n, int base);
/* repr in base 10 (ValueError over 4300 digits, "Exceeds the limit (4300 digits) for integer
 * string conversion; use sys.set_int_max_str_digits() to increase the limit") or the
 * prefixed bin/oct/hex forms for base 2/8/16 (no digit limit). */
Str *spy_int_to_str(VM *vm, Value v, int base);
/* Exact conversions. */
Value spy_int_from_double(VM *vm, double d);  /* OverflowError for inf, ValueError for nan */
double spy_int_to_double(VM *vm, Value v);    /* OverflowError "int too large to convert to float" */
int64_t spy_int_hash(Value v);                /* never throws */
extern const MethodDef spy_int_methods[];

Str *spy_float_repr(VM *vm, double d);
int64_t spy_float_hash(double d);             /* never throws */
/* float(s): ValueError "could not convert string to float: 'x'". */
double spy_float_from_str(VM *vm, const char *s, int64_t n);
extern const MethodDef spy_float_methods[];

/* Mixed numeric operations for any int/bool/BigInt/float operands.  Returns VT_NULL
 * when either operand is not a number (so the caller tries other types). */
Value spy_num_binop(VM *vm, BinOp op, Value a, Value b);
/* Numeric comparison of two numbers (exact between ints and floats, nan unordered). */
bool spy_num_compare(VM *vm, CmpOp op, Value a, Value b);
bool spy_num_eq(Value a, Value b);            /* never throws */
/* round(x[, n]) for numbers. */
Value spy_num_round(VM *vm, Value x, Value ndigits);
/* divmod(a, b) of numbers as a new tuple ("float divmod()" for a float zero divisor);
 * VT_NULL when either operand is not a number. */
Value spy_num_divmod(VM *vm, Value a, Value b);
/* A new GC-owned BigInt with an initialised mpz, also for scratch values (the GC frees an
 * abandoned one, so a throw never leaks limbs).  Points GMP's allocations at vm.  Callers
 * must spy_mem_precheck before a GMP call whose result can be large. */
BigInt *spy_bigint_new(VM *vm);
/* Normalises a computed BigInt: a VT_INT when it fits int64 (b is then garbage), else b. */
Value spy_bigint_finish(VM *vm, BigInt *b);
/* int -> double, correctly rounded; false (with *out = +-inf) when too large.  Never throws. */
bool spy_int_to_double_ok(Value v, double *out);
/* |v| ~ m * 2**e with m in [0.5, 1) correctly rounded, m carrying v's sign (0 and e=0
 * for 0): for logs of ints too large for a double.  Never throws. */
double spy_int_frexp(Value v, int64_t *e);
/* CPython's text normalisation for int()/float(): Unicode decimal digits become ASCII
 * digits, Unicode spaces become ' ', other non-ASCII characters '?'.  Returns the new
 * length; *out is s itself when s is all ASCII, else a GC-owned NUL-terminated copy. */
int64_t spy_num_ascii(VM *vm, const char *s, int64_t n, const char **out);

/* ================================================================ containers */

List *spy_list_new(VM *vm, int64_t cap);
void spy_list_append(VM *vm, List *l, Value v);
void spy_list_extend(VM *vm, List *l, Value iterable);
Value spy_list_getitem(VM *vm, List *l, Value key);         /* index or slice */
void spy_list_setitem(VM *vm, List *l, Value key, Value v);
void spy_list_delitem(VM *vm, List *l, Value key);
/* Stable sort with optional key function (VT_NULL for none) and reverse flag. */
void spy_list_sort(VM *vm, List *l, Value key, bool reverse);
extern const MethodDef spy_list_methods[];

/* Tuple of len NULL slots; the caller fills every slot before anything else can see it. */
Tuple *spy_tuple_new(VM *vm, int64_t len);
Tuple *spy_tuple_pack(VM *vm, int n, ...);                  /* n Values */
Value spy_tuple_getitem(VM *vm, Tuple *t, Value key);
extern const MethodDef spy_tuple_methods[];

Dict *spy_dict_new(VM *vm);
/* VT_NULL when absent (throws only for unhashable keys or from user __eq__/__hash__). */
Value spy_dict_get(VM *vm, Dict *d, Value key);
Value spy_dict_get_str(VM *vm, Dict *d, Str *key);          /* never throws */
void spy_dict_set(VM *vm, Dict *d, Value key, Value v);
void spy_dict_set_str(VM *vm, Dict *d, Str *key, Value v);
bool spy_dict_del(VM *vm, Dict *d, Value key);              /* false when absent */
/* Entry index of a str key or -1 (for inline caches).  Never throws. */
int64_t spy_dict_find_str(Dict *d, Str *key);
/* Iteration: *pos starts at 0; false at the end.  Never throws. */
bool spy_dict_next(Dict *d, int64_t *pos, Value *key, Value *value);
Dict *spy_dict_copy(VM *vm, Dict *d);
void spy_dict_update(VM *vm, Dict *d, Value other);        /* mapping or iterable of pairs */
extern const MethodDef spy_dict_methods[];

Set *spy_set_new(VM *vm, bool frozen);
void spy_set_add(VM *vm, Set *s, Value key);
bool spy_set_contains(VM *vm, Set *s, Value key);
bool spy_set_discard(VM *vm, Set *s, Value key);
bool spy_set_next(Set *s, int64_t *pos, Value *key);       /* never throws */
extern const MethodDef spy_set_methods[];
extern const MethodDef spy_frozenset_methods[];

Range *spy_range_new(VM *vm, int64_t start, int64_t stop, int64_t step);
extern const MethodDef spy_range_methods[];
extern const MethodDef spy_slice_methods[];
extern const MethodDef spy_dictview_methods[];   /* keys/items views (iter.c) */
/* set(iterable) or frozenset(iterable), CPython's insertion order (set.c). */
Set *spy_set_from(VM *vm, Value iterable, bool frozen);
/* Resolves a slice against a length (CPython's PySlice_AdjustIndices); returns the
 * number of items. */
int64_t spy_slice_indices(VM *vm, Slice *s, int64_t len, int64_t *start, int64_t *stop,
                          int64_t *step);
Slice *spy_slice_new(VM *vm, Value start, Value stop, Value step);

/* Iterator construction (iter.c).  seq/fn/aux as IterObj documents. */
IterObj *spy_iter_new(VM *vm, IterKind sub, Value seq);
/* Per-kind repr, eq and compare used by ops.c. */
Str *spy_list_repr(VM *vm, List *l);
Str *spy_tuple_repr(VM *vm, Tuple *t);
Str *spy_dict_repr(VM *vm, Dict *d);
Str *spy_set_repr(VM *vm, Set *s);
Value spy_seq_compare(VM *vm, CmpOp op, Value *a, int64_t na, Value *b, int64_t nb);
bool spy_dict_eq(VM *vm, Dict *a, Dict *b);
Value spy_set_compare(VM *vm, CmpOp op, Set *a, Set *b);
int64_t spy_tuple_hash(VM *vm, Tuple *t);
int64_t spy_set_hash(VM *vm, Set *s);                      /* frozenset */
/* Set algebra for operators | & - ^ on sets/frozensets and dict views. */
Value spy_set_binop(VM *vm, BinOp op, Value a, Value b);   /* VT_NULL if not applicable */

/* Additions by the containers helper (list.c, set.c, range.c, iter.c): */
/* List comparison that re-reads both arrays after every element comparison (a user __eq__
 * may resize a list; spy_seq_compare's raw pointers are only safe for tuples). */
Value spy_list_compare(VM *vm, CmpOp op, List *a, List *b);
/* range[i] / range[slice] with CPython's results (range(10)[2:100:3] == range(2, 10, 3))
 * and messages; overflow-safe. */
Value spy_range_getitem(VM *vm, Range *r, Value key);
/* x in range: O(1) for ints, else compares items with spy_eq. */
bool spy_range_contains(VM *vm, Range *r, Value x);
/* slice <op> slice: compares (start, stop, step) as tuples, as CPython. */
Value spy_slice_compare(VM *vm, CmpOp op, Slice *a, Slice *b);
/* hash(range) as CPython: hash((len, start or None, step or None)). */
int64_t spy_range_hash(VM *vm, Range *r);
/* Rich comparison of a dict_keys/dict_items view with a set, frozenset or keys/items view
 * (either operand order); VT_NULL when not applicable (values views, other types). */
Value spy_dictview_compare(VM *vm, CmpOp op, Value a, Value b);
/* spy_set_binop also accepts op | BO_INPLACE: with a set on the left and a set or
 * frozenset on the right it updates the left set in place (its table, as CPython) and
 * returns it. */
/* s.update(iterable) with CPython's algorithm (SET_UPDATE, {*a, *b}). */
void spy_set_update(VM *vm, Set *s, Value iterable);
/* Method tables for slice (indices) and the dict_keys/dict_items views (isdisjoint). */
extern const MethodDef spy_slice_methods[];
extern const MethodDef spy_dictview_methods[];   /* keys/items views (iter.c) */

/* Constructors, called when a built-in type object is called: list(x), int('3', 16), ...
 * state.c stores them in TypeObj.ctor.  `t` is the type being called (for subclasses). */
typedef Value (*CtorFn)(VM *vm, TypeObj *t, int nargs, Value *args, Tuple *kwnames);
Value spy_int_ctor(VM *vm, TypeObj *t, int nargs, Value *args, Tuple *kwnames);
Value spy_bool_ctor(VM *vm, TypeObj *t, int nargs, Value *args, Tuple *kwnames);
Value spy_float_ctor(VM *vm, TypeObj *t, int nargs, Value *args, Tuple *kwnames);
Value spy_str_ctor(VM *vm, TypeObj *t, int nargs, Value *args, Tuple *kwnames);
Value spy_list_ctor(VM *vm, TypeObj *t, int nargs, Value *args, Tuple *kwnames);
Value spy_tuple_ctor(VM *vm, TypeObj *t, int nargs, Value *args, Tuple *kwnames);
Value spy_dict_ctor(VM *vm, TypeObj *t, int nargs, Value *args, Tuple *kwnames);
Value spy_set_ctor(VM *vm, TypeObj *t, int nargs, Value *args, Tuple *kwnames);
Value spy_frozenset_ctor(VM *vm, TypeObj *t, int nargs, Value *args, Tuple *kwnames);
Value spy_range_ctor(VM *vm, TypeObj *t, int nargs, Value *args, Tuple *kwnames);
Value spy_slice_ctor(VM *vm, TypeObj *t, int nargs, Value *args, Tuple *kwnames);
Value spy_enumerate_ctor(VM *vm, TypeObj *t, int nargs, Value *args, Tuple *kwnames);
Value spy_zip_ctor(VM *vm, TypeObj *t, int nargs, Value *args, Tuple *kwnames);
Value spy_map_ctor(VM *vm, TypeObj *t, int nargs, Value *args, Tuple *kwnames);
Value spy_filter_ctor(VM *vm, TypeObj *t, int nargs, Value *args, Tuple *kwnames);
Value spy_reversed_ctor(VM *vm, TypeObj *t, int nargs, Value *args, Tuple *kwnames);
/* Advances a built-in iterator (iter.c); false when exhausted. */
bool spy_iter_next_builtin(VM *vm, IterObj *it, Value *out);

/* ================================================================ types and state (state.c) */

/* Builds the VM's world (types, exceptions, builtins).  Throws on a tiny budget. */
void spy_state_init(VM *vm);
/* Calls a Python function from C in a nested dispatch loop (vm.c; use spy_call). */
Value spy_vm_call_function(VM *vm, Func *f, int nargs, Value *args, Tuple *kwnames);
/* Constructor of every exception class: BaseException(*args) (error.c). */
Value spy_exc_ctor(VM *vm, TypeObj *t, int nargs, Value *args, Tuple *kwnames);
/* Creates sys.stdin/stdout/stderr (mod_sys.c). */
void spy_mod_sys_streams(VM *vm);

/* Creates a built-in type with a method table (may be NULL). */
TypeObj *spy_type_new_builtin(VM *vm, const char *name, TypeObj *base, ObjKind layout,
                              uint32_t tflags, const MethodDef *methods);
/* Registers a method table (may be NULL) in a type's dict as unbound CFuncs (state.c). */
void spy_type_add_methods(VM *vm, TypeObj *t, const MethodDef *methods);
/* Registers `fn` as a builtin C function object. */
CFunc *spy_cfunc_new(VM *vm, const char *name, CFn fn, Value self, TypeObj *owner,
                     uint32_t flags);

/* ================================================================ user classes (class.c) */

/* Interns the dunder names, registers object's/exception's/container's methods, the
 * descriptor types' constructors and __build_class__ (after the types exist). */
void spy_class_init(VM *vm);
/* The user-defined dunder `dn` (DunderIndex) of class t: VT_NULL when t is a built-in
 * type or the MRO has only built-in (C) behaviour for it; may be None (__hash__ = None).
 * Never throws. */
Value spy_user_dunder(VM *vm, TypeObj *t, int dn);
/* Calls the user dunder `dn` of self's class with args; VT_NULL when there is none. */
Value spy_call_dunder(VM *vm, Value self, int dn, int nargs, Value *args);
/* Calls `f`, found in self's class, as a method of self (binding per its kind). */
Value spy_call_method_value(VM *vm, Value f, Value self, int nargs, Value *args);
/* The descriptor protocol: `d` found in a class, accessed through obj (VT_NULL when
 * accessed on the class) of class `type`: functions bind, staticmethod unwraps, ... */
Value spy_bind(VM *vm, Value d, Value obj, Value type);
/* The attribute dict slot of an object (instances, exceptions, functions, instances of user
 * subclasses of built-in types), or NULL.  Never throws. */
Dict **spy_obj_dictptr(VM *vm, Obj *o);
/* object.__getattribute__: VT_NULL when absent (no __getattr__ fallback). */
Value spy_generic_getattr(VM *vm, Value obj, Str *name);
/* obj's class __getattr__(name), when it has one; VT_NULL if none.  With `quiet`, an
 * AttributeError it raises also gives VT_NULL. */
Value spy_user_getattr_fallback(VM *vm, Value obj, Str *name, bool quiet);
/* Attribute of a class object through the descriptor protocol; VT_NULL when absent. */
Value spy_type_getattr(VM *vm, TypeObj *t, Str *name);
/* object.__setattr__ / object.__delattr__. */
void spy_generic_setattr(VM *vm, Value obj, Str *name, Value v);
void spy_generic_delattr(VM *vm, Value obj, Str *name);
/* setattr (v set) or delattr (v VT_NULL) on an instance of a user class, honouring
 * __setattr__/__delattr__; false when obj's class is built-in. */
bool spy_user_setattr(VM *vm, Value obj, Str *name, Value v);
/* Setting (v set) or deleting (v VT_NULL) a class attribute. */
void spy_type_setattr(VM *vm, TypeObj *t, Str *name, Value v);
/* Attributes of property/staticmethod/classmethod/bound-method objects; VT_NULL if none. */
Value spy_descr_attr(VM *vm, Obj *o, Str *name);
Value spy_super_getattr(VM *vm, Super *s, Str *name);
/* The raw class attribute super() finds for `name` (no binding); VT_NULL if none.  Never
 * throws. */
Value spy_super_find(VM *vm, Super *s, Str *name);
/* Creates a class (the work of __build_class__ after the body ran, and of type(n, b, d)). */
TypeObj *spy_class_new(VM *vm, Str *name, Tuple *bases, Dict *ns, int nkw, Value *kwvalues,
                       Tuple *kwnames);
Value spy_type_new3(VM *vm, Value name, Value bases, Value dict);
/* Calling a user class: __new__, then __init__. */
Value spy_class_call(VM *vm, TypeObj *t, int nargs, Value *args, Tuple *kwnames);
/* For the dispatch loop's inline construction: the plain Python __init__ of t when t has
 * no user __new__ (else VT_NULL), and a fresh uninitialised instance. */
Value spy_class_plain_init(VM *vm, TypeObj *t);
Value spy_class_alloc(VM *vm, TypeObj *t, int nargs, Value *args);
/* Runs a class body function with `ns` as its namespace; returns what the body returns
 * (its __class__ cell or None) (vm.c). */
Value spy_vm_run_class_body(VM *vm, Func *body, Dict *ns);
/* <__main__.A object at 0x...> (ops.c). */
Str *spy_default_repr(VM *vm, Value v);

/* ================================================================ front end */

typedef enum CompileMode { MODE_EXEC, MODE_EVAL } CompileMode;
/* Parses and compiles source text to a module-level Code.  Throws SyntaxError. */
Code *spy_compile(VM *vm, const char *src, size_t len, const char *filename, CompileMode mode);

/* ================================================================ modules (builtins/) */

/* Built-in modules: each fills the dict of its new module (builtins/mod_*.c). */
void spy_mod_math_init(VM *vm, Module *m);
void spy_mod_sys_init(VM *vm, Module *m);
/* Adds a C function to a dict (module namespaces, builtins). */
void spy_dict_add_cfunc(VM *vm, Dict *d, const char *name, CFn fn);
/* Registers the builtins dict (builtins.c). */
void spy_builtins_init(VM *vm);
/* Returns the built-in module `name` (creating it on first import) or NULL if no such
 * module is whitelisted.  */
Module *spy_module_get(VM *vm, Str *name);

/* ================================================================ output (api.c) */

/* Writes to the program's stdout (stream 1) or stderr (stream 2), charging the output cap. */
void spy_write(VM *vm, int stream, const char *data, size_t n);
void spy_flush(VM *vm);
/* Reads one line from the program's stdin (with the newline); NULL at EOF. */
Str *spy_readline(VM *vm);

#endif
