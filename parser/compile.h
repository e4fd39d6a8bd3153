/* compile.h: the compiler's internal interface, shared by compile.c (code generation),
 * fold.c (constants) and assemble.c (Code objects); the entry points are spy_compile
 * (vm.h) and spy_compile_ast (ast.h).  Invariant: a unit in progress lives entirely in the
 * compile's Arena; only spy_comp_assemble moves it into funnel memory owned by a Code. */
#ifndef SPY_COMPILE_H
#define SPY_COMPILE_H

#include "ast.h"
#include "symtable.h"

#define MAX_BLOCKS 20          /* CPython's CO_MAXBLOCKS: "too many statically nested blocks" */
#define MAX_HANDLERS (3 * MAX_BLOCKS + 4)
#define STACK_USE_GUIDELINE 30 /* above this many items, build collections incrementally */
#define MAX_FOLD_STR 4096      /* longest str a constant fold may produce */
#define MAX_FOLD_ITEMS 256     /* longest tuple a constant fold may produce */
#define MAX_FOLD_BITS 128      /* widest int a constant fold may produce */
#define SPINE_BUF 32

/* A pseudo instruction: marks where a handler's protected range starts (for the stack
 * depth pass).  Never reaches the final code. */
#define PSEUDO_SETUP OP__COUNT

typedef struct Instr {
    uint16_t op;
    int32_t arg;        /* jumps: a label number until assembly; PSEUDO_SETUP: handler */
    int32_t handler;    /* innermost active handler, -1 for none */
    Pos pos;
} Instr;

typedef struct Handler {
    int label;          /* handler code */
    int depth;          /* stack depth at its PSEUDO_SETUP (-1 until the depth pass) */
    bool lasti;         /* push the raising instruction's index under the exception */
} Handler;

typedef enum FBKind {
    FB_WHILE, FB_FOR, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END, FB_HANDLER_CLEANUP,
    FB_EXCEPTION_HANDLER, FB_POP_VALUE, FB_WITH
} FBKind;

/* A statically nested block, as CPython's fblockinfo. */
typedef struct FBlock {
    FBKind kind;
    int start, exit;    /* loops: continue and break targets (labels) */
    NodeList *final;    /* FB_FINALLY_TRY: the finally body, inlined when unwinding */
    const char *name;   /* FB_HANDLER_CLEANUP: the `as` name, or NULL */
    Pos pos;            /* FB_WITH: the context expression (for the __exit__ call) */
} FBlock;

/* Open-addressing index into an array of values, keyed by content. */
typedef struct VIndex {
    int32_t *slots;     /* -1 when empty */
    int mask, n;
} VIndex;

typedef struct Unit Unit;
struct Unit {
    Unit *parent;
    Scope *scope;
    Node *node;
    const char *name;
    const char *qualname;
    int firstline;
    int flags;          /* CO_* */
    Instr *ins;
    int nins, capins;
    int *labels;        /* label -> instruction index, -1 until placed */
    int nlabels, caplabels;
    Handler *handlers;
    int nhandlers, caphandlers;
    int hstack[MAX_HANDLERS];
    int nh;
    FBlock fb[MAX_BLOCKS];
    int nfb;
    Value *consts;
    int nconsts, capconsts;
    VIndex constidx;
    const char **names; /* C strings; interned into Strs at assembly */
    int nnames, capnames;
    int32_t *nameidx;   /* open addressing into names */
    int namemask;
    Pos loc;            /* position given to the next instruction */
    int label_end;      /* nins when a label was last placed */
};

/* Memo of constant folding, keyed by node. */
typedef struct FoldEntry {
    const Node *node;
    bool ok;
    Value v;
} FoldEntry;

typedef struct Compiler {
    VM *vm;
    Arena *a;
    SymTable *st;
    const char *src;
    size_t srclen;
    const char *filename;
    Str *filename_str, *source_str;
    CompileMode mode;
    Unit *u;
    FoldEntry *fold;    /* open addressing on the node pointer */
    int foldmask, nfold;
    Value *canon;       /* constants shared by all units of this compile */
    int ncanon, capcanon;
    VIndex canonidx;
} Compiler;

/* ---- compile.c */

/* SyntaxError at `p` with a printf-formatted message.  Throws. */
SPY_NORETURN void spy_comp_error(Compiler *c, Pos p, const char *fmt, ...) SPY_PRINTF(3, 4);
/* SystemError "compiler: <what>" for a broken internal invariant.  Throws. */
SPY_NORETURN void spy_comp_internal_error(Compiler *c, const char *what);
/* Grows an arena array of `elem`-sized items so that item `n` fits.  Throws (memory). */
void *spy_comp_grow(Compiler *c, void *p, int *cap, int n, size_t elem);

/* ---- fold.c */

/* The compile-wide shared copy of a str/tuple/bigint constant (equal constants of all
 * units of one compile are one object, as CPython's const cache makes them). */
Value spy_comp_canonical(Compiler *c, Value v);
/* Index of `v` in the current unit's constants, adding it if new (code objects are never
 * shared). */
int spy_comp_add_const(Compiler *c, Value v);
/* A str constant from UTF-8 bytes (interned when name-like, as CPython). */
Value spy_comp_str_const(Compiler *c, const char *s, size_t n);
/* Truth value of a constant.  Never throws. */
bool spy_comp_truthy(Value v);
/* The constant value of `e` when it is a literal or foldable (memoized per node). */
bool spy_comp_fold(Compiler *c, Node *e, Value *out);
bool spy_comp_is_const(Compiler *c, Node *e);
/* Rewrites an iterated list display into a tuple, a constant set display into a frozenset
 * constant (for `for`, comprehensions and the right side of `in`). */
void spy_comp_fold_iter(Compiler *c, Node *e);

/* ---- assemble.c */

/* Builds the Code object of the current unit: drops unreachable code, resolves labels,
 * computes the stack size and the exception table.  Throws (memory, SystemError on a
 * broken invariant). */
Code *spy_comp_assemble(Compiler *c);

/* ---- small helpers */

SPY_INLINE Pos spy_comp_pos(const Node *n)
{
    Pos p;
    p.line = n->line;
    p.end_line = n->end_line;
    p.col = n->col;
    p.end_col = n->end_col;
    return p;
}

SPY_INLINE uint32_t spy_comp_hash_ptr(const void *p)
{
    uint64_t x = (uint64_t)(uintptr_t)p;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return (uint32_t)x;
}

#endif
