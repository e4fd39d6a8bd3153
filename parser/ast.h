/* ast.h: the abstract syntax tree built by the lemon grammar and consumed by the scope
 * pass (symtable.c) and the compiler (compile.c).
 *
 * One generic node struct; each kind uses the fields listed next to it and leaves the rest
 * zero.  Nodes and lists live in the compile's Arena.  Positions are CPython's: 1-based
 * lines, 0-based UTF-8 byte columns, end position just past the node.
 * Strings (`str`) are NUL-terminated UTF-8 in the arena; `slen` gives the length of
 * string constants (which may contain NUL). */
#ifndef SPY_AST_H
#define SPY_AST_H

#include "../vm/arena.h"

typedef struct Node Node;

typedef struct NodeList {
    int n, cap;
    Node **items;
} NodeList;

typedef enum NodeKind {
    N_NONE_ = 0,
    /* ---- module */
    N_MODULE,        /* list: statements */
    N_EXPRESSION,    /* a: expression (eval mode) */

    /* ---- statements */
    N_EXPR_STMT,     /* a: expression */
    N_ASSIGN,        /* list: targets (a = b = value has 2), a: value */
    N_AUGASSIGN,     /* a: target, op: BinOp, b: value */
    N_ANNASSIGN,     /* a: target, b: annotation, c: value or NULL, op: 1 if target is a plain
                        name not in parentheses ("simple") */
    N_IF,            /* a: test, list: body, list2: orelse (an elif is an N_IF alone in orelse) */
    N_WHILE,         /* a: test, list: body, list2: orelse */
    N_FOR,           /* a: target, b: iterable, list: body, list2: orelse */
    N_BREAK, N_CONTINUE, N_PASS,
    N_RETURN,        /* a: value or NULL */
    N_DEL,           /* list: targets */
    N_GLOBAL,        /* list: N_NAME nodes */
    N_NONLOCAL,      /* list: N_NAME nodes */
    N_ASSERT,        /* a: test, b: message or NULL */
    N_RAISE,         /* a: exception or NULL, b: cause or NULL */
    N_TRY,           /* list: body, list2: handlers (N_HANDLER), list3: orelse, list4: finalbody */
    N_HANDLER,       /* a: type or NULL (bare except), str: name or NULL, list: body */
    N_FUNCDEF,       /* str: name, a: N_ARGUMENTS, list: body, list2: decorators,
                        b: return annotation or NULL, op: 1 for async def (rejected) */
    N_CLASSDEF,      /* str: name, list: bases, list2: keywords (N_KEYWORD), list3: body,
                        list4: decorators */
    N_IMPORT,        /* list: N_ALIAS */
    N_IMPORTFROM,    /* str: module (dotted, NULL for "from . import x"), ival: level (dots),
                        list: N_ALIAS (a single alias with str "*" for import *) */
    N_ALIAS,         /* str: dotted name, str2: asname or NULL */
    N_WITH,          /* list: N_WITHITEM, list2: body */
    N_WITHITEM,      /* a: context expression, b: target or NULL */

    /* ---- expressions */
    N_NAME,          /* str: identifier */
    N_CONST_INT,     /* ival */
    N_CONST_BIGINT,  /* str: literal text without underscores, base prefix kept ("0x1f", "123") */
    N_CONST_FLOAT,   /* fval */
    N_CONST_STR,     /* str/slen: value (already joined if implicitly concatenated) */
    N_CONST_NONE, N_CONST_TRUE, N_CONST_FALSE, N_CONST_ELLIPSIS,
    N_FSTRING,       /* list: parts, each N_CONST_STR or N_FORMATTED (adjacent literals and
                        f-strings joined into one N_FSTRING) */
    N_FORMATTED,     /* a: expression, op: conversion 0 / 'r' / 's' / 'a', b: N_FSTRING format
                        spec or NULL, str: debug text "x=" when the '=' form was used (then the
                        default conversion is 'r' unless a spec or conversion is given, as
                        CPython) */
    N_BINOP,         /* op: BinOp, a: left, b: right */
    N_UNARY,         /* op: UnOp, a: operand */
    N_BOOLOP,        /* op: 0 and / 1 or, list: operands (>= 2, flattened) */
    N_COMPARE,       /* a: left, list: comparators, ops: CmpOp per comparator, with two extra
                        codes CMPX_IS, CMPX_ISNOT, CMPX_IN, CMPX_NOTIN (below) */
    N_IFEXP,         /* a: test, b: body, c: orelse */
    N_LAMBDA,        /* a: N_ARGUMENTS, b: body expression */
    N_NAMEDEXPR,     /* a: target N_NAME, b: value */
    N_CALL,          /* a: function, list: positional args (N_STARRED for *x), list2: N_KEYWORD */
    N_KEYWORD,       /* str: name or NULL for **expr, a: value */
    N_ATTRIBUTE,     /* a: object, str: attribute name */
    N_SUBSCRIPT,     /* a: object, b: index (N_SLICE, N_TUPLE possibly containing slices, or expr) */
    N_SLICE,         /* a: lower, b: upper, c: step (each may be NULL) */
    N_STARRED,       /* a: expression */
    N_LIST, N_TUPLE, N_SET,   /* list: elements */
    N_DICT,          /* list: keys (NULL item for a **mapping entry), list2: values */
    N_LISTCOMP, N_SETCOMP, N_GENEXP,   /* a: element, list: N_COMPREHENSION */
    N_DICTCOMP,      /* a: key, b: value, list: N_COMPREHENSION */
    N_COMPREHENSION, /* a: target, b: iterable, list: conditions, op: 1 if async (rejected) */
    N_YIELD,         /* a: value or NULL */
    N_YIELD_FROM,    /* a: value */
    N_AWAIT,         /* a: value (rejected) */

    /* ---- parameters */
    N_ARGUMENTS,     /* list: positional parameters (N_ARG), ival: how many of them are
                        positional-only, c: *args N_ARG or NULL, list2: keyword-only N_ARG,
                        d: **kwargs N_ARG or NULL.
                        Defaults: N_ARG.b (positional: only the trailing ones; kw-only: any) */
    N_ARG,           /* str: name, a: annotation or NULL, b: default or NULL */

    N__COUNT
} NodeKind;

/* Extra comparison codes in N_COMPARE.ops (after the CmpOp values). */
enum { CMPX_IS = 6, CMPX_ISNOT, CMPX_IN, CMPX_NOTIN };

struct Node {
    uint16_t kind;           /* NodeKind */
    int16_t op;
    int32_t line, col, end_line, end_col;
    Node *a, *b, *c, *d;
    NodeList *list, *list2, *list3, *list4;
    uint8_t *ops;            /* N_COMPARE only: one code per comparator */
    const char *str;
    const char *str2;
    size_t slen;
    int64_t ival;
    double fval;
    /* Parser-internal (the parser's own files; other passes ignore them): the extent
       including any enclosing parentheses, and how many pairs of them enclose the node
       directly (a parenthesized tuple or a generator expression counts its own). */
    int32_t pline, pcol, pend_line, pend_col;
    int32_t parens;
};

/* Constructors (ast.c).  Throw only the memory-limit error. */
Node *spy_ast_node(VM *vm, Arena *a, NodeKind kind, int line, int col, int end_line,
                   int end_col);
NodeList *spy_ast_list(VM *vm, Arena *a);
void spy_ast_push(VM *vm, Arena *a, NodeList *l, Node *n);   /* l may not be NULL */

/* Parses a whole source text into N_MODULE (MODE_EXEC) or N_EXPRESSION (MODE_EVAL).
 * Throws SyntaxError with CPython's message and position. */
Node *spy_parse(VM *vm, Arena *a, const char *src, size_t len, const char *filename,
                CompileMode mode);

/* Compiles an AST (compile.c).  `src` is kept by the Code for traceback lines. */
Code *spy_compile_ast(VM *vm, Arena *a, Node *mod, const char *src, size_t len,
                      const char *filename, CompileMode mode);

/* Debug dump of an AST as an S-expression (ast.c), for tests. */
Str *spy_ast_dump(VM *vm, Node *n);

#endif
