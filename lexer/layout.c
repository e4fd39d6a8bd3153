/* layout.c: the lexer's public entry points and CPython 3.11's layout rules on top of the
 * raw scanner (lexer.re): NEWLINE / INDENT / DEDENT (tabs to multiples of 8, the
 * alternate-column TabError check, blank and comment-only lines ignored, implicit joining
 * inside brackets), the bracket stack, the end of input, and error reporting.
 *
 * Invariants: INDENT/DEDENT are only produced outside brackets; the bracket stack and
 * indent stack are fixed arrays bounded by SPY_MAX_BRACKETS / SPY_MAX_INDENT (CPython's
 * own limits); an error found in a string literal's contents waits for the token after
 * the run of adjacent literals, where CPython reports it (see LexErr). */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "lexer_internal.h"

/* {================================================================ errors */

SPY_NORETURN static void raise_now(Lexer *lx, int kind, const char *src, size_t srclen,
                                   int line, int col, int end_line, int end_col,
                                   const char *msg)
{
    VM *vm = lx->vm;
    TypeObj *type = kind == LE_TAB      ? EXC(vm, TabError)
                    : kind == LE_INDENT ? EXC(vm, IndentationError)
                                        : EXC(vm, SyntaxError);
    spy_raise_syntax(vm, type, lx->filename, src, srclen, line, col, end_line, end_col, "%s",
                     msg);
}

void spy_lex_error(Lexer *lx, int kind, int line, int col, int end_line, int end_col,
                   const char *fmt, ...)
{
    char msg[sizeof lx->err.msg];
    const char *src = lx->buf;
    size_t srclen = lx->len;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);

    FieldCtx *f = lx->field;
    if (f) {
        /* CPython 3.11 tokenizes a field's expression as the separate text
         * "(" + expression + ")", whose first line starts at the '{': columns on that line
         * are relative to it, and that text is what the error shows. */
        if (line == f->line) {
            col -= f->col;
        }
        if (end_line == f->line) {
            end_col -= f->col;
        }
        size_t nl = (size_t)(f->line - 1), n = (size_t)(f->expr_end - f->expr);
        char *fake = spy_arena_alloc(lx->vm, lx->arena, nl + n + 3);
        memset(fake, '\n', nl);
        fake[nl] = '(';
        memcpy(fake + nl + 1, f->expr, n);
        fake[nl + 1 + n] = ')';
        src = fake;
        srclen = nl + n + 2;
    }
    if (lx->jb) {
        LexErr *e = &lx->err;
        memcpy(e->msg, msg, sizeof msg);
        e->pending = true;
        e->at_next = false;
        e->kind = kind;
        e->line = line;
        e->col = col;
        e->end_line = end_line;
        e->end_col = end_col;
        e->src = src;
        e->srclen = srclen;
        longjmp(*lx->jb, 1);
    }
    raise_now(lx, kind, src, srclen, line, col, end_line, end_col, msg);
}

void spy_lex_error_at(Lexer *lx, const char *p, const char *fmt, ...)
{
    char msg[sizeof lx->err.msg];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    /* CPython's offset counts the characters before `p`: the caret goes under the last
     * character read. */
    int col = (int)(p - lx->line_start) - 1;
    while (col > 0 && ((unsigned char)lx->line_start[col] & 0xC0) == 0x80) {
        col--;
    }
    spy_lex_error(lx, LE_SYNTAX, lx->line, col, lx->line, col, "%s", msg);
}

/* The drain's stop: CPython's scan for tokenizer errors ends at a token-level error it
 * does not raise, reporting an unclosed bracket only if it was opened before the line of
 * the syntax error. */
static void drain_stop(Lexer *lx)
{
    lx->stopped = true;
    if (lx->depth > 0) {
        Bracket *b = &lx->brackets[lx->depth - 1];
        if (lx->drain_err_line > b->line) {
            lx->draining = false;
            spy_lex_error(lx, LE_SYNTAX, b->line, b->col, b->line, -1, "'%c' was never closed",
                          b->ch);
        }
    }
}

void spy_lex_soft_error(Lexer *lx, int kind, int line, int col, int end_line, int end_col,
                        const char *fmt, ...)
{
    char msg[sizeof lx->err.msg];
    if (lx->draining) {
        drain_stop(lx);
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    spy_lex_error(lx, kind, line, col, end_line, end_col, "%s", msg);
}

void spy_lex_eof_error(Lexer *lx, int line, int col)
{
    if (lx->draining) {
        drain_stop(lx);
        return;
    }
    if (lx->depth > 0) {
        Bracket *b = &lx->brackets[lx->depth - 1];
        spy_lex_error(lx, LE_SYNTAX, b->line, b->col, b->line, -1, "'%c' was never closed",
                      b->ch);
    }
    spy_lex_error(lx, LE_SYNTAX, line, col, line, -2, "unexpected EOF while parsing");
}

void spy_lex_check_bad(Lexer *lx, const char *p)
{
    if (p != lx->bad) {
        return;
    }
    *lx->bad = lx->bad_saved;
    if (lx->bad_nul) {
        /* CPython shows the line cut at the NUL, without a caret. */
        raise_now(lx, LE_SYNTAX, lx->buf, (size_t)(lx->bad_at - lx->buf), lx->bad_line, -1,
                  lx->bad_line, -1, "source code cannot contain null bytes");
    }
    const char *fn = lx->filename ? lx->filename : "<unknown>";
    size_t n = strlen(fn) + 200;
    char *msg = spy_arena_alloc(lx->vm, lx->arena, n);
    snprintf(msg, n,
             "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding "
             "declared; see https://peps.python.org/pep-0263/ for details",
             (unsigned char)*lx->bad_at, fn, lx->bad_line);
    /* No location: CPython prints this one without the "File" line. */
    spy_raise(lx->vm, EXC(lx->vm, SyntaxError), "%s", msg);
}

/* }================================================================ */

/* {================================================================ creation */

/* Length of the valid UTF-8 sequence at p (< e), or 0 (overlong forms, surrogates and
 * code points past U+10FFFF are invalid, as for CPython's decoder). */
static int utf8_valid(const unsigned char *p, const unsigned char *e)
{
    unsigned c = p[0];
    if (c < 0xC2 || c > 0xF4) {
        return 0;
    }
    int n = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (e - p < n) {
        return 0;
    }
    for (int i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80) {
            return 0;
        }
    }
    if ((c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] > 0x9F) ||
        (c == 0xF0 && p[1] < 0x90) || (c == 0xF4 && p[1] > 0x8F)) {
        return 0;
    }
    return n;
}

/* Finds the first NUL byte or invalid UTF-8 sequence and plants the sentinel at the start
 * of its line (see lexer_internal.h). */
static void find_bad(Lexer *lx)
{
    const unsigned char *p = (const unsigned char *)lx->buf;
    const unsigned char *e = p + lx->len;
    const uint64_t hi = 0x8080808080808080ull, lo = 0x0101010101010101ull;
    while (p < e) {
        if (e - p >= 8) {
            uint64_t v;
            memcpy(&v, p, 8);
            if (((v | ((v - lo) & ~v)) & hi) == 0) {
                p += 8;
                continue;
            }
        }
        if (*p == 0) {
            lx->bad_nul = true;
            break;
        }
        if (*p < 0x80) {
            p++;
            continue;
        }
        int n = utf8_valid(p, e);
        if (n == 0) {
            break;
        }
        p += n;
    }
    if (p >= e) {
        return;
    }
    const char *at = (const char *)p;
    char *ls = lx->buf + (at - lx->buf);
    while (ls > lx->buf && ls[-1] != '\n') {
        ls--;
    }
    int line = 1;
    for (const char *q = lx->buf; q < ls; q++) {
        line += *q == '\n';
    }
    lx->bad = ls;
    lx->bad_at = at;
    lx->bad_line = line;
    lx->bad_saved = *ls;
    *ls = 0;
}

Lexer *spy_lex_new(VM *vm, Arena *arena, const char *src, size_t len, const char *filename)
{
    spy_mem_precheck(vm, (double)len * 2);
    Lexer *lx = spy_arena_alloc(vm, arena, sizeof *lx);
    lx->vm = vm;
    lx->arena = arena;
    lx->filename = filename;

    /* CPython skips a UTF-8 BOM and reads with universal newlines. */
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) {
        src += 3;
        len -= 3;
    }
    char *buf = spy_arena_alloc(vm, arena, len + 2);
    size_t n;
    if (!memchr(src, '\r', len)) {
        memcpy(buf, src, len);
        n = len;
    } else {
        n = 0;
        for (size_t i = 0; i < len; i++) {
            if (src[i] == '\r') {
                buf[n++] = '\n';
                if (i + 1 < len && src[i + 1] == '\n') {
                    i++;
                }
            } else {
                buf[n++] = src[i];
            }
        }
    }
    /* CPython's file reader gives the last line a newline if it has none. */
    if (n > 0 && buf[n - 1] != '\n') {
        buf[n++] = '\n';
    }
    buf[n] = 0;
    spy_charge(vm, (int64_t)(n >> 8));
    lx->buf = buf;
    lx->len = n;
    lx->end = buf + n;
    find_bad(lx);

    lx->cur = buf;
    lx->lim = lx->bad ? lx->bad : lx->end;
    lx->line = 1;
    lx->line_start = buf;
    lx->at_bol = true;
    return lx;
}

void spy_lex_queue(Lexer *lx, const Token *t)
{
    if (lx->qlen == lx->qcap) {
        size_t cap = lx->qcap ? lx->qcap * 2 : 32;
        lx->q = lx->q ? spy_arena_grow(lx->vm, lx->arena, lx->q, lx->qcap * sizeof(Token),
                                       cap * sizeof(Token))
                      : spy_arena_alloc(lx->vm, lx->arena, cap * sizeof(Token));
        lx->qcap = cap;
    }
    lx->q[lx->qlen++] = *t;
}

/* }================================================================ */

/* {================================================================ layout */

/* Where CPython's tokenizer stands at the end of the input: the last line, and the bytes
 * of it consumed (its length with the newline). */
static void eof_pos(Lexer *lx, int *line, int *col)
{
    if (lx->len == 0) {
        *line = 1;
        *col = 0;
        return;
    }
    const char *ls = lx->end - 1;
    while (ls > lx->buf && ls[-1] != '\n') {
        ls--;
    }
    *line = lx->line - 1;
    *col = (int)(lx->end - ls);
}

/* Indentation at the start of a line (CPython's `atbol` step).  Sets lx->blank and the
 * pending INDENT/DEDENT count. */
static void bol(Lexer *lx)
{
    const char *p = lx->cur;
    int col = 0, altcol = 0, cont = 0;
    for (;;) {
        char c = *p;
        if (c == ' ') {
            col++;
            altcol++;
        } else if (c == '\t') {
            col = (col / 8 + 1) * 8;
            altcol++;
        } else if (c == '\f') {
            col = altcol = 0;
        } else if (c == '\\') {
            /* A continuation in the indentation: the first one fixes the level. */
            cont = cont ? cont : col;
            if (p[1] != '\n') {
                lx->cur = p;
                spy_lex_soft_error(lx, LE_SYNTAX, lx->line, (int)(p + 1 - lx->line_start),
                                   lx->line, -1,
                                   "unexpected character after line continuation character");
                return;
            }
            p += 2;
            lx->line++;
            lx->line_start = p;
            if (*p == 0) {
                spy_lex_check_bad(lx, p);
                if (p == lx->end) {
                    lx->cur = p;
                    spy_lex_eof_error(lx, lx->line - 1, -1);
                    return;
                }
            }
            continue;
        } else {
            break;
        }
        p++;
    }
    lx->cur = p;
    if (*p == 0) {
        spy_lex_check_bad(lx, p);
    }
    lx->blank = *p == '#' || *p == '\n';
    if (lx->blank || lx->depth > 0) {
        return;
    }
    if (cont) {
        col = altcol = cont;
    }
    int i = lx->indent;
    if (col == lx->indstack[i]) {
        if (altcol != lx->altstack[i]) {
            goto tab_error;
        }
    } else if (col > lx->indstack[i]) {
        if (i + 1 >= SPY_MAX_INDENT) {
            spy_lex_soft_error(lx, LE_INDENT, lx->line, 0, lx->line, -1,
                               "too many levels of indentation");
            return;
        }
        if (altcol <= lx->altstack[i]) {
            goto tab_error;
        }
        lx->pending++;
        i++;
        lx->indstack[i] = col;
        lx->altstack[i] = altcol;
    } else {
        while (i > 0 && col < lx->indstack[i]) {
            lx->pending--;
            i--;
        }
        if (col != lx->indstack[i]) {
            const char *nl = p;
            while (*nl != '\n' && *nl != 0) {
                nl++;
            }
            spy_lex_soft_error(lx, LE_INDENT, lx->line, (int)(nl - lx->line_start), lx->line,
                               -2, "unindent does not match any outer indentation level");
            return;
        }
        if (altcol != lx->altstack[i]) {
            goto tab_error;
        }
    }
    lx->indent = i;
    return;
tab_error:
    spy_lex_soft_error(lx, LE_TAB, lx->line, 0, lx->line, -1,
                       "inconsistent use of tabs and spaces in indentation");
}

/* INDENT, DEDENT and ENDMARKER have no column in CPython: its messages use how far the
 * tokenizer has read into the line instead, which is what `col` holds for them. */
static void mark_token(Lexer *lx, Token *t, TokType type)
{
    memset(t, 0, sizeof *t);
    t->type = type;
    if (lx->cur == lx->end) {
        eof_pos(lx, &t->line, &t->col);
    } else {
        t->line = lx->line;
        t->col = (int)(lx->cur - lx->line_start);
    }
    t->end_line = t->line;
    t->end_col = t->col;
    t->start = lx->cur;
}

static void bracket_open(Lexer *lx, const Token *t)
{
    if (lx->depth >= SPY_MAX_BRACKETS) {
        spy_lex_error_at(lx, lx->cur, "too many nested parentheses");
    }
    Bracket *b = &lx->brackets[lx->depth++];
    b->ch = *t->start;
    b->line = t->line;
    b->col = t->col;
}

static void bracket_close(Lexer *lx, const Token *t)
{
    char c = *t->start;
    if (lx->depth == 0) {
        spy_lex_error_at(lx, lx->cur, "unmatched '%c'", c);
    }
    Bracket *b = &lx->brackets[--lx->depth];
    char o = b->ch;
    if ((o == '(' && c == ')') || (o == '[' && c == ']') || (o == '{' && c == '}')) {
        return;
    }
    if (b->line != t->line) {
        spy_lex_error_at(lx, lx->cur,
                         "closing parenthesis '%c' does not match opening parenthesis '%c' "
                         "on line %d", c, o, b->line);
    }
    spy_lex_error_at(lx, lx->cur,
                     "closing parenthesis '%c' does not match opening parenthesis '%c'", c, o);
}

/* The next token after layout (f-string tokens beyond the first stay queued). */
static void next_token(Lexer *lx, Token *t)
{
    for (;;) {
        if (lx->done || lx->stopped) {
            mark_token(lx, t, T_ENDMARKER);
            return;
        }
        if (lx->at_bol) {
            lx->at_bol = false;
            bol(lx);
            if (lx->stopped) {
                continue;
            }
        }
        if (lx->pending != 0) {
            if (lx->pending < 0) {
                lx->pending++;
                mark_token(lx, t, T_DEDENT);
            } else {
                lx->pending--;
                mark_token(lx, t, T_INDENT);
            }
            return;
        }
        int k = spy_lex_scan(lx, t);
        switch (k) {
        case R_NL:
            lx->at_bol = true;
            if (lx->blank || lx->depth > 0) {
                continue;
            }
            return;
        case R_EOF:
            if (lx->stopped) {
                continue;
            }
            if (lx->depth > 0) {
                spy_lex_eof_error(lx, lx->line, 0);
                continue;
            }
            mark_token(lx, t, T_ENDMARKER);
            lx->done = true;
            return;
        case R_QUEUED:
            *t = lx->q[lx->qpos++];
            return;
        case T_LPAR:
        case T_LSQB:
        case T_LBRACE:
            bracket_open(lx, t);
            return;
        case T_RPAR:
        case T_RSQB:
        case T_RBRACE:
            bracket_close(lx, t);
            return;
        default:
            return;
        }
    }
}

/* A literal's contents failed (lx->err): CPython reports that once it has read the token
 * after the run of adjacent string literals, so read up to it (tokenizer errors on the way
 * come first) and raise there -- unless a tokenizer error follows anywhere in the rest of
 * the source, which CPython reports instead (see spy_lex_drain). */
SPY_NORETURN static void raise_deferred(Lexer *lx)
{
    Token t;
    LexErr e = lx->err;
    lx->err.pending = false;
    lx->qlen = lx->qpos = 0;
    lx->skip_content = true;
    do {
        next_token(lx, &t);
    } while (t.type == T_STRING);
    spy_lex_drain(lx, t.line);
    if (e.at_next) {
        raise_now(lx, e.kind, lx->buf, lx->len, t.line, t.col, t.end_line, t.end_col, e.msg);
    }
    raise_now(lx, e.kind, e.src ? e.src : lx->buf, e.src ? e.srclen : lx->len, e.line, e.col,
              e.end_line, e.end_col, e.msg);
}

void spy_lex_next(Lexer *lx, Token *out)
{
    if (lx->qpos < lx->qlen) {
        *out = lx->q[lx->qpos++];
        if (lx->qpos == lx->qlen) {
            lx->qpos = lx->qlen = 0;
        }
        return;
    }
    next_token(lx, out);
    if (lx->err.pending) {
        raise_deferred(lx);
    }
    if (lx->qpos == lx->qlen) {
        lx->qpos = lx->qlen = 0;
    }
}

void spy_lex_field_error(Lexer *lx, const Token *field, const Token *end, int line, int col,
                         int end_line, int end_col, const char *msg)
{
    FieldCtx fc;
    fc.expr = field->start + 1;
    fc.expr_end = end->start;
    fc.line = field->line;
    fc.col = field->col;
    lx->field = &fc;
    lx->jb = NULL;
    spy_lex_error(lx, LE_SYNTAX, line, col, end_line, end_col, "f-string: %s", msg);
}

void spy_lex_drain(Lexer *lx, int err_line)
{
    Token t;
    lx->qlen = lx->qpos = 0;
    lx->err.pending = false;
    lx->draining = true;
    lx->skip_content = true;
    lx->drain_err_line = err_line;
    do {
        next_token(lx, &t);
    } while (!lx->stopped && t.type != T_ENDMARKER);
    lx->draining = false;
    lx->skip_content = false;
    lx->done = true;
}

/* }================================================================ */

const char *spy_tok_name(TokType t)
{
    static const char *const names[T__COUNT] = {
        [T_ENDMARKER] = "ENDMARKER", [T_NEWLINE] = "NEWLINE", [T_INDENT] = "INDENT",
        [T_DEDENT] = "DEDENT", [T_NAME] = "NAME", [T_INT] = "INT", [T_FLOAT] = "FLOAT",
        [T_IMAG] = "IMAG", [T_STRING] = "STRING", [T_FSTRING_START] = "FSTRING_START",
        [T_FSTRING_MIDDLE] = "FSTRING_MIDDLE", [T_FSTRING_END] = "FSTRING_END",
        [T_FIELD_START] = "FIELD_START", [T_FIELD_END] = "FIELD_END",
        [T_FIELD_DEBUG] = "FIELD_DEBUG", [T_FIELD_CONV] = "FIELD_CONV",
        [T_FIELD_SPEC] = "FIELD_SPEC",
        [T_FALSE] = "'False'", [T_NONE] = "'None'", [T_TRUE] = "'True'", [T_AND] = "'and'",
        [T_AS] = "'as'", [T_ASSERT] = "'assert'", [T_ASYNC] = "'async'",
        [T_AWAIT] = "'await'", [T_BREAK] = "'break'", [T_CLASS] = "'class'",
        [T_CONTINUE] = "'continue'", [T_DEF] = "'def'", [T_DEL] = "'del'",
        [T_ELIF] = "'elif'", [T_ELSE] = "'else'", [T_EXCEPT] = "'except'",
        [T_FINALLY] = "'finally'", [T_FOR] = "'for'", [T_FROM] = "'from'",
        [T_GLOBAL] = "'global'", [T_IF] = "'if'", [T_IMPORT] = "'import'", [T_IN] = "'in'",
        [T_IS] = "'is'", [T_LAMBDA] = "'lambda'", [T_NONLOCAL] = "'nonlocal'",
        [T_NOT] = "'not'", [T_OR] = "'or'", [T_PASS] = "'pass'", [T_RAISE] = "'raise'",
        [T_RETURN] = "'return'", [T_TRY] = "'try'", [T_WHILE] = "'while'",
        [T_WITH] = "'with'", [T_YIELD] = "'yield'",
        [T_LPAR] = "'('", [T_RPAR] = "')'", [T_LSQB] = "'['", [T_RSQB] = "']'",
        [T_LBRACE] = "'{'", [T_RBRACE] = "'}'", [T_COLON] = "':'", [T_COMMA] = "','",
        [T_SEMI] = "';'", [T_DOT] = "'.'", [T_ELLIPSIS] = "'...'", [T_ARROW] = "'->'",
        [T_AT] = "'@'", [T_EQUAL] = "'='", [T_COLONEQUAL] = "':='", [T_PLUS] = "'+'",
        [T_MINUS] = "'-'", [T_STAR] = "'*'", [T_SLASH] = "'/'", [T_DSLASH] = "'//'",
        [T_PERCENT] = "'%'", [T_DSTAR] = "'**'", [T_LSHIFT] = "'<<'", [T_RSHIFT] = "'>>'",
        [T_AMPER] = "'&'", [T_VBAR] = "'|'", [T_CIRCUMFLEX] = "'^'", [T_TILDE] = "'~'",
        [T_LESS] = "'<'", [T_GREATER] = "'>'", [T_LESSEQUAL] = "'<='",
        [T_GREATEREQUAL] = "'>='", [T_EQEQUAL] = "'=='", [T_NOTEQUAL] = "'!='",
        [T_PLUSEQUAL] = "'+='", [T_MINEQUAL] = "'-='", [T_STAREQUAL] = "'*='",
        [T_SLASHEQUAL] = "'/='", [T_DSLASHEQUAL] = "'//='", [T_PERCENTEQUAL] = "'%='",
        [T_ATEQUAL] = "'@='", [T_AMPEREQUAL] = "'&='", [T_VBAREQUAL] = "'|='",
        [T_CIRCUMFLEXEQUAL] = "'^='", [T_LSHIFTEQUAL] = "'<<='", [T_RSHIFTEQUAL] = "'>>='",
        [T_DSTAREQUAL] = "'**='", [T_ERRORTOKEN] = "ERRORTOKEN",
    };
    if ((unsigned)t >= T__COUNT || !names[t]) {
        return "?";
    }
    return names[t];
}
