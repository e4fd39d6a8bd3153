/* grammar.y: the Python 3.11 grammar for lemon (LALR(1)); edit this file, not the
 * generated C (build/gen/grammar.c).
 *
 * Invariants: zero parsing conflicts (the build fails otherwise); every action is a
 * one-line call into an ast.c builder (parser.h), which records errors in the Parser
 * instead of throwing.  Where CPython's PEG grammar has "invalid_" rules, this grammar is
 * deliberately permissive (assignment targets are parsed as expressions, keyword
 * arguments as `test = test`, parameters as a flat list) and the builders validate, so
 * the messages can be CPython's.  Lists are left-recursive so the stack stays shallow. */

%name spy_lemon
%token_prefix TK_
%token_type {Token}
%default_type {Node *}
%extra_context {Parser *p}
%stack_size 1000
%start_symbol start

%include {
#include <string.h>
#include "parser.h"
#define YYNOERRORRECOVERY 1
#ifndef SPY_LEMON_TRACE
#define NDEBUG 1
#endif
}

%syntax_error { spy_parser_syntax_error(p, yymajor, &TOKEN); }
%stack_overflow { spy_parser_overflow(p); }

/* Token order: lexer tokens first (parser.c maps TokType to these codes), then the
 * driver's pseudo tokens. */
%token ENDMARKER NEWLINE INDENT DEDENT NAME INT FLOAT IMAG STRING
       FSTRING_START FSTRING_MIDDLE FSTRING_END FIELD_START FIELD_END FIELD_DEBUG
       FIELD_CONV FIELD_SPEC
       FALSE NONE TRUE AND AS ASSERT ASYNC AWAIT BREAK CLASS CONTINUE DEF DEL ELIF ELSE
       EXCEPT FINALLY FOR FROM GLOBAL IF IMPORT IN IS LAMBDA NONLOCAL NOT OR PASS RAISE
       RETURN TRY WHILE WITH YIELD
       LPAR RPAR LSQB RSQB LBRACE RBRACE COLON COMMA SEMI DOT ELLIPSIS ARROW AT EQUAL
       COLONEQUAL PLUS MINUS STAR SLASH DSLASH PERCENT DSTAR LSHIFT RSHIFT AMPER VBAR
       CIRCUMFLEX TILDE LESS GREATER LESSEQUAL GREATEREQUAL EQEQUAL NOTEQUAL
       PLUSEQUAL MINEQUAL STAREQUAL SLASHEQUAL DSLASHEQUAL PERCENTEQUAL ATEQUAL
       AMPEREQUAL VBAREQUAL CIRCUMFLEXEQUAL LSHIFTEQUAL RSHIFTEQUAL DSTAREQUAL
       ERRORTOKEN MODE_EXEC MODE_EVAL PROBE_TEST PROBE_TLSE PROBE_BITOR PROBE_END WITH_LPAR.

/* ================================================================ entry points */

start ::= MODE_EXEC file.
start ::= MODE_EVAL evalinput.
start ::= PROBE_TEST test(E) PROBE_END.           { p->probe_result = E; }
start ::= PROBE_TLSE tlse(E) PROBE_END.           { p->probe_result = E; }
start ::= PROBE_BITOR expr(E) PROBE_END.          { p->probe_result = E; }

file ::= stmts(L) ENDMARKER.                      { spy_ast_module(p, L.list); }
evalinput ::= tlse(E) newlines ENDMARKER.         { spy_ast_eval(p, E); }
newlines ::= .
newlines ::= newlines NEWLINE.

/* ================================================================ statements */

/* Blocks carry the end of their last token: a compound statement ends there (a trailing
 * ';' included), not at its last statement. */
%type stmts {Block}
stmts(A) ::= .                                     { A = spy_ast_block_new(p); }
stmts(A) ::= stmts(A) simple_stmts(B).             { spy_ast_block_extend(p, &A, &B); }
stmts(A) ::= stmts(A) compound_stmt(B).            { spy_ast_block_push(p, &A, B); }

%type simple_stmts {Block}
%type small_list {NodeList *}
simple_stmts(A) ::= small_list(L) NEWLINE.         { A = spy_ast_block_of(p, L, NULL); }
simple_stmts(A) ::= small_list(L) SEMI(S) NEWLINE. { A = spy_ast_block_of(p, L, &S); }
small_list(A) ::= small_stmt(B).                   { A = spy_ast_list1(p, B); }
small_list(A) ::= small_list(A) SEMI small_stmt(B). { spy_ast_push(p->vm, p->arena, A, B); }

%type block {Block}
block(A) ::= simple_stmts(A).
block(A) ::= NEWLINE INDENT stmts(B) DEDENT.       { A = B; }

small_stmt(A) ::= expr_stmt(A).
small_stmt(A) ::= PASS(T).                         { A = spy_ast_tok(p, N_PASS, &T); }
small_stmt(A) ::= BREAK(T).                        { A = spy_ast_tok(p, N_BREAK, &T); }
small_stmt(A) ::= CONTINUE(T).                     { A = spy_ast_tok(p, N_CONTINUE, &T); }
small_stmt(A) ::= DEL(T) tlse(E).                  { A = spy_ast_del(p, &T, E); }
small_stmt(A) ::= RETURN(T).                       { A = spy_ast_kw1(p, N_RETURN, &T, NULL, NULL); }
small_stmt(A) ::= RETURN(T) tlse(E).               { A = spy_ast_kw1(p, N_RETURN, &T, E, NULL); }
small_stmt(A) ::= RAISE(T).                        { A = spy_ast_kw1(p, N_RAISE, &T, NULL, NULL); }
small_stmt(A) ::= RAISE(T) test(E).                { A = spy_ast_kw1(p, N_RAISE, &T, E, NULL); }
small_stmt(A) ::= RAISE(T) test(E) FROM test(C).   { A = spy_ast_kw1(p, N_RAISE, &T, E, C); }
small_stmt(A) ::= ASSERT(T) test(E).               { A = spy_ast_kw1(p, N_ASSERT, &T, E, NULL); }
small_stmt(A) ::= ASSERT(T) test(E) COMMA test(M). { A = spy_ast_kw1(p, N_ASSERT, &T, E, M); }
small_stmt(A) ::= GLOBAL(T) namelist(L).           { A = spy_ast_names_stmt(p, N_GLOBAL, &T, L); }
small_stmt(A) ::= NONLOCAL(T) namelist(L).         { A = spy_ast_names_stmt(p, N_NONLOCAL, &T, L); }
small_stmt(A) ::= IMPORT(T) dotted_as_names(L).    { A = spy_ast_import(p, &T, L); }
small_stmt(A) ::= FROM(T) from_module(M) IMPORT import_targets(I).
                                                   { A = spy_ast_importfrom(p, &T, &M, &I); }

%type namelist {NodeList *}
namelist(A) ::= NAME(N).                           { A = spy_ast_list1(p, spy_ast_name(p, &N)); }
namelist(A) ::= namelist(A) COMMA NAME(N).         { spy_ast_push_name(p, A, &N); }

/* ---- expression statements and assignments */

expr_stmt(A) ::= tlse(E).                          { A = spy_ast_exprstmt(p, E); }
expr_stmt(A) ::= yield_expr(E).                    { A = spy_ast_exprstmt(p, E); }
expr_stmt(A) ::= aug_head(H) tlse(V).              { A = spy_ast_augassign(p, H, V); }
expr_stmt(A) ::= aug_head(H) yield_expr(V).        { A = spy_ast_augassign(p, H, V); }
expr_stmt(A) ::= ann_head(H).                      { A = spy_ast_annassign(p, H, NULL); }
expr_stmt(A) ::= ann_head(H) EQUAL tlse(V).        { A = spy_ast_annassign(p, H, V); }
expr_stmt(A) ::= ann_head(H) EQUAL yield_expr(V).  { A = spy_ast_annassign(p, H, V); }
expr_stmt(A) ::= assign_targets(L) tlse(V).        { A = spy_ast_assign(p, L, V); }
expr_stmt(A) ::= assign_targets(L) yield_expr(V).  { A = spy_ast_assign(p, L, V); }

aug_head(A) ::= tlse(T) augop(O).                  { A = spy_ast_aughead(p, T, O); }
ann_head(A) ::= tlse(T) COLON test(N).             { A = spy_ast_annhead(p, T, N); }

%type assign_targets {NodeList *}
assign_targets(A) ::= tlse(T) EQUAL.               { A = spy_ast_targets_first(p, T); }
assign_targets(A) ::= yield_expr(T) EQUAL.         { A = spy_ast_targets_first(p, T); }
assign_targets(A) ::= assign_targets(A) tlse(T) EQUAL.       { spy_ast_targets_more(p, A, T); }
assign_targets(A) ::= assign_targets(A) yield_expr(T) EQUAL. { spy_ast_targets_more(p, A, T); }

%type augop {int}
augop(A) ::= PLUSEQUAL.        { A = BO_ADD; }
augop(A) ::= MINEQUAL.         { A = BO_SUB; }
augop(A) ::= STAREQUAL.        { A = BO_MUL; }
augop(A) ::= ATEQUAL.          { A = BO_MATMUL; }
augop(A) ::= SLASHEQUAL.       { A = BO_TRUEDIV; }
augop(A) ::= DSLASHEQUAL.      { A = BO_FLOORDIV; }
augop(A) ::= PERCENTEQUAL.     { A = BO_MOD; }
augop(A) ::= DSTAREQUAL.       { A = BO_POW; }
augop(A) ::= LSHIFTEQUAL.      { A = BO_LSHIFT; }
augop(A) ::= RSHIFTEQUAL.      { A = BO_RSHIFT; }
augop(A) ::= AMPEREQUAL.       { A = BO_AND; }
augop(A) ::= VBAREQUAL.        { A = BO_OR; }
augop(A) ::= CIRCUMFLEXEQUAL.  { A = BO_XOR; }

/* ---- imports */

%type dotted_as_names {NodeList *}
dotted_as_names(A) ::= dotted_as_name(B).          { A = spy_ast_list1(p, B); }
dotted_as_names(A) ::= dotted_as_names(A) COMMA dotted_as_name(B).
                                                   { spy_ast_push(p->vm, p->arena, A, B); }
dotted_as_name(A) ::= dotted_name(D).              { A = spy_ast_dotted_alias(p, D, NULL); }
dotted_as_name(A) ::= dotted_name(D) AS NAME(N).   { A = spy_ast_dotted_alias(p, D, &N); }

%type dotted_name {NodeList *}
dotted_name(A) ::= NAME(N).                        { A = spy_ast_list1(p, spy_ast_name(p, &N)); }
dotted_name(A) ::= dotted_name(A) DOT NAME(N).     { spy_ast_push_name(p, A, &N); }

%type from_module {FromMod}
from_module(A) ::= dotted_name(D).                 { A = spy_ast_from_module(0, D); }
from_module(A) ::= dots(L).                        { A = spy_ast_from_module(L, NULL); }
from_module(A) ::= dots(L) dotted_name(D).         { A = spy_ast_from_module(L, D); }

%type dots {int}
dots(A) ::= DOT.                                   { A = 1; }
dots(A) ::= ELLIPSIS.                              { A = 3; }
dots(A) ::= dots(A) DOT.                           { A += 1; }
dots(A) ::= dots(A) ELLIPSIS.                      { A += 3; }

%type import_targets {ImpTargets}
%type import_names {NodeList *}
import_targets(A) ::= STAR(S).
    { A = spy_ast_import_targets(p, spy_ast_list1(p, spy_ast_star_alias(p, &S)), &S); }
import_targets(A) ::= import_names(L).             { A = spy_ast_import_targets(p, L, NULL); }
import_targets(A) ::= import_names(L) COMMA.
    { A = spy_ast_import_trailing_comma(p, L, &yyLookaheadToken); }
import_targets(A) ::= LPAR import_names(L) RPAR(R).       { A = spy_ast_import_targets(p, L, &R); }
import_targets(A) ::= LPAR import_names(L) COMMA RPAR(R). { A = spy_ast_import_targets(p, L, &R); }
import_names(A) ::= import_name(B).                { A = spy_ast_list1(p, B); }
import_names(A) ::= import_names(A) COMMA import_name(B). { spy_ast_push(p->vm, p->arena, A, B); }
import_name(A) ::= NAME(N).                        { A = spy_ast_alias(p, &N, NULL); }
import_name(A) ::= NAME(N) AS NAME(M).             { A = spy_ast_alias(p, &N, &M); }

/* ================================================================ compound statements */

compound_stmt(A) ::= if_stmt(A).
compound_stmt(A) ::= WHILE(T) namedexpr_test(E) COLON block(B).
    { A = spy_ast_block_stmt(p, N_WHILE, &T, E, &B, NULL); }
compound_stmt(A) ::= WHILE(T) namedexpr_test(E) COLON block(B) ELSE COLON block(C).
    { A = spy_ast_block_stmt(p, N_WHILE, &T, E, &B, &C); }
compound_stmt(A) ::= for_head(H) tlse(E) COLON block(B).
                                                   { A = spy_ast_for(p, H, E, &B, NULL); }
compound_stmt(A) ::= for_head(H) tlse(E) COLON block(B) ELSE COLON block(C).
                                                   { A = spy_ast_for(p, H, E, &B, &C); }
compound_stmt(A) ::= TRY(T) COLON block(B) handlers(H) opt_else(E) opt_finally(F).
                                                   { A = spy_ast_try(p, &T, &B, H, &E, &F); }
compound_stmt(A) ::= TRY(T) COLON block(B) FINALLY COLON block(F).
                                                   { A = spy_ast_try(p, &T, &B, NULL, NULL, &F); }
compound_stmt(A) ::= WITH(T) with_items(L) COLON block(B).
                                                   { A = spy_ast_with(p, &T, L, &B); }
compound_stmt(A) ::= WITH(T) WITH_LPAR with_items(L) RPAR COLON block(B).
                                                   { A = spy_ast_with(p, &T, L, &B); }
compound_stmt(A) ::= WITH(T) WITH_LPAR with_items(L) COMMA RPAR COLON block(B).
                                                   { A = spy_ast_with(p, &T, L, &B); }
compound_stmt(A) ::= funcdef(A).
compound_stmt(A) ::= classdef(A).
compound_stmt(A) ::= decorators(D) funcdef(F).     { A = spy_ast_decorated(p, D, F); }
compound_stmt(A) ::= decorators(D) classdef(F).    { A = spy_ast_decorated(p, D, F); }
compound_stmt(A) ::= async_stmt(A).
compound_stmt(A) ::= decorators async_stmt(B).        { A = B; }

%type if_chain {IfChain}
if_stmt(A) ::= if_chain(C).                        { A = spy_ast_if_end(p, &C, NULL); }
if_stmt(A) ::= if_chain(C) ELSE COLON block(B).    { A = spy_ast_if_end(p, &C, &B); }
if_chain(A) ::= IF(T) namedexpr_test(E) COLON block(B).
                                                   { A = spy_ast_if_start(p, &T, E, &B); }
if_chain(A) ::= if_chain(A) ELIF(T) namedexpr_test(E) COLON block(B).
                                                   { spy_ast_if_elif(p, &A, &T, E, &B); }

for_head(A) ::= FOR(T) exprlist(E) IN.             { A = spy_ast_for_target(p, &T, E); }

%type handlers {NodeList *}
handlers(A) ::= handler(B).                        { A = spy_ast_list1(p, B); }
handlers(A) ::= handlers(A) handler(B).            { spy_ast_push(p->vm, p->arena, A, B); }
handler(A) ::= EXCEPT(T) COLON block(B).           { A = spy_ast_handler(p, &T, NULL, NULL, &B); }
handler(A) ::= EXCEPT(T) test(E) COLON block(B).   { A = spy_ast_handler(p, &T, E, NULL, &B); }
handler(A) ::= EXCEPT(T) test(E) AS NAME(N) COLON block(B).
                                                   { A = spy_ast_handler(p, &T, E, &N, &B); }
handler(A) ::= EXCEPT(T) STAR(S).
    { A = spy_ast_unsupported(p, &T, &S, "'except*' is not supported"); }

%type opt_else {Block}
%type opt_finally {Block}
opt_else(A) ::= .                                  { A.list = NULL; }
opt_else(A) ::= ELSE COLON block(B).               { A = B; }
opt_finally(A) ::= .                               { A.list = NULL; }
opt_finally(A) ::= FINALLY COLON block(B).         { A = B; }

%type with_items {NodeList *}
with_items(A) ::= with_item(B).                    { A = spy_ast_list1(p, B); }
with_items(A) ::= with_items(A) COMMA with_item(B). { spy_ast_push(p->vm, p->arena, A, B); }
with_item(A) ::= test(E).                          { A = spy_ast_withitem(p, E, NULL, 0); }
with_item(A) ::= test(E) AS target(T).             { A = spy_ast_withitem(p, E, T, yyLookahead); }

/* a with target as CPython's star_target reads it (a primary, or a starred one) */
target(A) ::= primary(A).
target(A) ::= STAR(S) primary(E).                  { A = spy_ast_starred(p, &S, E); }

async_stmt(A) ::= ASYNC(T) DEF(D).
    { A = spy_ast_unsupported(p, &T, &D, "'async def' is not supported"); }
async_stmt(A) ::= ASYNC(T) FOR(D).
    { A = spy_ast_unsupported(p, &T, &D, "'async for' is not supported"); }
async_stmt(A) ::= ASYNC(T) WITH(D).
    { A = spy_ast_unsupported(p, &T, &D, "'async with' is not supported"); }

%type decorators {NodeList *}
decorators(A) ::= AT namedexpr_test(E) NEWLINE.    { A = spy_ast_list1(p, E); }
decorators(A) ::= decorators(A) AT namedexpr_test(E) NEWLINE.
    { spy_ast_push(p->vm, p->arena, A, E); }

funcdef(A) ::= func_head(H) COLON block(B).        { A = spy_ast_funcdef(p, H, NULL, &B); }
funcdef(A) ::= func_head(H) ARROW test(R) COLON block(B). { A = spy_ast_funcdef(p, H, R, &B); }
func_head(A) ::= DEF(T) NAME(N) LPAR params(P) RPAR. { A = spy_ast_funchead(p, &T, &N, P); }

classdef(A) ::= CLASS(T) NAME(N) COLON block(B).
    { A = spy_ast_classdef(p, &T, &N, NULL, NULL, &B); }
classdef(A) ::= CLASS(T) NAME(N) LPAR callargs(L) RPAR(R) COLON block(B).
                                                   { A = spy_ast_classdef(p, &T, &N, L, &R, &B); }

/* ---- parameters (validated by spy_ast_funchead / spy_ast_lambda) */

%type params {PList *}
%type plist {PList *}
%type pitem {PItem}
params(A) ::= .                                    { A = spy_ast_params_new(p); }
params(A) ::= plist(A).
params(A) ::= plist(A) COMMA.
plist(A) ::= pitem(B).
    { A = spy_ast_params_new(p); spy_ast_params_add(p, A, B); }
plist(A) ::= plist(A) COMMA pitem(B).              { spy_ast_params_add(p, A, B); }
pitem(A) ::= NAME(N).
    { A = spy_ast_param(p, PI_ARG, NULL, &N, NULL, NULL); }
pitem(A) ::= NAME(N) COLON test(T).
    { A = spy_ast_param(p, PI_ARG, NULL, &N, T, NULL); }
pitem(A) ::= NAME(N) EQUAL test(D).
    { A = spy_ast_param(p, PI_ARG, NULL, &N, NULL, D); }
pitem(A) ::= NAME(N) COLON test(T) EQUAL test(D).  { A = spy_ast_param(p, PI_ARG, NULL, &N, T, D); }
pitem(A) ::= STAR(S).
    { A = spy_ast_param(p, PI_STAR, &S, NULL, NULL, NULL); }
pitem(A) ::= STAR(S) NAME(N).
    { A = spy_ast_param(p, PI_VARARG, &S, &N, NULL, NULL); }
pitem(A) ::= STAR(S) NAME(N) COLON test(T).
    { A = spy_ast_param(p, PI_VARARG, &S, &N, T, NULL); }
pitem(A) ::= DSTAR(S) NAME(N).
    { A = spy_ast_param(p, PI_KWARG, &S, &N, NULL, NULL); }
pitem(A) ::= DSTAR(S) NAME(N) COLON test(T).
    { A = spy_ast_param(p, PI_KWARG, &S, &N, T, NULL); }
pitem(A) ::= SLASH(S).
    { A = spy_ast_param(p, PI_SLASH, &S, NULL, NULL, NULL); }
pitem(A) ::= STAR NAME EQUAL(E).
    { memset(&A, 0, sizeof A); spy_ast_param_bad_default(p, PI_VARARG, &E); }
pitem(A) ::= STAR NAME COLON test EQUAL(E).
    { memset(&A, 0, sizeof A); spy_ast_param_bad_default(p, PI_VARARG, &E); }
pitem(A) ::= DSTAR NAME EQUAL(E).
    { memset(&A, 0, sizeof A); spy_ast_param_bad_default(p, PI_KWARG, &E); }
pitem(A) ::= DSTAR NAME COLON test EQUAL(E).
    { memset(&A, 0, sizeof A); spy_ast_param_bad_default(p, PI_KWARG, &E); }

%type lparams {PList *}
%type lpitem {PItem}
lparams(A) ::= lpitem(B).
    { A = spy_ast_params_new(p); spy_ast_params_add(p, A, B); }
lparams(A) ::= lparams(A) COMMA lpitem(B).         { spy_ast_params_add(p, A, B); }
lpitem(A) ::= NAME(N).
    { A = spy_ast_param(p, PI_ARG, NULL, &N, NULL, NULL); }
lpitem(A) ::= NAME(N) EQUAL test(D).
    { A = spy_ast_param(p, PI_ARG, NULL, &N, NULL, D); }
lpitem(A) ::= STAR(S).
    { A = spy_ast_param(p, PI_STAR, &S, NULL, NULL, NULL); }
lpitem(A) ::= STAR(S) NAME(N).
    { A = spy_ast_param(p, PI_VARARG, &S, &N, NULL, NULL); }
lpitem(A) ::= DSTAR(S) NAME(N).
    { A = spy_ast_param(p, PI_KWARG, &S, &N, NULL, NULL); }
lpitem(A) ::= SLASH(S).
    { A = spy_ast_param(p, PI_SLASH, &S, NULL, NULL, NULL); }
lpitem(A) ::= STAR NAME EQUAL(E).
    { memset(&A, 0, sizeof A); spy_ast_param_bad_default(p, PI_VARARG, &E); }
lpitem(A) ::= DSTAR NAME EQUAL(E).
    { memset(&A, 0, sizeof A); spy_ast_param_bad_default(p, PI_KWARG, &E); }

/* ================================================================ expressions */

/* Comma lists: `tlse` (star_expressions: statements, return, for iterables),
 * `exprlist` (for targets), displays and subscripts below. */
%type tl2 {NodeList *}
tlse(A) ::= tlse_item(A).
tlse(A) ::= tlse_item(B) COMMA(C).
    { A = spy_ast_tuple_bare(p, spy_ast_list1(p, B), &C); }
tlse(A) ::= tl2(L).                                { A = spy_ast_tuple_bare(p, L, NULL); }
tlse(A) ::= tl2(L) COMMA(C).                       { A = spy_ast_tuple_bare(p, L, &C); }
tl2(A) ::= tlse_item(B) COMMA tlse_item(C).        { A = spy_ast_pair(p, B, C); }
tl2(A) ::= tl2(A) COMMA tlse_item(C).              { spy_ast_push(p->vm, p->arena, A, C); }
tlse_item(A) ::= test(A).
tlse_item(A) ::= star_expr(A).

%type xl2 {NodeList *}
exprlist(A) ::= xitem(A).
exprlist(A) ::= xitem(B) COMMA(C).
    { A = spy_ast_tuple_bare(p, spy_ast_list1(p, B), &C); }
exprlist(A) ::= xl2(L).                            { A = spy_ast_tuple_bare(p, L, NULL); }
exprlist(A) ::= xl2(L) COMMA(C).                   { A = spy_ast_tuple_bare(p, L, &C); }
xl2(A) ::= xitem(B) COMMA xitem(C).                { A = spy_ast_pair(p, B, C); }
xl2(A) ::= xl2(A) COMMA xitem(C).                  { spy_ast_push(p->vm, p->arena, A, C); }
xitem(A) ::= target(A).

star_expr(A) ::= STAR(S) expr(E).                  { A = spy_ast_starred(p, &S, E); }

yield_expr(A) ::= YIELD(T).                        { A = spy_ast_yield(p, &T, NULL, 0); }
yield_expr(A) ::= YIELD(T) tlse(E).                { A = spy_ast_yield(p, &T, E, 0); }
yield_expr(A) ::= YIELD(T) FROM test(E).           { A = spy_ast_yield(p, &T, E, 1); }

namedexpr_test(A) ::= test(A).
namedexpr_test(A) ::= test(T) COLONEQUAL test(V).  { A = spy_ast_namedexpr(p, T, V); }

test(A) ::= or_test(A).
test(A) ::= ifexp_head(H) ELSE test(C).            { A = spy_ast_ifexp(p, H, C); }
test(A) ::= lambdef(A).
ifexp_head(A) ::= or_test(B) IF or_test(T).        { A = spy_ast_ifexp_head(p, B, T); }

lambdef(A) ::= LAMBDA(T) COLON(C) test(B).         { A = spy_ast_lambda(p, &T, NULL, &C, B); }
lambdef(A) ::= LAMBDA(T) lparams(P) COLON(C) test(B). { A = spy_ast_lambda(p, &T, P, &C, B); }
lambdef(A) ::= LAMBDA(T) lparams(P) COMMA COLON(C) test(B). { A = spy_ast_lambda(p, &T, P, &C, B); }

or_test(A) ::= and_test(A).
or_test(A) ::= or_chain(A).
or_chain(A) ::= and_test(B) OR and_test(C).        { A = spy_ast_boolop(p, 1, B, C); }
or_chain(A) ::= or_chain(A) OR and_test(C).        { spy_ast_boolop_more(p, A, C); }

and_test(A) ::= not_test(A).
and_test(A) ::= and_chain(A).
and_chain(A) ::= not_test(B) AND not_test(C).      { A = spy_ast_boolop(p, 0, B, C); }
and_chain(A) ::= and_chain(A) AND not_test(C).     { spy_ast_boolop_more(p, A, C); }

not_test(A) ::= NOT(T) not_test(B).                { A = spy_ast_unary(p, &T, UO_NOT, B); }
not_test(A) ::= comparison(A).

comparison(A) ::= expr(A).
comparison(A) ::= cmp_chain(A).
cmp_chain(A) ::= expr(B) comp_op(O) expr(C).       { A = spy_ast_compare(p, B, O, C); }
cmp_chain(A) ::= cmp_chain(A) comp_op(O) expr(C).  { spy_ast_compare_more(p, A, O, C); }

%type comp_op {int}
comp_op(A) ::= LESS.           { A = CMP_LT; }
comp_op(A) ::= GREATER.        { A = CMP_GT; }
comp_op(A) ::= EQEQUAL.        { A = CMP_EQ; }
comp_op(A) ::= GREATEREQUAL.   { A = CMP_GE; }
comp_op(A) ::= LESSEQUAL.      { A = CMP_LE; }
comp_op(A) ::= NOTEQUAL.       { A = CMP_NE; }
comp_op(A) ::= IN.             { A = CMPX_IN; }
comp_op(A) ::= NOT IN.         { A = CMPX_NOTIN; }
comp_op(A) ::= IS.             { A = CMPX_IS; }
comp_op(A) ::= IS NOT.         { A = CMPX_ISNOT; }

/* `expr` is CPython's bitwise_or. */
expr(A) ::= xor_expr(A).
expr(A) ::= expr(B) VBAR xor_expr(C).              { A = spy_ast_binop(p, B, BO_OR, C); }
xor_expr(A) ::= and_expr(A).
xor_expr(A) ::= xor_expr(B) CIRCUMFLEX and_expr(C). { A = spy_ast_binop(p, B, BO_XOR, C); }
and_expr(A) ::= shift_expr(A).
and_expr(A) ::= and_expr(B) AMPER shift_expr(C).   { A = spy_ast_binop(p, B, BO_AND, C); }
shift_expr(A) ::= arith(A).
shift_expr(A) ::= shift_expr(B) LSHIFT arith(C).   { A = spy_ast_binop(p, B, BO_LSHIFT, C); }
shift_expr(A) ::= shift_expr(B) RSHIFT arith(C).   { A = spy_ast_binop(p, B, BO_RSHIFT, C); }
arith(A) ::= term(A).
arith(A) ::= arith(B) PLUS term(C).                { A = spy_ast_binop(p, B, BO_ADD, C); }
arith(A) ::= arith(B) MINUS term(C).               { A = spy_ast_binop(p, B, BO_SUB, C); }
term(A) ::= factor(A).
term(A) ::= term(B) STAR factor(C).                { A = spy_ast_binop(p, B, BO_MUL, C); }
term(A) ::= term(B) AT factor(C).                  { A = spy_ast_binop(p, B, BO_MATMUL, C); }
term(A) ::= term(B) SLASH factor(C).               { A = spy_ast_binop(p, B, BO_TRUEDIV, C); }
term(A) ::= term(B) DSLASH factor(C).              { A = spy_ast_binop(p, B, BO_FLOORDIV, C); }
term(A) ::= term(B) PERCENT factor(C).             { A = spy_ast_binop(p, B, BO_MOD, C); }
factor(A) ::= PLUS(T) factor(B).                   { A = spy_ast_unary(p, &T, UO_POS, B); }
factor(A) ::= MINUS(T) factor(B).                  { A = spy_ast_unary(p, &T, UO_NEG, B); }
factor(A) ::= TILDE(T) factor(B).                  { A = spy_ast_unary(p, &T, UO_INVERT, B); }
factor(A) ::= power(A).
power(A) ::= await_primary(A).
power(A) ::= await_primary(B) DSTAR factor(C).     { A = spy_ast_binop(p, B, BO_POW, C); }
await_primary(A) ::= primary(A).
await_primary(A) ::= AWAIT(T) primary(B).          { A = spy_ast_await(p, &T, B); }

primary(A) ::= atom(A).
primary(A) ::= primary(B) DOT NAME(N).             { A = spy_ast_attribute(p, B, &N); }
primary(A) ::= primary(B) LPAR(L) callargs(C) RPAR(R). { A = spy_ast_call(p, B, C, &L, &R); }
primary(A) ::= primary(B) LSQB subscripts(S) RSQB(R). { A = spy_ast_subscript(p, B, S, &R); }

/* ---- call arguments (validated by spy_ast_call / spy_ast_classdef) */

%type callargs {AList *}
%type arglist {AList *}
callargs(A) ::= .                                  { A = spy_ast_args_new(p); }
callargs(A) ::= arglist(A).
callargs(A) ::= arglist(A) COMMA.                  { A->trailing_comma = 1; }
arglist(A) ::= argument(B).
    { A = spy_ast_args_new(p); spy_ast_args_add(p, A, B.kind, B.node); }
arglist(A) ::= arglist(A) COMMA argument(B).       { spy_ast_args_add(p, A, B.kind, B.node); }

%type argument {AItem}
argument(A) ::= test(E).                           { A.kind = AI_POS; A.node = E; }
argument(A) ::= test(T) COLONEQUAL(C) test(V).
    { A.kind = AI_POS; A.node = spy_ast_namedexpr_arg(p, T, &C, V); }
argument(A) ::= test(E) comp_for(C).
    { A.kind = AI_GENEXP; A.node = spy_ast_comp(p, N_GENEXP, E, NULL, C, NULL, NULL); }
argument(A) ::= STAR(S) test(E).
    { A.kind = AI_STAR; A.node = spy_ast_starred(p, &S, E); }
argument(A) ::= DSTAR(S) test(E).
    { A.kind = AI_DSTAR; A.node = spy_ast_kwarg(p, spy_ast_kwhead(p, NULL, &S), E); }
argument(A) ::= kw_head(H) test(E).
    { A.kind = AI_KW; A.node = spy_ast_kwarg(p, H, E); }
kw_head(A) ::= test(E) EQUAL(Q).                   { A = spy_ast_kwhead(p, E, &Q); }

/* ---- subscripts */

%type sub2 {NodeList *}
subscripts(A) ::= subitem(A).
subscripts(A) ::= subitem(B) COMMA(C).
    { A = spy_ast_tuple_bare(p, spy_ast_list1(p, B), &C); }
subscripts(A) ::= sub2(L).                         { A = spy_ast_tuple_bare(p, L, NULL); }
subscripts(A) ::= sub2(L) COMMA(C).                { A = spy_ast_tuple_bare(p, L, &C); }
sub2(A) ::= subitem(B) COMMA subitem(C).           { A = spy_ast_pair(p, B, C); }
sub2(A) ::= sub2(A) COMMA subitem(C).              { spy_ast_push(p->vm, p->arena, A, C); }
subitem(A) ::= namedexpr_test(A).
subitem(A) ::= STAR(S) test(E).                    { A = spy_ast_starred(p, &S, E); }
subitem(A) ::= opt_test(L) COLON(C) opt_test(U).   { A = spy_ast_slice(p, L, &C, U, NULL, NULL); }
subitem(A) ::= opt_test(L) COLON(C) opt_test(U) COLON(D) opt_test(S).
                                                   { A = spy_ast_slice(p, L, &C, U, &D, S); }
opt_test(A) ::= .                                  { A = NULL; }
opt_test(A) ::= test(A).

/* ---- atoms */

atom(A) ::= NAME(N).                               { A = spy_ast_name(p, &N); }
atom(A) ::= INT(N).                                { A = spy_ast_number(p, &N); }
atom(A) ::= FLOAT(N).                              { A = spy_ast_number(p, &N); }
atom(A) ::= IMAG(N).                               { A = spy_ast_number(p, &N); }
atom(A) ::= strings(S).                            { A = spy_ast_str_end(p, S); }
atom(A) ::= ELLIPSIS(T).                           { A = spy_ast_tok(p, N_CONST_ELLIPSIS, &T); }
atom(A) ::= NONE(T).                               { A = spy_ast_tok(p, N_CONST_NONE, &T); }
atom(A) ::= TRUE(T).                               { A = spy_ast_tok(p, N_CONST_TRUE, &T); }
atom(A) ::= FALSE(T).                              { A = spy_ast_tok(p, N_CONST_FALSE, &T); }

atom(A) ::= LPAR(L) RPAR(R).                       { A = spy_ast_seq(p, N_TUPLE, NULL, &L, &R); }
atom(A) ::= LPAR(L) yield_expr(E) RPAR(R).         { A = spy_ast_paren(p, &L, E, &R); }
atom(A) ::= LPAR(L) namedexpr_test(E) RPAR(R).     { A = spy_ast_paren(p, &L, E, &R); }
atom(A) ::= LPAR star_expr(E) RPAR.                { A = spy_ast_paren_star(p, E); }
atom(A) ::= LPAR(L) snitem(B) COMMA RPAR(R).
    { A = spy_ast_seq(p, N_TUPLE, spy_ast_list1(p, B), &L, &R); }
atom(A) ::= LPAR(L) sn2(S) RPAR(R).                { A = spy_ast_seq(p, N_TUPLE, S, &L, &R); }
atom(A) ::= LPAR(L) sn2(S) COMMA RPAR(R).          { A = spy_ast_seq(p, N_TUPLE, S, &L, &R); }
atom(A) ::= LPAR(L) namedexpr_test(E) comp_for(C) RPAR(R).
    { A = spy_ast_comp(p, N_GENEXP, E, NULL, C, &L, &R); }

atom(A) ::= LSQB(L) RSQB(R).                       { A = spy_ast_seq(p, N_LIST, NULL, &L, &R); }
atom(A) ::= LSQB(L) snitem(B) RSQB(R).
    { A = spy_ast_seq(p, N_LIST, spy_ast_list1(p, B), &L, &R); }
atom(A) ::= LSQB(L) snitem(B) COMMA RSQB(R).
    { A = spy_ast_seq(p, N_LIST, spy_ast_list1(p, B), &L, &R); }
atom(A) ::= LSQB(L) sn2(S) RSQB(R).                { A = spy_ast_seq(p, N_LIST, S, &L, &R); }
atom(A) ::= LSQB(L) sn2(S) COMMA RSQB(R).          { A = spy_ast_seq(p, N_LIST, S, &L, &R); }
atom(A) ::= LSQB(L) namedexpr_test(E) comp_for(C) RSQB(R).
    { A = spy_ast_comp(p, N_LISTCOMP, E, NULL, C, &L, &R); }

atom(A) ::= LBRACE(L) RBRACE(R).                   { A = spy_ast_dict(p, NULL, &L, &R); }
atom(A) ::= LBRACE(L) dictmaker(D) RBRACE(R).      { A = spy_ast_dict(p, &D, &L, &R); }
atom(A) ::= LBRACE(L) dictmaker(D) COMMA RBRACE(R). { A = spy_ast_dict(p, &D, &L, &R); }
atom(A) ::= LBRACE(L) test(K) COLON test(V) comp_for(C) RBRACE(R).
    { A = spy_ast_comp(p, N_DICTCOMP, K, V, C, &L, &R); }
atom(A) ::= LBRACE(L) snitem(B) RBRACE(R).
    { A = spy_ast_seq(p, N_SET, spy_ast_list1(p, B), &L, &R); }
atom(A) ::= LBRACE(L) snitem(B) COMMA RBRACE(R).
    { A = spy_ast_seq(p, N_SET, spy_ast_list1(p, B), &L, &R); }
atom(A) ::= LBRACE(L) sn2(S) RBRACE(R).            { A = spy_ast_seq(p, N_SET, S, &L, &R); }
atom(A) ::= LBRACE(L) sn2(S) COMMA RBRACE(R).      { A = spy_ast_seq(p, N_SET, S, &L, &R); }
atom(A) ::= LBRACE(L) namedexpr_test(E) comp_for(C) RBRACE(R).
    { A = spy_ast_comp(p, N_SETCOMP, E, NULL, C, &L, &R); }

%type sn2 {NodeList *}
sn2(A) ::= snitem(B) COMMA snitem(C).              { A = spy_ast_pair(p, B, C); }
sn2(A) ::= sn2(A) COMMA snitem(C).                 { spy_ast_push(p->vm, p->arena, A, C); }
snitem(A) ::= namedexpr_test(A).
snitem(A) ::= star_expr(A).

%type dictmaker {DictAcc}
%type dictitem {KV}
dictmaker(A) ::= dictitem(B).                      { A = spy_ast_dict_start(p, B); }
dictmaker(A) ::= dictmaker(A) COMMA dictitem(B).   { spy_ast_dict_add(p, &A, B); }
dictitem(A) ::= test(K) COLON test(V).             { A.key = K; A.value = V; }
dictitem(A) ::= DSTAR expr(V).                     { A.key = NULL; A.value = V; }

/* ---- comprehensions: a list of N_COMPREHENSION */

%type comp_for {NodeList *}
comp_for(A) ::= comp_clause(B).                    { A = spy_ast_list1(p, B); }
comp_for(A) ::= comp_for(A) comp_clause(B).        { spy_ast_push(p->vm, p->arena, A, B); }
comp_for(A) ::= comp_for(A) IF or_test(C).         { spy_ast_comp_if(p, A, C); }
comp_clause(A) ::= comp_target(H) or_test(E).      { A = spy_ast_comp_clause(p, H, E); }
comp_target(A) ::= FOR exprlist(T) IN.             { A = spy_ast_comp_target(p, T, 0); }
comp_target(A) ::= ASYNC FOR exprlist(T) IN.       { A = spy_ast_comp_target(p, T, 1); }

/* ---- strings: adjacent literals join into one constant or one f-string */

%type strings {StrAcc *}
strings(A) ::= STRING(S).
    { A = spy_ast_str_new(p); spy_ast_str_add(p, A, &S); }
strings(A) ::= fstring(F).
    { A = spy_ast_str_new(p); spy_ast_str_addf(p, A, F); }
strings(A) ::= strings(A) STRING(S).               { spy_ast_str_add(p, A, &S); }
strings(A) ::= strings(A) fstring(F).              { spy_ast_str_addf(p, A, F); }

%type fparts {NodeList *}
%type fdebug {FDebug}
%type fconv {int}
fstring(A) ::= FSTRING_START(S) fparts(L) FSTRING_END(E). { A = spy_ast_fstring(p, &S, L, &E); }
fparts(A) ::= .                                    { A = spy_ast_list(p->vm, p->arena); }
fparts(A) ::= fparts(A) FSTRING_MIDDLE(M).         { spy_ast_fmiddle(p, A, &M); }
fparts(A) ::= fparts(A) ffield(F).                 { spy_ast_push(p->vm, p->arena, A, F); }
ffield(A) ::= FIELD_START(L) fexpr(E) fdebug(D) fconv(C) fspec(S) FIELD_END(R).
                                                   { A = spy_ast_ffield(p, &L, E, D, C, S, &R); }
fexpr(A) ::= tlse(E).                              { A = spy_ast_fexpr(p, E, &yyLookaheadToken); }
fexpr(A) ::= yield_expr(A).
fdebug(A) ::= .                                    { A.text = NULL; A.len = 0; }
fdebug(A) ::= FIELD_DEBUG(T).                      { A.text = T.sval; A.len = T.slen; }
fconv(A) ::= .                                     { A = 0; }
fconv(A) ::= FIELD_CONV(T).                        { A = (int)T.ival; }
fspec(A) ::= .                                     { A = NULL; }
fspec(A) ::= FIELD_SPEC(T) fparts(L).              { A = spy_ast_fspec(p, &T, L); }

%code {
/* Helpers that need the internals of lemon's generated parser (template lempar.c of
 * lemon 3.40, fixed %stack_size). */
size_t spy_lemon_size(void)
{
    return sizeof(yyParser);
}

typedef struct SpyRecog {
    int n;
    YYACTIONTYPE st[YYSTACKDEPTH];
} SpyRecog;

size_t spy_recog_size(void)
{
    return sizeof(SpyRecog);
}

void spy_recog_init(void *rv)
{
    SpyRecog *r = rv;
    r->n = 1;
    r->st[0] = 0;
}

void spy_recog_from(void *rv, const void *lemon)
{
    SpyRecog *r = rv;
    const yyParser *y = lemon;
    r->n = (int)(y->yytos - y->yystack) + 1;
    for (int i = 0; i < r->n; i++) {
        r->st[i] = y->yystack[i].stateno;
    }
}

void spy_recog_copy(void *dst, const void *src)
{
    SpyRecog *d = dst;
    const SpyRecog *s = src;
    d->n = s->n;
    memcpy(d->st, s->st, (size_t)s->n * sizeof s->st[0]);
}

/* Mirrors the shift/reduce loop of lempar.c's Parse() without running actions. */
int spy_recog_feed(void *rv, int major)
{
    SpyRecog *r = rv;
    YYACTIONTYPE act = r->st[r->n - 1];
    for (;;) {
        act = yy_find_shift_action((YYCODETYPE)major, act);
        if (act >= YY_MIN_REDUCE) {
            unsigned rule = act - YY_MIN_REDUCE;
            int size = yyRuleInfoNRhs[rule];
            if (size == 0 && r->n >= YYSTACKDEPTH) {
                return 0;
            }
            int below = r->n - 1 + size;
            act = yy_find_reduce_action(r->st[below], (YYCODETYPE)yyRuleInfoLhs[rule]);
            r->n = below + 2;
            r->st[r->n - 1] = act;
        } else if (act <= YY_MAX_SHIFTREDUCE) {
            if (r->n >= YYSTACKDEPTH) {
                return 0;
            }
            if (act > YY_MAX_SHIFT) {
                act += YY_MIN_REDUCE - YY_MIN_SHIFTREDUCE;
            }
            r->st[r->n++] = act;
            return 1;
        } else if (act == YY_ACCEPT_ACTION) {
            return 2;
        } else {
            return 0;
        }
    }
}
}
