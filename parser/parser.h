/* parser.h: parser-private interface between the lemon grammar (grammar.y), the driver
 * (parser.c) and the AST builders (ast.c).  Nothing outside parser.c/ast.c/grammar.y
 * includes it: the public entry point is spy_parse in ast.h.
 *
 * Errors found by grammar actions are RECORDED in the Parser (never thrown from inside
 * lemon): the driver stops feeding tokens as soon as one is recorded and raises it.
 * Errors that CPython only reports after a successful parse (its compiler/symtable ones,
 * e.g. duplicate arguments) are recorded as "deferred" and raised when the parse ends. */
#ifndef SPY_PARSER_H
#define SPY_PARSER_H

#include "ast.h"
#include "lexer.h"

/* Pseudo-tokens beyond the lexer's (mapped to lemon codes in parser.c). */
enum {
    PT_MODE_EXEC = T__COUNT,  /* first token of a module parse */
    PT_MODE_EVAL,             /* first token of an eval-mode parse */
    PT_PROBE_TEST,            /* probes: does a test / star_expressions / bitwise_or */
    PT_PROBE_TLSE,            /*   start here, and where does it end? */
    PT_PROBE_BITOR,
    PT_PROBE_END,
    PT_WITH_LPAR,             /* '(' opening parenthesized with-items */
    PT__COUNT
};

/* Comma-separated list under construction. */
typedef struct Seq {
    NodeList *items;
} Seq;

/* A parameter of def/lambda before validation. */
enum { PI_ARG, PI_STAR, PI_VARARG, PI_KWARG, PI_SLASH };
typedef struct PItem {
    int kind;
    Node *arg;               /* N_ARG for PI_ARG/PI_VARARG/PI_KWARG (default in arg->b) */
    int line, col, end_line, end_col;   /* the item's position (for '*', '/') */
} PItem;
typedef struct PList {
    PItem *items;
    int n, cap;
} PList;

/* A call argument before validation. */
enum { AI_POS, AI_STAR, AI_KW, AI_DSTAR, AI_GENEXP };
typedef struct AItem {
    int kind;
    Node *node;              /* expression, N_STARRED, N_KEYWORD or bare N_GENEXP */
} AItem;
typedef struct AList {
    AItem *items;
    int n, cap;
    int trailing_comma;
} AList;

/* Dict display under construction. */
typedef struct DictAcc {
    NodeList *keys, *values;
} DictAcc;
typedef struct KV {
    Node *key;               /* NULL for **mapping */
    Node *value;
} KV;

/* Adjacent string literals under construction: pieces are N_CONST_STR and N_FSTRING. */
typedef struct StrAcc {
    NodeList *pieces;
    int has_fstring;
    int line, col, end_line, end_col;
} StrAcc;

/* f-string field pieces. */
typedef struct FDebug {
    const char *text;        /* NULL when absent */
    size_t len;
} FDebug;

/* A block of statements and the end of its last token. */
typedef struct Block {
    NodeList *list;          /* NULL for an absent else/finally */
    int end_line, end_col;
} Block;

/* if/elif chain: head is the outer N_IF, tail the innermost. */
typedef struct IfChain {
    Node *head, *tail;
} IfChain;

typedef struct FromMod {
    int level;
    NodeList *names;         /* N_NAME parts of the dotted name, or NULL */
    int line, col, end_line, end_col;
} FromMod;

typedef struct ImpTargets {
    NodeList *aliases;
    int end_line, end_col;
} ImpTargets;

typedef struct Parser {
    VM *vm;
    Arena *arena;
    Lexer *lx;
    const char *src;
    size_t srclen;
    const char *filename;
    CompileMode mode;

    Token *toks;             /* every token read so far */
    int ntoks, captoks;
    int pos;                 /* index of the token being fed to lemon */
    int at_eof;              /* the ENDMARKER has been read */

    void *lemon;             /* the lemon parser (arena memory) */
    void *lemon2;            /* a second one, for parsing token ranges during analysis */
    Node *probe_result;      /* what a PROBE_* start rule parsed */

    /* the first recorded error */
    int err;
    int err_exc;             /* ExcIndex */
    const char *err_msg;
    int err_line, err_col, err_end_line, err_end_col;   /* CPython's offsets minus one */
    int err_tok;             /* token index the error refers to (for bracket checks) */
    int err_action;          /* recorded by a grammar action (at its rule's last token) */

    /* the first deferred (post-parse) error */
    int derr;
    const char *derr_msg;
    int derr_line, derr_col, derr_end_line, derr_end_col;

    /* the assignment statement being parsed: its first invalid target group is reported
       only once CPython's choice of message is known (spy_parser_resolve_targets) */
    Node *asg_first;         /* first target group, or NULL outside an assignment */
    int asg_rhs;             /* token index just after the first '=' */
    Node *asg_bad;           /* first invalid target, or NULL */
    Node *asg_yield;         /* a yield expression used as a target, or NULL */

    Node *last_expr;         /* the expression node built most recently */
    int seen;                /* furthest token index error analysis has examined */
    int overflow;            /* lemon stack overflow seen */
    void *rec1, *rec2;       /* recognizers for probes (spy_recog_*) */
    void *rec_pre;           /* the automaton just before the failing token */
    int *with_lpar;          /* token indices fed as PT_WITH_LPAR */
    int nwith, capwith;

    Node *result;
} Parser;

/* ---- errors (parser.c) */

/* Records a SyntaxError at a position (0-based columns; CPython's offset is col + 1). */
void spy_parser_error(Parser *p, int line, int col, int end_line, int end_col,
                      const char *fmt, ...);
/* As spy_parser_error, at a node's position. */
void spy_parser_error_at(Parser *p, const Node *n, const char *fmt, ...);
/* Records an error CPython reports only after parsing (compiler/symtable errors). */
void spy_parser_deferred(Parser *p, const Node *n, const char *fmt, ...);
/* Called by lemon's %syntax_error and %stack_overflow. */
void spy_parser_syntax_error(Parser *p, int major, const Token *tok);
void spy_parser_overflow(Parser *p);

/* Resolves a pending invalid assignment target (Parser.asg_*) into the error CPython
 * reports: "cannot assign to X", its "here. Maybe you meant '=='" variant, ... */
void spy_parser_resolve_targets(Parser *p);

/* ---- lemon (generated from grammar.y; the helpers are in its %code section) */
size_t spy_lemon_size(void);
void spy_lemonInit(void *parser, Parser *p);
void spy_lemon(void *parser, int major, Token minor);
/* Recognizers: lemon's automaton over state numbers only, without actions, to ask "would
 * this token be accepted here?" and "where does this construct end?".  Never throw. */
size_t spy_recog_size(void);
void spy_recog_init(void *r);
void spy_recog_from(void *r, const void *lemon);
void spy_recog_copy(void *dst, const void *src);
/* 0: syntax error (or overflow), 1: shifted, 2: accepted (after the end token 0). */
int spy_recog_feed(void *r, int major);
/* Lemon code of a lexer token type or PT_* pseudo token. */
int spy_parser_tk(int type);

/* The token just before the token that starts at line:col. */
const Token *spy_parser_token_before(Parser *p, int line, int col);

/* Target kinds for spy_ast_invalid_target (CPython's TARGETS_TYPE). */
enum { TG_STAR, TG_DEL, TG_FOR };
/* The first sub-expression of `e` that cannot be a target of that kind, or NULL. */
Node *spy_ast_invalid_target(Node *e, int type);
/* CPython's name of an expression kind in messages ("function call", "literal", ...). */
const char *spy_ast_expr_name(const Node *e);

/* ---- AST builders used by grammar actions (ast.c).  They record errors through the
 * functions above and may throw only the memory-limit error. */
NodeList *spy_ast_list1(Parser *p, Node *n);
void spy_ast_extend(Parser *p, NodeList *dst, NodeList *src);
Node *spy_ast_tok(Parser *p, NodeKind kind, const Token *t);
Node *spy_ast_name(Parser *p, const Token *t);
Node *spy_ast_number(Parser *p, const Token *t);
Node *spy_ast_span(Parser *p, NodeKind kind, int line, int col, int end_line, int end_col);

void spy_ast_module(Parser *p, NodeList *body);
void spy_ast_eval(Parser *p, Node *e);

/* statements */
Node *spy_ast_exprstmt(Parser *p, Node *e);
NodeList *spy_ast_targets_first(Parser *p, Node *t);
void spy_ast_targets_more(Parser *p, NodeList *l, Node *t);
Node *spy_ast_assign(Parser *p, NodeList *targets, Node *value);
Node *spy_ast_aughead(Parser *p, Node *target, int op);
Node *spy_ast_augassign(Parser *p, Node *head, Node *value);
Node *spy_ast_annhead(Parser *p, Node *target, Node *ann);
Node *spy_ast_annassign(Parser *p, Node *head, Node *value);
Node *spy_ast_del(Parser *p, const Token *kw, Node *targets);
Node *spy_ast_kw1(Parser *p, NodeKind kind, const Token *kw, Node *a, Node *b);
Node *spy_ast_names_stmt(Parser *p, NodeKind kind, const Token *kw, NodeList *names);
Node *spy_ast_import(Parser *p, const Token *kw, NodeList *aliases);
Node *spy_ast_dotted_alias(Parser *p, NodeList *dotted, const Token *asname);
Node *spy_ast_alias(Parser *p, const Token *name, const Token *asname);
Node *spy_ast_star_alias(Parser *p, const Token *star);
Node *spy_ast_importfrom(Parser *p, const Token *kw, FromMod *m, ImpTargets *t);
FromMod spy_ast_from_module(int level, NodeList *names);
/* `end` is the token ending the targets (')' or '*'), NULL to end at the last alias. */
ImpTargets spy_ast_import_targets(Parser *p, NodeList *aliases, const Token *end);
ImpTargets spy_ast_import_trailing_comma(Parser *p, NodeList *aliases, const Token *next);
void spy_ast_push_name(Parser *p, NodeList *l, const Token *name);
Block spy_ast_block_new(Parser *p);
Block spy_ast_block_of(Parser *p, NodeList *stmts, const Token *semi);
void spy_ast_block_extend(Parser *p, Block *b, const Block *more);
void spy_ast_block_push(Parser *p, Block *b, Node *stmt);
Node *spy_ast_block_stmt(Parser *p, NodeKind kind, const Token *kw, Node *test,
                         const Block *body, const Block *orelse);
IfChain spy_ast_if_start(Parser *p, const Token *kw, Node *test, const Block *body);
void spy_ast_if_elif(Parser *p, IfChain *c, const Token *kw, Node *test, const Block *body);
Node *spy_ast_if_end(Parser *p, IfChain *c, const Block *orelse);
Node *spy_ast_for_target(Parser *p, const Token *kw, Node *target);
Node *spy_ast_for(Parser *p, Node *head, Node *iter, const Block *body, const Block *orelse);
Node *spy_ast_try(Parser *p, const Token *kw, const Block *body, NodeList *handlers,
                  const Block *orelse, const Block *final);
Node *spy_ast_handler(Parser *p, const Token *kw, Node *type, const Token *name,
                      const Block *body);
Node *spy_ast_with(Parser *p, const Token *kw, NodeList *items, const Block *body);
/* `next` is the lemon code of the token after the target. */
Node *spy_ast_withitem(Parser *p, Node *e, Node *target, int next);
Node *spy_ast_funchead(Parser *p, const Token *kw, const Token *name, PList *params);
Node *spy_ast_funcdef(Parser *p, Node *head, Node *returns, const Block *body);
Node *spy_ast_classdef(Parser *p, const Token *kw, const Token *name, AList *args,
                       const Token *rpar, const Block *body);
Node *spy_ast_decorated(Parser *p, NodeList *decorators, Node *def);
/* Records "<what> is not supported" and returns a placeholder statement. */
Node *spy_ast_unsupported(Parser *p, const Token *a, const Token *b, const char *what);

/* expressions */
Node *spy_ast_binop(Parser *p, Node *a, int op, Node *b);
Node *spy_ast_unary(Parser *p, const Token *t, int op, Node *a);
Node *spy_ast_boolop(Parser *p, int op, Node *a, Node *b);
void spy_ast_boolop_more(Parser *p, Node *chain, Node *b);
Node *spy_ast_compare(Parser *p, Node *a, int op, Node *b);
void spy_ast_compare_more(Parser *p, Node *chain, int op, Node *b);
Node *spy_ast_ifexp_head(Parser *p, Node *body, Node *test);
Node *spy_ast_ifexp(Parser *p, Node *head, Node *orelse);
Node *spy_ast_lambda(Parser *p, const Token *kw, PList *params, const Token *colon,
                      Node *body);
Node *spy_ast_namedexpr(Parser *p, Node *target, Node *value);
Node *spy_ast_namedexpr_arg(Parser *p, Node *target, const Token *op, Node *value);
Node *spy_ast_await(Parser *p, const Token *kw, Node *e);
Node *spy_ast_yield(Parser *p, const Token *kw, Node *e, int from);
Node *spy_ast_starred(Parser *p, const Token *star, Node *e);
Node *spy_ast_attribute(Parser *p, Node *obj, const Token *name);
Node *spy_ast_call(Parser *p, Node *func, AList *args, const Token *lpar, const Token *rpar);
Node *spy_ast_subscript(Parser *p, Node *obj, Node *index, const Token *rsqb);
Node *spy_ast_slice(Parser *p, Node *lower, const Token *c1, Node *upper, const Token *c2,
                    Node *step);
Node *spy_ast_paren(Parser *p, const Token *l, Node *e, const Token *r);
Node *spy_ast_paren_star(Parser *p, Node *e);
Node *spy_ast_seq(Parser *p, NodeKind kind, NodeList *items, const Token *l,
                  const Token *r);
Node *spy_ast_tuple_bare(Parser *p, NodeList *items, const Token *trailing_comma);
NodeList *spy_ast_pair(Parser *p, Node *a, Node *b);
Node *spy_ast_comp(Parser *p, NodeKind kind, Node *elt, Node *val, NodeList *gens,
                   const Token *l, const Token *r);
Node *spy_ast_comp_target(Parser *p, Node *target, int is_async);
Node *spy_ast_comp_clause(Parser *p, Node *head, Node *iter);
void spy_ast_comp_if(Parser *p, NodeList *gens, Node *cond);
Node *spy_ast_dict(Parser *p, DictAcc *d, const Token *l, const Token *r);
DictAcc spy_ast_dict_start(Parser *p, KV kv);
void spy_ast_dict_add(Parser *p, DictAcc *d, KV kv);
Node *spy_ast_kwhead(Parser *p, Node *e, const Token *eq);
Node *spy_ast_kwarg(Parser *p, Node *head, Node *value);

/* call arguments and parameters */
AList *spy_ast_args_new(Parser *p);
void spy_ast_args_add(Parser *p, AList *l, int kind, Node *n);
PList *spy_ast_params_new(Parser *p);
void spy_ast_params_add(Parser *p, PList *l, PItem it);
PItem spy_ast_param(Parser *p, int kind, const Token *star, const Token *name, Node *ann,
                    Node *def);
void spy_ast_param_bad_default(Parser *p, int kind, const Token *eq);

/* strings */
StrAcc *spy_ast_str_new(Parser *p);
void spy_ast_str_add(Parser *p, StrAcc *s, const Token *t);
void spy_ast_str_addf(Parser *p, StrAcc *s, Node *fstring);
Node *spy_ast_str_end(Parser *p, StrAcc *s);
Node *spy_ast_fstring(Parser *p, const Token *start, NodeList *parts, const Token *end);
void spy_ast_fmiddle(Parser *p, NodeList *parts, const Token *t);
Node *spy_ast_ffield(Parser *p, const Token *lb, Node *e, FDebug dbg, int conv, Node *spec,
                     const Token *rb);
Node *spy_ast_fspec(Parser *p, const Token *colon, NodeList *parts);
Node *spy_ast_fexpr(Parser *p, Node *e, const Token *next);

#endif
