/* symtable.h: the scope pass between the parser and the compiler.  spy_sym_build builds one
 * Scope per module, function, lambda, comprehension and class body, resolves every name
 * to LOCAL / GLOBAL_EXPLICIT / GLOBAL_IMPLICIT / FREE / CELL exactly as CPython 3.11's
 * symtable does (raising its SyntaxErrors with the same messages and positions), and lays
 * out function frames (object.h's "localsplus": every LOCAL/CELL/FREE symbol gets a
 * `slot`).  Everything lives in the compile's Arena. */
#ifndef SPY_SYMTABLE_H
#define SPY_SYMTABLE_H

#include "ast.h"

/* Use flags, accumulated while walking a scope. */
#define DEF_GLOBAL     0x001   /* `global x` in this scope */
#define DEF_LOCAL      0x002   /* assigned, deleted, bound by for/import/def/except... */
#define DEF_PARAM      0x004   /* a parameter */
#define DEF_NONLOCAL   0x008   /* `nonlocal x` in this scope (or a walrus in a comprehension) */
#define DEF_USE        0x010   /* read */
#define DEF_FREE_CLASS 0x020   /* free in a method, bound in the class body */
#define DEF_IMPORT     0x040   /* bound by import */
#define DEF_ANNOT      0x080   /* annotated (`x: int`) */
#define DEF_COMP_ITER  0x100   /* a comprehension's iteration variable */
#define DEF_BOUND      (DEF_LOCAL | DEF_PARAM | DEF_IMPORT)

/* Resolved scope of a name (Symbol.scope). */
typedef enum SymScope {
    SC_NONE = 0,          /* not a symbol of this scope (e.g. __annotations__): *_NAME ops */
    SC_LOCAL,
    SC_GLOBAL_EXPLICIT,
    SC_GLOBAL_IMPLICIT,
    SC_FREE,
    SC_CELL
} SymScope;

typedef enum ScopeKind {
    SCOPE_MODULE,         /* module, exec or eval code */
    SCOPE_FUNCTION,       /* def, lambda, comprehension */
    SCOPE_CLASS
} ScopeKind;

typedef struct Symbol {
    const char *name;     /* mangled name, arena string */
    uint32_t hash;
    int flags;            /* DEF_* */
    int scope;            /* SymScope, after analysis */
    int slot;             /* localsplus index in function scopes, -1 otherwise */
    /* Position of the first global/nonlocal statement naming it (for late errors). */
    int dline, dcol, dend_line, dend_col;
} Symbol;

typedef struct Scope Scope;
struct Scope {
    ScopeKind kind;
    Node *node;           /* N_MODULE/N_EXPRESSION, N_FUNCDEF, N_LAMBDA, N_*COMP, N_GENEXP,
                             N_CLASSDEF */
    const char *name;     /* code name: "<module>", "f", "<lambda>", "<listcomp>", "C" */
    Scope *parent;
    Scope **children;     /* nested scopes in source order */
    int nchildren, capchildren;
    Symbol *syms;         /* in first-use order */
    int nsyms, capsyms;
    int32_t *index;       /* open-addressing table of syms indexes, -1 empty */
    int index_mask;
    const char *private_; /* enclosing class name for private-name mangling, or NULL */
    bool is_lambda, is_comprehension, is_generator, is_nested;
    bool has_varargs, has_varkw;
    bool needs_class_closure;   /* class body whose methods use __class__/super */
    bool comp_iter_target;      /* walking a comprehension's `for` target */
    int comp_iter_expr;         /* >0 while walking a comprehension's iterable */
    int comp_kind;              /* NodeKind of the comprehension (N_LISTCOMP, ...) */
    /* Frame layout (function scopes): localsplus = locals, then cells, then frees. */
    int nargs, nposonly, nkwonly;
    int nlocals, ncells, nfree;
    Symbol **slots;       /* nlocals + ncells + nfree symbols, by slot */
};

typedef struct NodeScopeMap NodeScopeMap;

typedef struct SymTable {
    Scope *top;
    NodeScopeMap *map;    /* Node * -> Scope * */
} SymTable;

/* Builds and analyses the scopes of `mod` (N_MODULE or N_EXPRESSION).  Throws SyntaxError
 * (CPython's messages and positions; `src`/`len`/`filename` are used for them) or
 * RecursionError for absurd nesting. */
SymTable *spy_sym_build(VM *vm, Arena *a, Node *mod, const char *src, size_t len,
                        const char *filename);

/* The scope created by node `n`, or NULL.  Never throws. */
Scope *spy_sym_scope_of(SymTable *st, const Node *n);

/* The symbol `name` (already mangled) of scope `s`, or NULL.  Never throws. */
Symbol *spy_sym_lookup(Scope *s, const char *name);

/* Private-name mangling as CPython: inside class C, `__x` becomes `_C__x` (names ending in
 * "__" and dotted names excepted).  Returns `name` itself when unchanged. */
const char *spy_sym_mangle(VM *vm, Arena *a, const char *private_, const char *name);

#endif
