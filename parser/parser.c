/* parser.c: the parser driver: pulls tokens from the lexer, maps them to lemon's codes,
 * pushes them into the lemon parser (grammar.y), and turns errors into CPython 3.11's
 * SyntaxError / IndentationError messages and positions.
 *
 * Tokens are kept in an array (lexed on demand), so error analysis can look around the
 * failing token.  A syntax error stops the push loop at once; the analysis then asks
 * lemon's automaton questions through action-free recognizers ("would ':' be accepted
 * here?", "where does the expression starting here end?") to pick CPython's message.
 * As CPython does, after a parse error the rest of the source is tokenized: a lexer error
 * there wins, and an unclosed bracket becomes "'(' was never closed". */
#include <stdio.h>
#include <string.h>

#include "grammar.h"
#include "parser.h"

/* ================================================================ token codes */

static const unsigned char tk_codes[PT__COUNT] = {
    [T_ENDMARKER] = TK_ENDMARKER, [T_NEWLINE] = TK_NEWLINE, [T_INDENT] = TK_INDENT,
    [T_DEDENT] = TK_DEDENT, [T_NAME] = TK_NAME, [T_INT] = TK_INT, [T_FLOAT] = TK_FLOAT,
    [T_IMAG] = TK_IMAG, [T_STRING] = TK_STRING, [T_FSTRING_START] = TK_FSTRING_START,
    [T_FSTRING_MIDDLE] = TK_FSTRING_MIDDLE, [T_FSTRING_END] = TK_FSTRING_END,
    [T_FIELD_START] = TK_FIELD_START, [T_FIELD_END] = TK_FIELD_END,
    [T_FIELD_DEBUG] = TK_FIELD_DEBUG, [T_FIELD_CONV] = TK_FIELD_CONV,
    [T_FIELD_SPEC] = TK_FIELD_SPEC,
    [T_FALSE] = TK_FALSE, [T_NONE] = TK_NONE, [T_TRUE] = TK_TRUE, [T_AND] = TK_AND,
    [T_AS] = TK_AS, [T_ASSERT] = TK_ASSERT, [T_ASYNC] = TK_ASYNC, [T_AWAIT] = TK_AWAIT,
    [T_BREAK] = TK_BREAK, [T_CLASS] = TK_CLASS, [T_CONTINUE] = TK_CONTINUE,
    [T_DEF] = TK_DEF, [T_DEL] = TK_DEL, [T_ELIF] = TK_ELIF, [T_ELSE] = TK_ELSE,
    [T_EXCEPT] = TK_EXCEPT, [T_FINALLY] = TK_FINALLY, [T_FOR] = TK_FOR, [T_FROM] = TK_FROM,
    [T_GLOBAL] = TK_GLOBAL, [T_IF] = TK_IF, [T_IMPORT] = TK_IMPORT, [T_IN] = TK_IN,
    [T_IS] = TK_IS, [T_LAMBDA] = TK_LAMBDA, [T_NONLOCAL] = TK_NONLOCAL, [T_NOT] = TK_NOT,
    [T_OR] = TK_OR, [T_PASS] = TK_PASS, [T_RAISE] = TK_RAISE, [T_RETURN] = TK_RETURN,
    [T_TRY] = TK_TRY, [T_WHILE] = TK_WHILE, [T_WITH] = TK_WITH, [T_YIELD] = TK_YIELD,
    [T_LPAR] = TK_LPAR, [T_RPAR] = TK_RPAR, [T_LSQB] = TK_LSQB, [T_RSQB] = TK_RSQB,
    [T_LBRACE] = TK_LBRACE, [T_RBRACE] = TK_RBRACE, [T_COLON] = TK_COLON,
    [T_COMMA] = TK_COMMA, [T_SEMI] = TK_SEMI, [T_DOT] = TK_DOT, [T_ELLIPSIS] = TK_ELLIPSIS,
    [T_ARROW] = TK_ARROW, [T_AT] = TK_AT, [T_EQUAL] = TK_EQUAL,
    [T_COLONEQUAL] = TK_COLONEQUAL, [T_PLUS] = TK_PLUS, [T_MINUS] = TK_MINUS,
    [T_STAR] = TK_STAR, [T_SLASH] = TK_SLASH, [T_DSLASH] = TK_DSLASH,
    [T_PERCENT] = TK_PERCENT, [T_DSTAR] = TK_DSTAR, [T_LSHIFT] = TK_LSHIFT,
    [T_RSHIFT] = TK_RSHIFT, [T_AMPER] = TK_AMPER, [T_VBAR] = TK_VBAR,
    [T_CIRCUMFLEX] = TK_CIRCUMFLEX, [T_TILDE] = TK_TILDE, [T_LESS] = TK_LESS,
    [T_GREATER] = TK_GREATER, [T_LESSEQUAL] = TK_LESSEQUAL,
    [T_GREATEREQUAL] = TK_GREATEREQUAL, [T_EQEQUAL] = TK_EQEQUAL,
    [T_NOTEQUAL] = TK_NOTEQUAL, [T_PLUSEQUAL] = TK_PLUSEQUAL, [T_MINEQUAL] = TK_MINEQUAL,
    [T_STAREQUAL] = TK_STAREQUAL, [T_SLASHEQUAL] = TK_SLASHEQUAL,
    [T_DSLASHEQUAL] = TK_DSLASHEQUAL, [T_PERCENTEQUAL] = TK_PERCENTEQUAL,
    [T_ATEQUAL] = TK_ATEQUAL, [T_AMPEREQUAL] = TK_AMPEREQUAL, [T_VBAREQUAL] = TK_VBAREQUAL,
    [T_CIRCUMFLEXEQUAL] = TK_CIRCUMFLEXEQUAL, [T_LSHIFTEQUAL] = TK_LSHIFTEQUAL,
    [T_RSHIFTEQUAL] = TK_RSHIFTEQUAL, [T_DSTAREQUAL] = TK_DSTAREQUAL,
    [PT_MODE_EXEC] = TK_MODE_EXEC, [PT_MODE_EVAL] = TK_MODE_EVAL,
    [PT_PROBE_TEST] = TK_PROBE_TEST, [PT_PROBE_TLSE] = TK_PROBE_TLSE,
    [PT_PROBE_BITOR] = TK_PROBE_BITOR, [PT_PROBE_END] = TK_PROBE_END,
    [PT_WITH_LPAR] = TK_WITH_LPAR, [T_ERRORTOKEN] = TK_ERRORTOKEN,
};

int spy_parser_tk(int type)
{
    return type >= 0 && type < PT__COUNT ? tk_codes[type] : 0;
}

/* ================================================================ tokens */

/* Token i, lexing as far as needed; past the end, the ENDMARKER. */
static Token *tok_at(Parser *p, int i)
{
    while (p->ntoks <= i) {
        if (p->at_eof) {
            return &p->toks[p->ntoks - 1];
        }
        if (p->ntoks == p->captoks) {
            if (p->captoks > (1 << 28)) {
                spy_raise(p->vm, EXC(p->vm, MemoryError), "");
            }
            int ncap = p->captoks ? p->captoks * 2 : 256;
            p->toks = spy_arena_grow(p->vm, p->arena, p->toks,
                                     (size_t)p->captoks * sizeof(Token),
                                     (size_t)ncap * sizeof(Token));
            p->captoks = ncap;
        }
        spy_lex_next(p->lx, &p->toks[p->ntoks]);
        if (p->toks[p->ntoks].type == T_ENDMARKER) {
            p->at_eof = 1;
        }
        p->ntoks++;
    }
    return &p->toks[i];
}

/* Token i as examined by the parser (tracks how far the parser looked). */
static Token *look(Parser *p, int i)
{
    Token *t = tok_at(p, i);
    if (i > p->seen) {
        p->seen = i < p->ntoks ? i : p->ntoks - 1;
    }
    return t;
}

static int ttype(Parser *p, int i)
{
    return i >= 0 ? (int)tok_at(p, i)->type : -1;
}

/* ================================================================ recording errors */

static const char *vformat(Parser *p, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0) {
        n = 0;
    }
    char *s = spy_arena_alloc(p->vm, p->arena, (size_t)n + 1);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    return s;
}

static void record(Parser *p, int exc, int line, int col, int end_line, int end_col,
                   const char *msg)
{
    p->err = 1;
    p->err_exc = exc;
    p->err_msg = msg;
    p->err_line = line;
    p->err_col = col;
    p->err_end_line = end_line;
    p->err_end_col = end_col;
}

void spy_parser_error(Parser *p, int line, int col, int end_line, int end_col,
                      const char *fmt, ...)
{
    if (p->err) {
        return;
    }
    /* CPython reports an invalid assignment target before anything found after it. */
    if (p->asg_bad || p->asg_yield) {
        spy_parser_resolve_targets(p);
        if (p->err) {
            return;
        }
    }
    va_list ap;
    va_start(ap, fmt);
    const char *msg = vformat(p, fmt, ap);
    va_end(ap);
    record(p, E_SyntaxError, line, col, end_line, end_col, msg);
    p->err_tok = p->pos;
    p->err_action = 1;
}

void spy_parser_error_at(Parser *p, const Node *n, const char *fmt, ...)
{
    if (p->err) {
        return;
    }
    if (p->asg_bad || p->asg_yield) {
        spy_parser_resolve_targets(p);
        if (p->err) {
            return;
        }
    }
    va_list ap;
    va_start(ap, fmt);
    const char *msg = vformat(p, fmt, ap);
    va_end(ap);
    record(p, E_SyntaxError, n->line, n->col, n->end_line, n->end_col, msg);
    p->err_tok = p->pos;
    p->err_action = 1;
}

void spy_parser_deferred(Parser *p, const Node *n, const char *fmt, ...)
{
    if (p->derr) {
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    p->derr_msg = vformat(p, fmt, ap);
    va_end(ap);
    p->derr = 1;
    p->derr_line = n->line;
    p->derr_col = n->col;
    p->derr_end_line = n->end_line;
    p->derr_end_col = n->end_col;
}

/* A syntax error: analysed once the push loop has stopped (see analyze()). */
#define ERR_SYNTAX 2

void spy_parser_syntax_error(Parser *p, int major, const Token *tok)
{
    if (!p->err) {
        p->err = ERR_SYNTAX;
        p->err_tok = p->pos;
    }
}

void spy_parser_overflow(Parser *p)
{
    p->overflow = 1;
    if (!p->err) {
        Token *t = tok_at(p, p->pos);
        record(p, E_SyntaxError, t->line, t->col, t->end_line, t->end_col,
               "too many nested parentheses");
        p->err_tok = p->pos;
    }
}

/* ================================================================ recognizers */

static void *recognizer(Parser *p, void **slot)
{
    if (!*slot) {
        *slot = spy_arena_alloc(p->vm, p->arena, spy_recog_size());
    }
    return *slot;
}

/* The token type fed to lemon for token i. */
static int fed_type(Parser *p, int i)
{
    for (int k = 0; k < p->nwith; k++) {
        if (p->with_lpar[k] == i) {
            return PT_WITH_LPAR;
        }
    }
    return p->toks[i].type;
}

/* Replays the tokens before `xi` through a recognizer: the automaton as it was before
 * the failing token's default reductions (which the live parser has already done). */
static void replay_before(Parser *p, int xi)
{
    void *r = recognizer(p, &p->rec_pre);
    spy_recog_init(r);
    spy_recog_feed(r, spy_parser_tk(p->mode == MODE_EVAL ? PT_MODE_EVAL : PT_MODE_EXEC));
    for (int i = 0; i < xi; i++) {
        spy_recog_feed(r, spy_parser_tk(fed_type(p, i)));
        if ((i & 63) == 63) {
            spy_charge(p->vm, 1);
        }
    }
}

/* Would a token of `type` be accepted in place of the failing one? */
static int accepts(Parser *p, int type)
{
    void *r = recognizer(p, &p->rec1);
    spy_recog_copy(r, p->rec_pre);
    return spy_recog_feed(r, spy_parser_tk(type)) != 0;
}

/* The longest run of tokens from index `start` that forms a complete construct of the
 * probe kind (PT_PROBE_TEST: expression, PT_PROBE_TLSE: star_expressions,
 * PT_PROBE_BITOR: bitwise_or).  Returns the index just past it, or -1. */
static int probe(Parser *p, int kind, int start)
{
    void *r = recognizer(p, &p->rec1), *r2 = recognizer(p, &p->rec2);
    int best = -1;
    spy_recog_init(r);
    if (!spy_recog_feed(r, spy_parser_tk(kind))) {
        return -1;
    }
    for (int j = start;; j++) {
        int type = look(p, j)->type;
        if (type == T_ENDMARKER || !spy_recog_feed(r, spy_parser_tk(type))) {
            break;
        }
        spy_recog_copy(r2, r);
        if (spy_recog_feed(r2, spy_parser_tk(PT_PROBE_END)) == 1 && spy_recog_feed(r2, 0) == 2) {
            best = j + 1;
        }
        if ((j & 63) == 0) {
            spy_charge(p->vm, 1);
        }
    }
    return best;
}

/* Parses tokens [start, end) as a construct of the probe kind with a second lemon parser
 * (actions included) and returns its node, or NULL.  The Parser's state is restored. */
static Node *parse_range(Parser *p, int kind, int start, int end)
{
    if (!p->lemon2) {
        p->lemon2 = spy_arena_alloc(p->vm, p->arena, spy_lemon_size());
    }
    Parser saved = *p;
    p->err = p->derr = 0;
    p->asg_first = p->asg_bad = p->asg_yield = NULL;
    p->probe_result = NULL;
    spy_lemonInit(p->lemon2, p);
    Token t;
    memset(&t, 0, sizeof t);
    spy_lemon(p->lemon2, spy_parser_tk(kind), t);
    for (int i = start; i < end && !p->err && !p->overflow; i++) {
        p->pos = i;
        spy_lemon(p->lemon2, spy_parser_tk(p->toks[i].type), p->toks[i]);
    }
    if (!p->err && !p->overflow) {
        spy_lemon(p->lemon2, spy_parser_tk(PT_PROBE_END), t);
        spy_lemon(p->lemon2, 0, t);
    }
    Node *n = p->err || p->overflow ? NULL : p->probe_result;
    *p = saved;
    return n;
}

/* The end of the node that tokens [start, end) parse to (CPython's ranges end at nodes,
 * which exclude enclosing parentheses); the last token's end if it does not parse. */
static void node_end(Parser *p, int kind, int start, int end, int *line, int *col)
{
    Node *n = parse_range(p, kind, start, end);
    if (n) {
        *line = n->end_line;
        *col = n->end_col;
    } else {
        *line = p->toks[end - 1].end_line;
        *col = p->toks[end - 1].end_col;
    }
}

/* ================================================================ targets */

static int is_bitor(const Node *e);

/* Can this token start a bitwise_or expression? */
static int starts_bitor(int type)
{
    switch (type) {
    case T_NAME: case T_INT: case T_FLOAT: case T_IMAG: case T_STRING: case T_FSTRING_START:
    case T_LPAR: case T_LSQB: case T_LBRACE: case T_MINUS: case T_PLUS: case T_TILDE:
    case T_AWAIT: case T_NONE: case T_TRUE: case T_FALSE: case T_ELLIPSIS:
        return 1;
    default:
        return 0;
    }
}

/* CPython's `!(list|tuple|genexp|'True'|'None'|'False')` lookahead: does the expression
 * begin with one of those atoms? */
static int begins_with_display(Node *e)
{
    for (;;) {
        if (e->parens) {
            return (e->kind == N_TUPLE && e->parens > 1) || e->kind == N_GENEXP ||
                   (e->kind == N_TUPLE && e->parens == 1 && e->col == e->pcol &&
                    e->line == e->pline);
        }
        switch (e->kind) {
        case N_BINOP: case N_ATTRIBUTE: case N_SUBSCRIPT: case N_CALL:
            e = e->a;
            break;
        case N_LIST: case N_CONST_TRUE: case N_CONST_NONE: case N_CONST_FALSE:
            return 1;
        default:
            return 0;
        }
    }
}

void spy_parser_resolve_targets(Parser *p)
{
    Node *first = p->asg_first, *bad = p->asg_bad, *yield = p->asg_yield;
    p->asg_bad = p->asg_yield = NULL;
    if (!first) {
        return;
    }
    /* invalid_named_expression on the last element of the first target group: fires when
     * it is followed by `= bitwise_or` and then neither '=' nor ':='. */
    Node *last = first;
    if (first->kind == N_TUPLE && first->parens == 0) {
        last = first->list->items[first->list->n - 1];
    }
    int plain = !is_bitor(last);
    int end = plain ? -1 : probe(p, PT_PROBE_BITOR, p->asg_rhs);
    if (end > p->asg_rhs) {
        int after = look(p, end)->type;
        if (after != T_EQUAL && after != T_COLONEQUAL) {
            if (last->kind == N_NAME && last->parens == 0) {
                int el, ec;
                node_end(p, PT_PROBE_BITOR, p->asg_rhs, end, &el, &ec);
                spy_parser_error(p, last->line, last->col, el, ec,
                                 "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                return;
            }
            if (!begins_with_display(last)) {
                spy_parser_error_at(p, last,
                                    "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                                    spy_ast_expr_name(last));
                return;
            }
        }
    }
    if (bad) {
        spy_parser_error_at(p, bad, "cannot assign to %s", spy_ast_expr_name(bad));
    } else if (yield) {
        spy_parser_error_at(p, yield, "assignment to yield expression not possible");
    }
}

/* ================================================================ syntax error analysis */

/* The token just before the one that starts at line:col (binary search). */
const Token *spy_parser_token_before(Parser *p, int line, int col)
{
    int lo = 0, hi = p->ntoks;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        Token *t = &p->toks[mid];
        if (t->line < line || (t->line == line && t->col < col)) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo > 0 ? &p->toks[lo - 1] : &p->toks[0];
}

static void error_at_tok(Parser *p, int exc, int i, const char *msg)
{
    Token *t = tok_at(p, i);
    if (t->type == T_ENDMARKER || t->type == T_INDENT || t->type == T_DEDENT) {
        /* the lexer gives these CPython's 1-based "how far it read" column */
        record(p, exc, t->line, t->col - 1, t->line, -2, msg);
    } else if (t->type == T_FSTRING_START) {
        /* CPython's f-string is one token */
        int d = 0, k = i + 1;
        for (;; k++) {
            int tt = ttype(p, k);
            if (tt == T_FSTRING_START) {
                d++;
            } else if (tt == T_FSTRING_END && d-- == 0) {
                break;
            } else if (tt == T_ENDMARKER) {
                break;
            }
        }
        Token *e = tok_at(p, k);
        t = tok_at(p, i);
        record(p, exc, t->line, t->col, e->end_line, e->end_col, msg);
    } else {
        record(p, exc, t->line, t->col, t->end_line, t->end_col, msg);
    }
}

/* Index of the first token of the logical line holding token i. */
static int line_start(Parser *p, int i)
{
    while (i > 0) {
        int t = ttype(p, i - 1);
        if (t == T_NEWLINE || t == T_INDENT || t == T_DEDENT) {
            break;
        }
        i--;
    }
    return i;
}

/* Bracket depth just before token i (f-string fields count, as CPython 3.11 parses
 * their expressions in parentheses). */
static int depth_at(Parser *p, int i)
{
    int d = 0;
    for (int k = 0; k < i; k++) {
        switch (ttype(p, k)) {
        case T_LPAR: case T_LSQB: case T_LBRACE: case T_FIELD_START:
            d++;
            break;
        case T_RPAR: case T_RSQB: case T_RBRACE: case T_FIELD_END:
            d--;
            break;
        default:
            break;
        }
    }
    return d;
}

static const char *block_name(int kw)
{
    switch (kw) {
    case T_IF: return "'if' statement";
    case T_ELIF: return "'elif' statement";
    case T_ELSE: return "'else' statement";
    case T_WHILE: return "'while' statement";
    case T_FOR: return "'for' statement";
    case T_TRY: return "'try' statement";
    case T_EXCEPT: return "'except' statement";
    case T_FINALLY: return "'finally' statement";
    case T_WITH: return "'with' statement";
    case T_DEF: return "function definition";
    case T_CLASS: return "class definition";
    default: return NULL;
    }
}

static int is_name(Parser *p, int i, const char *s)
{
    Token *t = tok_at(p, i);
    return t->type == T_NAME && t->slen == strlen(s) && memcmp(t->sval, s, t->slen) == 0;
}

/* Is `e` a disjunction (CPython's rule), i.e. not a lambda, if-else, walrus, ...? */
static int is_disjunction(const Node *e)
{
    switch (e->kind) {
    case N_IFEXP: case N_LAMBDA: case N_NAMEDEXPR: case N_STARRED: case N_YIELD:
    case N_YIELD_FROM: case N_SLICE: case N_KEYWORD: case N_COMPREHENSION:
        return e->parens > 0;
    default:
        return 1;
    }
}

static int is_bitor(const Node *e)
{
    if (e->parens) {
        return 1;
    }
    switch (e->kind) {
    case N_BOOLOP: case N_COMPARE: case N_IFEXP: case N_LAMBDA: case N_NAMEDEXPR:
    case N_STARRED: case N_YIELD: case N_YIELD_FROM: case N_SLICE: case N_KEYWORD:
        return 0;
    case N_UNARY:
        return e->op != UO_NOT;
    default:
        return 1;
    }
}

/* The expression built last, if it ends exactly at the end of token i. */
static Node *expr_ending_at(Parser *p, int i)
{
    Node *e = p->last_expr;
    Token *t = tok_at(p, i);
    if (i < 0 || !e || e->pend_line != t->end_line || e->pend_col != t->end_col) {
        return NULL;
    }
    return e;
}

static void set_msg(Parser *p, const char *msg)
{
    p->err_msg = msg;
}

static const char *fmt(Parser *p, const char *f, ...) __attribute__((format(printf, 2, 3)));
static const char *fmt(Parser *p, const char *f, ...)
{
    va_list ap;
    va_start(ap, f);
    const char *s = vformat(p, f, ap);
    va_end(ap);
    return s;
}

static int analyze_tokens(Parser *p, int xi)
{
    Token x = *tok_at(p, xi);
    int prev = ttype(p, xi - 1);
    int ls = line_start(p, xi);
    int kw = ttype(p, ls);

    if (x.type == T_INDENT) {
        error_at_tok(p, E_IndentationError, xi, "unexpected indent");
        return 1;
    }
    /* `if x:` NEWLINE not followed by an indented block */
    if (prev == T_NEWLINE && ttype(p, xi - 2) == T_COLON) {
        int hs = line_start(p, xi - 2);
        const char *what = block_name(ttype(p, hs));
        if (what) {
            error_at_tok(p, E_IndentationError, xi,
                         fmt(p, "expected an indented block after %s on line %d", what,
                             tok_at(p, hs)->line));
            return 1;
        }
    }
    /* f"{}" */
    if (prev == T_FIELD_START && (x.type == T_FIELD_END || x.type == T_FIELD_CONV ||
                                  x.type == T_FIELD_SPEC || x.type == T_FIELD_DEBUG)) {
        int d = 0, k = xi;
        for (;; k++) {
            int t = ttype(p, k);
            if (t == T_FSTRING_START) {
                d++;
            } else if (t == T_FSTRING_END) {
                if (d == 0) {
                    break;
                }
                d--;
            } else if (t == T_ENDMARKER) {
                break;
            }
        }
        Token *e = tok_at(p, k);
        record(p, E_SyntaxError, e->end_line, e->end_col, e->end_line, e->end_col,
               "f-string: empty expression not allowed");
        return 1;
    }
    /* def f(x=): */
    if (prev == T_EQUAL && (x.type == T_RPAR || x.type == T_COMMA) && kw == T_DEF &&
        depth_at(p, xi) == depth_at(p, ls) + 1) {
        error_at_tok(p, E_SyntaxError, xi - 1, "expected default value expression");
        return 1;
    }
    /* def f(a, (b, c)): Python 2 tuple parameters */
    if (x.type == T_LPAR && kw == T_DEF && (prev == T_COMMA || prev == T_LPAR) &&
        depth_at(p, xi) == depth_at(p, ls) + 1) {
        int k = xi + 1, names = 0;
        while (ttype(p, k) == T_NAME) {
            names++;
            k++;
            if (ttype(p, k) != T_COMMA) {
                break;
            }
            k++;
        }
        if (names > 0 && ttype(p, k) == T_RPAR) {
            Token *r = tok_at(p, k);
            record(p, E_SyntaxError, x.line, x.col, r->end_line, r->end_col,
                   "Function parameters cannot be parenthesized");
            return 1;
        }
    }
    /* missing ':' after a compound statement header */
    if (kw == T_DEF && xi == ls + 2 && prev == T_NAME && x.type != T_LPAR) {
        error_at_tok(p, E_SyntaxError, xi, "expected '('");
        return 1;
    }
    if (x.type != T_COLON && accepts(p, T_COLON)) {
        int forced = ((kw == T_TRY || kw == T_FINALLY || kw == T_ELSE) && xi == ls + 1) ||
                     (kw == T_DEF && depth_at(p, xi) == depth_at(p, ls));
        int at_nl = x.type == T_NEWLINE &&
                    (kw == T_IF || kw == T_ELIF || kw == T_WHILE || kw == T_FOR ||
                     kw == T_WITH || kw == T_CLASS || kw == T_EXCEPT);
        if (forced || at_nl) {
            error_at_tok(p, E_SyntaxError, xi, "expected ':'");
            return 1;
        }
    }
    /* def f() -> NEWLINE: the optional annotation is dropped, ':' expected at '->' */
    if (kw == T_DEF && prev == T_ARROW && depth_at(p, xi) == depth_at(p, ls)) {
        error_at_tok(p, E_SyntaxError, xi - 1, "expected ':'");
        return 1;
    }
    /* `f(x):` NEWLINE: not an annotation target, so CPython never read past the ':' */
    if (prev == T_COLON && block_name(kw) == NULL && kw != T_LAMBDA &&
        depth_at(p, xi - 1) == depth_at(p, ls)) {
        Node *t = expr_ending_at(p, xi - 2);
        if (t && !(t->kind == N_NAME || t->kind == N_ATTRIBUTE || t->kind == N_SUBSCRIPT ||
                   t->kind == N_TUPLE || t->kind == N_LIST)) {
            error_at_tok(p, E_SyntaxError, xi - 1, "invalid syntax");
            return 1;
        }
    }
    /* `2 := x`, `a.b :=` without a valid right side: invalid at the ':=' */
    if (prev == T_COLONEQUAL && !(ttype(p, xi - 2) == T_NAME && ttype(p, xi - 3) != T_DOT)) {
        error_at_tok(p, E_SyntaxError, xi - 1, "invalid syntax");
        return 1;
    }
    /* a try block without handlers */
    if (x.type != T_EXCEPT && x.type != T_FINALLY && accepts(p, T_FINALLY) &&
        accepts(p, T_EXCEPT) && !accepts(p, T_ELSE)) {
        error_at_tok(p, E_SyntaxError, xi, "expected 'except' or 'finally' block");
        return 1;
    }
    /* `except A, B:` */
    int has_as = 0;
    for (int k = ls; k < xi; k++) {
        has_as |= ttype(p, k) == T_AS;
    }
    if (kw == T_EXCEPT && x.type == T_COMMA && xi > ls + 1 && !has_as &&
        depth_at(p, xi) == depth_at(p, ls) && probe(p, PT_PROBE_TEST, xi + 1) > xi + 1) {
        int d = 0;
        for (int k = xi;; k++) {
            int t = ttype(p, k);
            if (t == T_LPAR || t == T_LSQB || t == T_LBRACE) {
                d++;
            } else if (t == T_RPAR || t == T_RSQB || t == T_RBRACE) {
                d--;
            } else if ((t == T_COLON && d == 0) || t == T_NEWLINE || t == T_ENDMARKER) {
                if (t == T_COLON) {
                    Token *a = tok_at(p, ls + 1), *b = tok_at(p, k - 1);
                    if (ttype(p, ls + 1) == T_STAR) {
                        a = tok_at(p, ls + 2);
                    }
                    record(p, E_SyntaxError, a->line, a->col, b->end_line, b->end_col,
                           "multiple exception types must be parenthesized");
                    return 1;
                }
                break;
            }
        }
    }
    return 0;
}

/* CPython's `a` for its expression rules: the innermost disjunction that ends where `e`
 * ends (a lambda body, a slice bound, a walrus or keyword value, a starred operand...). */
static Node *inner_disjunction(Node *e)
{
    for (;;) {
        if (e->parens) {
            return e;
        }
        switch (e->kind) {
        case N_LAMBDA: case N_NAMEDEXPR:
            e = e->b;
            break;
        case N_STARRED: case N_YIELD: case N_YIELD_FROM: case N_AWAIT:
            if (!e->a || e->kind == N_AWAIT) {
                return e;
            }
            e = e->a;
            break;
        case N_TUPLE:
            if (e->list->n == 0) {
                return e;
            }
            e = e->list->items[e->list->n - 1];
            break;
        case N_SLICE:
            if (!e->c && !e->b) {
                return e;
            }
            e = e->c ? e->c : e->b;
            break;
        case N_IFEXP:
            /* an else branch counts unless it is a plain primary (as CPython behaves) */
            if (e->c && (e->c->parens || e->c->kind == N_BINOP || e->c->kind == N_UNARY ||
                         e->c->kind == N_BOOLOP || e->c->kind == N_COMPARE)) {
                e = e->c;
                break;
            }
            return e;
        default:
            return e;
        }
    }
}

/* The first token index of the simple statement holding token i. */
static int stmt_start(Parser *p, int i)
{
    int d = 0;
    while (i > 0) {
        int t = ttype(p, i - 1);
        if (t == T_RPAR || t == T_RSQB || t == T_RBRACE) {
            d++;
        } else if (t == T_LPAR || t == T_LSQB || t == T_LBRACE) {
            d--;
        } else if (d <= 0 && (t == T_NEWLINE || t == T_INDENT || t == T_DEDENT || t == T_SEMI)) {
            break;
        }
        i--;
    }
    return i;
}

/* CPython's "Perhaps you forgot a comma?": the disjunction `e` directly followed by an
 * expression starting at token xi, inside brackets. */
static int comma_check(Parser *p, Node *e, int xi)
{
    int type = ttype(p, xi);
    /* comprehension iterables and conditions are not `expression`s (a for statement's
     * iterable is) */
    const Token *before = spy_parser_token_before(p, e->pline, e->pcol);
    if (before->type == T_IF ||
        (before->type == T_IN && ttype(p, line_start(p, xi)) != T_FOR)) {
        return 0;
    }
    /* nor are NAME STRING pairs or soft keywords at the start of `e` */
    Node *lead = e;
    while (lead->parens == 0 && (lead->kind == N_BINOP || lead->kind == N_COMPARE ||
                                  lead->kind == N_ATTRIBUTE || lead->kind == N_SUBSCRIPT ||
                                  lead->kind == N_CALL)) {
        lead = lead->a;
    }
    if (lead->kind == N_NAME && lead->parens == 0 &&
        (strcmp(lead->str, "match") == 0 || strcmp(lead->str, "case") == 0 ||
         strcmp(lead->str, "_") == 0)) {
        return 0;
    }
    if (e->kind == N_NAME && e->parens == 0 && (type == T_STRING || type == T_FSTRING_START)) {
        return 0;
    }
    if (!is_disjunction(e)) {
        return 0;
    }
    /* CPython reads the second expression even outside brackets (and so may hit the end
     * of input inside a bracket opened there). */
    int end = probe(p, PT_PROBE_TEST, xi);
    if (end > xi && depth_at(p, xi) > 0) {
        int el, ec;
        node_end(p, PT_PROBE_TEST, xi, end, &el, &ec);
        record(p, E_SyntaxError, e->line, e->col, el, ec,
               "invalid syntax. Perhaps you forgot a comma?");
        return 1;
    }
    return 0;
}

/* The first token of the expression element that holds token i (after the nearest
 * separator at the same bracket depth). */
static int element_start(Parser *p, int i)
{
    int d = 0;
    for (int k = i - 1; k >= 0; k--) {
        int t = ttype(p, k);
        if (t == T_RPAR || t == T_RSQB || t == T_RBRACE) {
            d++;
            continue;
        }
        if (t == T_LPAR || t == T_LSQB || t == T_LBRACE) {
            if (d == 0) {
                return k + 1;
            }
            d--;
            continue;
        }
        if (d > 0) {
            continue;
        }
        switch (t) {
        case T_COMMA: case T_COLON: case T_EQUAL: case T_SEMI: case T_NEWLINE: case T_INDENT:
        case T_DEDENT: case T_RETURN: case T_IN: case T_IF: case T_ELSE: case T_LAMBDA:
        case T_ASSERT: case T_DEL: case T_YIELD: case T_FROM: case T_WHILE: case T_FOR:
        case T_ELIF: case T_WITH: case T_AS: case T_RAISE: case T_COLONEQUAL:
        case T_FIELD_START: case T_PLUSEQUAL: case T_MINEQUAL: case T_STAREQUAL:
        case T_SLASHEQUAL: case T_DSLASHEQUAL: case T_PERCENTEQUAL: case T_ATEQUAL:
        case T_AMPEREQUAL: case T_VBAREQUAL: case T_CIRCUMFLEXEQUAL: case T_LSHIFTEQUAL:
        case T_RSHIFTEQUAL: case T_DSTAREQUAL:
            return k + 1;
        default:
            break;
        }
    }
    return 0;
}

/* `print x` where the error is at `print` itself */
static int legacy_print(Parser *p, int xi)
{
    if (!(is_name(p, xi, "print") || is_name(p, xi, "exec"))) {
        return 0;
    }
    int next = ttype(p, xi + 1);
    Token *t = tok_at(p, xi);
    if (next == T_LPAR ||
        !(starts_bitor(next) || next == T_STAR || next == T_NOT || next == T_LAMBDA)) {
        return 0;
    }
    int end = probe(p, PT_PROBE_TLSE, xi + 1);
    if (end <= xi + 1) {
        return 0;
    }
    const char *name = is_name(p, xi, "print") ? "print" : "exec";
    Token *b = tok_at(p, end - 1);
    record(p, E_SyntaxError, t->line, t->col, b->end_line, b->end_col,
           fmt(p, "Missing parentheses in call to '%s'. Did you mean %s(...)?", name, name));
    return 1;
}

/* `f(yield x)`, `a[]`: when a call or subscript fails right inside its bracket and the
 * bracket alone is a valid expression, CPython reads `f (yield x)` as two expressions. */
static int trailer_as_atom(Parser *p, int xi)
{
    int d = 0, o;
    for (o = xi - 1; o >= 0; o--) {
        int t = ttype(p, o);
        if (t == T_RPAR || t == T_RSQB || t == T_RBRACE) {
            d++;
        } else if (t == T_LPAR || t == T_LSQB || t == T_LBRACE) {
            if (d == 0) {
                break;
            }
            d--;
        } else if (t == T_NEWLINE || t == T_INDENT || t == T_DEDENT) {
            return 0;
        }
    }
    if (o <= 0 || o != xi - 1 || (ttype(p, o) != T_LPAR && ttype(p, o) != T_LSQB) ||
        depth_at(p, o) == 0) {
        return 0;
    }
    Node *f = expr_ending_at(p, o - 1);
    if (!f || !is_disjunction(f)) {
        return 0;
    }
    int end = probe(p, PT_PROBE_TEST, o);
    if (end <= xi) {
        return 0;
    }
    /* the first expression is all of the element up to the bracket (`-a[]`, `b + a[]`) */
    Token *a = tok_at(p, element_start(p, o));
    Token *b = tok_at(p, end - 1);
    record(p, E_SyntaxError, a->line, a->col, b->end_line, b->end_col,
           "invalid syntax. Perhaps you forgot a comma?");
    return 1;
}

static int analyze_exprs(Parser *p, int xi)
{
    Token x = *tok_at(p, xi);
    if (trailer_as_atom(p, xi)) {
        return 1;
    }
    /* f(( **k)) */
    if (x.type == T_DSTAR && ttype(p, xi - 1) == T_LPAR) {
        int end = probe(p, PT_PROBE_TEST, xi + 1);
        if (end > xi + 1 && ttype(p, end) == T_RPAR) {
            error_at_tok(p, E_SyntaxError, xi, "cannot use double starred expression here");
            return 1;
        }
    }
    if (ttype(p, xi - 1) == T_NOT && x.type != T_IN) {
        /* `a not b` (not `not in`) */
        Node *a = expr_ending_at(p, xi - 2);
        if (a && comma_check(p, inner_disjunction(a), xi - 1)) {
            return 1;
        }
    }
    Node *top = expr_ending_at(p, xi - 1);
    if (!top) {
        return legacy_print(p, xi);
    }
    /* `a if b` without else */
    if (top->kind == N_IFEXP && !top->c && x.type != T_ELSE && x.type != T_COLON) {
        record(p, E_SyntaxError, top->b->line, top->b->col, top->a->end_line, top->a->end_col,
               "expected 'else' after 'if' expression");
        return 1;
    }
    Node *e = inner_disjunction(top);
    /* print "x" */
    if (e->kind == N_NAME && e->parens == 0 && x.type != T_LPAR &&
        (strcmp(e->str, "print") == 0 || strcmp(e->str, "exec") == 0)) {
        int end = probe(p, PT_PROBE_TLSE, xi);
        if (end > xi) {
            Token *b = tok_at(p, end - 1);
            record(p, E_SyntaxError, e->line, e->col, b->end_line, b->end_col,
                   fmt(p, "Missing parentheses in call to '%s'. Did you mean %s(...)?", e->str,
                       e->str));
            return 1;
        }
    }
    /* `if x = 1:`, `[a = 1]` */
    if (x.type == T_EQUAL && is_bitor(top) && accepts(p, T_COLONEQUAL)) {
        int end = probe(p, PT_PROBE_BITOR, xi + 1);
        if (end > xi + 1) {
            int after = look(p, end)->type;
            if (after != T_EQUAL && after != T_COLONEQUAL) {
                if (top->kind == N_NAME && top->parens == 0) {
                    int el, ec;
                    node_end(p, PT_PROBE_BITOR, xi + 1, end, &el, &ec);
                    record(p, E_SyntaxError, top->line, top->col, el, ec,
                           "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                    return 1;
                }
                if (!begins_with_display(top)) {
                    record(p, E_SyntaxError, top->line, top->col, top->end_line, top->end_col,
                           fmt(p, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                               spy_ast_expr_name(top)));
                    return 1;
                }
            }
        }
    }
    /* `a.b := 1` as a statement */
    const Token *st = tok_at(p, stmt_start(p, xi));
    if (x.type == T_COLONEQUAL && !(top->kind == N_NAME && top->parens == 0) &&
        !(top->parens == 0 && (top->kind == N_TUPLE || top->kind == N_STARRED)) &&
        top->pline == st->line && top->pcol == st->col &&
        probe(p, PT_PROBE_TEST, xi + 1) > xi + 1) {
        record(p, E_SyntaxError, top->line, top->col, top->end_line, top->end_col,
               fmt(p, "cannot use assignment expressions with %s", spy_ast_expr_name(top)));
        return 1;
    }
    /* [*a for a in b], {**a for a in b} */
    if (x.type == T_FOR) {
        const Token *b = spy_parser_token_before(p, top->pline, top->pcol);
        if (top->kind == N_STARRED && top->parens == 0 &&
            (b->type == T_LSQB || b->type == T_LPAR || b->type == T_LBRACE)) {
            record(p, E_SyntaxError, top->line, top->col, top->end_line, top->end_col,
                   "iterable unpacking cannot be used in comprehension");
            return 1;
        }
        if (b->type == T_DSTAR && spy_parser_token_before(p, b->line, b->col)->type == T_LBRACE) {
            record(p, E_SyntaxError, b->line, b->col, top->end_line, top->end_col,
                   "dict unpacking cannot be used in dict comprehension");
            return 1;
        }
    }
    /* {1: 2, 3} */
    if (x.type != T_COLON && accepts(p, T_COLON) && !accepts(p, T_COMMA) &&
        !accepts(p, T_RBRACE) && depth_at(p, xi) > 0) {
        record(p, E_SyntaxError, top->line, top->end_col - 1, top->end_line, -1,
               "':' expected after dictionary key");
        return 1;
    }
    /* two expressions side by side */
    if ((x.type == T_NOT || starts_bitor(x.type) || x.type == T_LAMBDA) &&
        comma_check(p, e, xi)) {
        return 1;
    }
    return legacy_print(p, xi);
    return 0;
}

/* CPython's invalid_for_target / invalid_with_item: when a for target (or a with target)
 * fails, it is read again as an expression, and an invalid target in it is reported. */
static int analyze_target(Parser *p, int xi)
{
    int d = 0, k;
    for (k = xi - 1; k >= 0; k--) {
        int t = ttype(p, k);
        if (t == T_RPAR || t == T_RSQB || t == T_RBRACE) {
            d++;
        } else if (t == T_LPAR || t == T_LSQB || t == T_LBRACE) {
            if (d == 0) {
                return 0;
            }
            d--;
        } else if (d == 0) {
            if (t == T_FOR || t == T_AS) {
                break;
            }
            if (t == T_IN || t == T_NEWLINE || t == T_INDENT || t == T_DEDENT || t == T_COLON ||
                t == T_SEMI || t == T_EQUAL || t == T_IF) {
                return 0;
            }
        }
    }
    if (k < 0) {
        return 0;
    }
    int is_for = ttype(p, k) == T_FOR;
    if (!is_for && ttype(p, line_start(p, k)) != T_WITH) {
        return 0;
    }
    int end = probe(p, is_for ? PT_PROBE_TLSE : PT_PROBE_TEST, k + 1);
    if (end <= k + 1) {
        return 0;
    }
    if (!is_for) {
        int after = ttype(p, end);
        if (after != T_COMMA && after != T_RPAR && after != T_COLON) {
            return 0;
        }
    }
    Node *t = parse_range(p, is_for ? PT_PROBE_TLSE : PT_PROBE_TEST, k + 1, end);
    Node *bad = t ? spy_ast_invalid_target(t, is_for ? TG_FOR : TG_STAR) : NULL;
    if (!bad) {
        return 0;
    }
    record(p, E_SyntaxError, bad->line, bad->col, bad->end_line, bad->end_col,
           fmt(p, "cannot assign to %s", spy_ast_expr_name(bad)));
    return 1;
}

/* `match x:` blocks are recognised only to be rejected. */
static int analyze_match(Parser *p, int xi)
{
    int ls = line_start(p, xi);
    if (!is_name(p, ls, "match")) {
        return 0;
    }
    int next = ttype(p, ls + 1);
    if (!starts_bitor(next) && next != T_STAR && next != T_NOT && next != T_LAMBDA) {
        return 0;
    }
    int d = 0;
    for (int k = ls + 1;; k++) {
        int t = ttype(p, k);
        if (t == T_LPAR || t == T_LSQB || t == T_LBRACE) {
            d++;
        } else if (t == T_RPAR || t == T_RSQB || t == T_RBRACE) {
            d--;
        } else if (t == T_NEWLINE || t == T_ENDMARKER) {
            if (t == T_NEWLINE && ttype(p, k - 1) == T_COLON && ttype(p, k + 1) == T_INDENT) {
                Token *m = tok_at(p, ls);
                record(p, E_SyntaxError, m->line, m->col, m->end_line, m->end_col,
                       "'match' statement is not supported");
                return 1;
            }
            return 0;
        }
    }
}

static void analyze(Parser *p)
{
    int xi = p->err_tok;
    p->err = 0;
    replay_before(p, xi);
    if (p->asg_bad || p->asg_yield) {
        spy_parser_resolve_targets(p);
        if (p->err) {
            return;
        }
    }
    if (analyze_match(p, xi) || analyze_tokens(p, xi) || analyze_target(p, xi)) {
        return;
    }
    if (!analyze_exprs(p, xi)) {
        if (ttype(p, xi) == T_DEDENT) {
            error_at_tok(p, E_IndentationError, xi, "unexpected unindent");
        } else {
            error_at_tok(p, E_SyntaxError, xi, "invalid syntax");
        }
    }
}

/* The FIELD_START of the f-string field whose expression holds position line:col, or -1. */
static int field_at(Parser *p, int line, int col)
{
    int d = 0;
    int *stack = NULL;
    for (int k = 0; k < p->ntoks; k++) {
        Token *t = &p->toks[k];
        if (t->line > line || (t->line == line && t->col > col)) {
            break;
        }
        if (t->type == T_FIELD_START) {
            if (!stack) {
                stack = spy_arena_alloc(p->vm, p->arena, (size_t)p->ntoks * sizeof(int));
            }
            stack[d++] = k;
        } else if (t->type == T_FIELD_END || t->type == T_FIELD_CONV ||
                   t->type == T_FIELD_SPEC || t->type == T_FIELD_DEBUG) {
            if (d > 0 && (t->line < line || (t->line == line && t->col < col))) {
                d--;
            }
        }
    }
    return d > 0 ? stack[d - 1] : -1;
}

/* ================================================================ after an error */

static SPY_NORETURN void fail(Parser *p)
{
    VM *vm = p->vm;
    if (p->err == ERR_SYNTAX) {
        analyze(p);
    }
    int field = field_at(p, p->err_line, p->err_col);
    if (field >= 0 && p->err_exc == E_SyntaxError) {
        /* CPython 3.11 compiles a field's "(expr)" on its own: columns are relative to
         * the '{'. */
        Token *b = tok_at(p, field);
        set_msg(p, fmt(p, "f-string: %s", p->err_msg));
        if (p->err_line == b->line) {
            p->err_col -= b->col;
        }
        if (p->err_end_line == b->line) {
            p->err_end_col -= b->col;
        }
    }
    /* As CPython, tokenize the rest: a tokenizer error there takes precedence, and so
     * does a bracket left open on a line before the furthest token the parser read. */
    /* An action ran on the token after its rule: CPython had read only up to the rule's
     * last token. */
    int ref = p->err_action && p->pos > 0 ? p->pos - 1 : p->pos;
    if (p->seen > ref) {
        ref = p->seen;
    }
    spy_lex_drain(p->lx, tok_at(p, ref)->line);
    spy_raise_syntax(vm, vm->t_exc[p->err_exc], p->filename, p->src, p->srclen, p->err_line,
                     p->err_col, p->err_end_line, p->err_end_col, "%s", p->err_msg);
}

/* ================================================================ driver */

/* Is the '(' at token i (after `with`) the start of parenthesized with-items?  As CPython:
 * a ',' or 'as' directly inside, and ':' right after the matching ')'. */
static int with_items_paren(Parser *p, int i)
{
    int d = 0, marker = 0;
    for (int k = i;; k++) {
        int t = tok_at(p, k)->type;
        if (t == T_ENDMARKER || t == T_NEWLINE) {
            return 0;
        }
        if (t == T_LPAR || t == T_LSQB || t == T_LBRACE) {
            d++;
        } else if (t == T_RPAR || t == T_RSQB || t == T_RBRACE) {
            if (--d == 0) {
                return marker && tok_at(p, k + 1)->type == T_COLON;
            }
        } else if (d == 1 && (t == T_COMMA || t == T_AS)) {
            marker = 1;
        }
    }
}

static void feed(Parser *p, int type, const Token *t)
{
    spy_lemon(p->lemon, spy_parser_tk(type), *t);
}

Node *spy_parse(VM *vm, Arena *a, const char *src, size_t len, const char *filename,
                CompileMode mode)
{
    Parser *p = spy_arena_alloc(vm, a, sizeof(Parser));
    p->vm = vm;
    p->arena = a;
    p->src = src;
    p->srclen = len;
    p->filename = filename;
    p->mode = mode;
    p->lx = spy_lex_new(vm, a, src, len, filename);
    p->lemon = spy_arena_alloc(vm, a, spy_lemon_size());
    spy_lemonInit(p->lemon, p);

    Token start;
    memset(&start, 0, sizeof start);
    start.line = start.end_line = 1;
    feed(p, mode == MODE_EVAL ? PT_MODE_EVAL : PT_MODE_EXEC, &start);
    for (p->pos = 0;; p->pos++) {
        Token t = *tok_at(p, p->pos);
        int type = t.type;
        if (type == T_LPAR && p->pos > 0 && p->toks[p->pos - 1].type == T_WITH &&
            with_items_paren(p, p->pos)) {
            type = PT_WITH_LPAR;
            if (p->nwith == p->capwith) {
                int ncap = p->capwith ? p->capwith * 2 : 8;
                p->with_lpar = spy_arena_grow(vm, a, p->with_lpar,
                                              (size_t)p->capwith * sizeof(int),
                                              (size_t)ncap * sizeof(int));
                p->capwith = ncap;
            }
            p->with_lpar[p->nwith++] = p->pos;
        }
        feed(p, type, &t);
        if (p->err || p->overflow) {
            break;
        }
        if (type == T_ENDMARKER) {
            spy_lemon(p->lemon, 0, t);
            break;
        }
        if ((p->pos & 31) == 31) {
            spy_charge(vm, 1);
        }
    }
    if (p->err || !p->result) {
        if (!p->err) {
            p->err = ERR_SYNTAX;
            p->err_tok = p->pos;
        }
        fail(p);
    }
    if (p->derr) {
        spy_raise_syntax(vm, EXC(vm, SyntaxError), filename, src, len, p->derr_line,
                         p->derr_col, p->derr_end_line, p->derr_end_col, "%s", p->derr_msg);
    }
    return p->result;
}
