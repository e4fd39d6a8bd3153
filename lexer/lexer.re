/* lexer.re: the re2c scanner.  Produces raw tokens (names, keywords, numbers, operators,
 * string literals, physical newlines) for the layout filter in layout.c, decodes string
 * literals, and splits f-strings into the token sequence documented in lexer.h.
 *
 * Invariants: the scanner reads lx->buf, which ends in a NUL sentinel at lx->lim (the end
 * of the source, the start of the first bad line, or the end of an f-string field being
 * tokenized); numbers, string bodies and f-strings are scanned by hand-written loops that
 * stop at that NUL.  Every rule mirrors CPython 3.11's tokenizer, including where its
 * errors point.  No allocation except from the arena, no mutable static data. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexer_internal.h"
#include "unicode.h"

/*!re2c
    re2c:api:style = free-form;
    re2c:define:YYCTYPE = "unsigned char";
    re2c:define:YYCURSOR = "lx->cur";
    re2c:define:YYMARKER = "lx->mrk";
    re2c:define:YYLIMIT = "lx->lim";
    re2c:yyfill:enable = 0;
    re2c:eof = 0;
*/

/* Bytes that stop the fast loop over a string body. */
static const unsigned char str_stop[256] = {
    [0] = 1, ['\n'] = 1, ['\\'] = 1, ['\''] = 1, ['"'] = 1,
};

/* String prefix flags. */
enum { SF_RAW = 1, SF_BYTES = 2, SF_F = 4 };

static bool is_ident_char(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_' || c >= 128;
}

static bool is_digit(int c)
{
    return c >= '0' && c <= '9';
}

static bool is_xdigit(int c)
{
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static int hexval(int c)
{
    return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

/* Length of the UTF-8 sequence led by byte c (the source is known to be valid UTF-8). */
static int u8len(unsigned char c)
{
    return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

static uint32_t u8decode(const unsigned char *s, int n)
{
    switch (n) {
    case 1:
        return s[0];
    case 2:
        return ((uint32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
    case 3:
        return ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) |
               (s[2] & 0x3F);
    default:
        return ((uint32_t)(s[0] & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
               ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
    }
}

/* Writes code point c (lone surrogates included, as CPython allows them in str literals)
 * as UTF-8; returns the byte count. */
static int u8encode(char *o, uint32_t c)
{
    if (c < 0x80) {
        o[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        o[0] = (char)(0xC0 | (c >> 6));
        o[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        o[0] = (char)(0xE0 | (c >> 12));
        o[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        o[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    o[0] = (char)(0xF0 | (c >> 18));
    o[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    o[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    o[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

/* Fills a token spanning lx->tok..lx->cur on the current line. */
static int emit(Lexer *lx, Token *t, int type)
{
    t->type = (TokType)type;
    t->line = t->end_line = lx->line;
    t->col = (int)(lx->tok - lx->line_start);
    t->end_col = (int)(lx->cur - lx->line_start);
    t->start = lx->tok;
    t->len = (size_t)(lx->cur - lx->tok);
    t->flags = 0;
    t->ival = 0;
    t->fval = 0;
    t->sval = NULL;
    t->slen = 0;
    return type;
}

/* {================================================================ deferred errors */

/* Records an error of a literal's contents and unwinds to the literal's start (only ever
 * called while lx->jb is set). */
SPY_NORETURN static void defer(Lexer *lx, bool at_next, int line, int col, int end_line,
                               int end_col, const char *fmt, ...) SPY_PRINTF(7, 8);
static void defer(Lexer *lx, bool at_next, int line, int col, int end_line, int end_col,
                  const char *fmt, ...)
{
    LexErr *e = &lx->err;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    va_end(ap);
    if (at_next && lx->field) {
        /* A literal nested in a field's expression: CPython's parser of that expression
         * reports it, with its prefix, at the token after the literal(s) there (the
         * closing ')' of "(" + expression + ")" at the end). */
        char msg[sizeof e->msg];
        Token t;
        int k;
        memcpy(msg, e->msg, sizeof msg);
        lx->skip_content = true;
        do {
            k = spy_lex_scan(lx, &t);
        } while (k == T_STRING || k == R_NL);
        lx->skip_content = false;
        spy_lex_error(lx, LE_SYNTAX, t.line, t.col, t.end_line,
                      k == R_EOF ? t.end_col + 1 : t.end_col, "f-string: %s", msg);
    }
    e->pending = true;
    e->at_next = at_next;
    e->kind = LE_SYNTAX;
    e->line = line;
    e->col = col;
    e->end_line = end_line;
    e->end_col = end_col;
    e->src = NULL;
    e->srclen = 0;
    longjmp(*lx->jb, 1);
}

/* An error that CPython reports at the token after the string literals. */
#define FAIL_NEXT(lx, ...) defer((lx), true, 0, 0, 0, 0, __VA_ARGS__)

/* }================================================================ */

/* {================================================================ names */

/* A name's sval is its text in the source copy (no copy: the parser interns names). */
static int name(Lexer *lx, Token *t)
{
    emit(lx, t, T_NAME);
    t->sval = t->start;
    t->slen = t->len;
    return T_NAME;
}

/* A name with non-ASCII characters: each must be XID_Start (first) or XID_Continue, as
 * CPython's verify_identifier checks; the error points at the first bad character. */
static int name_unicode(Lexer *lx, Token *t)
{
    const unsigned char *p = (const unsigned char *)lx->tok;
    const unsigned char *e = (const unsigned char *)lx->cur;
    bool first = true;
    while (p < e) {
        int n = u8len(*p);
        uint32_t c = u8decode(p, n);
        bool ok = first ? (c == '_' || spy_uni_isxidstart(c)) : spy_uni_isxidcontinue(c);
        if (!ok) {
            if (spy_uni_isprintable(c)) {
                spy_lex_error_at(lx, (const char *)p + n, "invalid character '%.*s' (U+%04X)",
                                 n, (const char *)p, (unsigned)c);
            }
            spy_lex_error_at(lx, (const char *)p + n, "invalid non-printable character U+%04X",
                             (unsigned)c);
        }
        first = false;
        p += n;
    }
    return name(lx, t);
}

/* }================================================================ */

/* {================================================================ numbers */

/* CPython's verify_end_of_number: a number directly followed by a keyword that can follow
 * a number in valid code ("1if x else y") is accepted (CPython only warns); followed by any
 * other ASCII identifier character it is an "invalid <kind> literal".  `p` is just
 * after c. */
static void end_of_number(Lexer *lx, const char *p, int c, const char *kind)
{
    const char *kw = NULL;
    switch (c) {
    case 'a': kw = "nd"; break;
    case 'e': kw = "lse"; break;
    case 'f': kw = "or"; break;
    case 'o': kw = "r"; break;
    case 'n': kw = "ot"; break;
    case 'i':
        if (*p == 'f' || *p == 'n' || *p == 's') {
            return;
        }
        break;
    default:
        break;
    }
    if (kw) {
        size_t n = strlen(kw);
        if (strncmp(p, kw, n) == 0 && !is_ident_char((unsigned char)p[n])) {
            return;
        }
    }
    /* a non-ASCII character after a number is left to the next token */
    if (c < 128 && is_ident_char(c)) {
        spy_lex_error_at(lx, p - 1, "invalid %s literal", kind);
    }
}

/* CPython's tok_decimal_tail: digits with single underscores between them.  Returns the
 * first byte after the digits (p then points just after it). */
static int decimal_tail(Lexer *lx, const char **pp)
{
    const char *p = *pp;
    int c;
    for (;;) {
        do {
            c = (unsigned char)*p++;
        } while (is_digit(c));
        if (c != '_') {
            break;
        }
        c = (unsigned char)*p++;
        if (!is_digit(c)) {
            spy_lex_error_at(lx, p - 1, "invalid decimal literal");
        }
    }
    *pp = p;
    return c;
}

/* Digits of an int literal in `base`, skipping underscores: the value, or TF_BIG with the
 * text (prefix kept, underscores removed) when it does not fit int64. */
static void int_value(Lexer *lx, Token *t, const char *s, const char *e, int base)
{
    const char *d = base == 10 ? s : s + 2;
    uint64_t v = 0;
    bool big = false;
    for (; d < e; d++) {
        if (*d == '_') {
            continue;
        }
        unsigned dig = (unsigned)hexval((unsigned char)*d);
        if (v > (UINT64_MAX - dig) / (unsigned)base) {
            big = true;
            break;
        }
        v = v * (unsigned)base + dig;
    }
    if (!big && v <= (uint64_t)INT64_MAX) {
        t->ival = (int64_t)v;
        return;
    }
    char *o = spy_arena_alloc(lx->vm, lx->arena, (size_t)(e - s) + 1);
    size_t n = 0;
    for (d = s; d < e; d++) {
        if (*d != '_') {
            o[n++] = *d;
        }
    }
    o[n] = 0;
    t->flags |= TF_BIG;
    t->sval = o;
    t->slen = n;
}

static double float_value(Lexer *lx, const char *s, const char *e)
{
    char small[64];
    size_t n = (size_t)(e - s);
    char *o = n < sizeof small ? small : spy_arena_alloc(lx->vm, lx->arena, n + 1);
    size_t k = 0;
    for (; s < e; s++) {
        if (*s != '_') {
            o[k++] = *s;
        }
    }
    o[k] = 0;
    return strtod(o, NULL);
}

/* A number starting at lx->tok (a digit, or '.' and a digit), following CPython 3.11's
 * tok_get step by step so that errors are the same and point at the same place. */
static int scan_number(Lexer *lx, Token *t)
{
    const char *s = lx->tok;
    const char *p = s;
    int c = (unsigned char)*p++;
    int type = T_INT, base = 10;

    if (c == '.') {
        c = (unsigned char)*p++;
        goto fraction;
    }
    if (c == '0') {
        c = (unsigned char)*p++;
        if (c == 'x' || c == 'X') {
            base = 16;
            c = (unsigned char)*p++;
            do {
                if (c == '_') {
                    c = (unsigned char)*p++;
                }
                if (!is_xdigit(c)) {
                    spy_lex_error_at(lx, p - 1, "invalid hexadecimal literal");
                }
                do {
                    c = (unsigned char)*p++;
                } while (is_xdigit(c));
            } while (c == '_');
            end_of_number(lx, p, c, "hexadecimal");
        } else if (c == 'o' || c == 'O' || c == 'b' || c == 'B') {
            bool oct = c == 'o' || c == 'O';
            int maxd = oct ? '7' : '1';
            const char *kind = oct ? "octal" : "binary";
            base = oct ? 8 : 2;
            c = (unsigned char)*p++;
            do {
                if (c == '_') {
                    c = (unsigned char)*p++;
                }
                if (c < '0' || c > maxd) {
                    if (is_digit(c)) {
                        spy_lex_error_at(lx, p, "invalid digit '%c' in %s literal", c, kind);
                    }
                    spy_lex_error_at(lx, p - 1, "invalid %s literal", kind);
                }
                do {
                    c = (unsigned char)*p++;
                } while (c >= '0' && c <= maxd);
            } while (c == '_');
            if (is_digit(c)) {
                spy_lex_error_at(lx, p, "invalid digit '%c' in %s literal", c, kind);
            }
            end_of_number(lx, p, c, kind);
        } else {
            /* "0", "00", "0_0", or an old-style octal (an error), or a float like "0.5" */
            bool nonzero = false;
            for (;;) {
                if (c == '_') {
                    c = (unsigned char)*p++;
                    if (!is_digit(c)) {
                        spy_lex_error_at(lx, p - 1, "invalid decimal literal");
                    }
                }
                if (c != '0') {
                    break;
                }
                c = (unsigned char)*p++;
            }
            const char *zeros_end = p;
            if (is_digit(c)) {
                nonzero = true;
                c = decimal_tail(lx, &p);
            }
            if (c == '.') {
                c = (unsigned char)*p++;
                goto fraction;
            } else if (c == 'e' || c == 'E') {
                goto exponent;
            } else if (c == 'j' || c == 'J') {
                goto imaginary;
            } else if (nonzero) {
                spy_lex_error(lx, LE_SYNTAX, lx->line, (int)(s - lx->line_start), lx->line,
                              (int)(zeros_end - lx->line_start) - 1,
                              "leading zeros in decimal integer literals are not permitted; "
                              "use an 0o prefix for octal integers");
            }
            end_of_number(lx, p, c, "decimal");
        }
    } else {
        c = decimal_tail(lx, &p);
        if (c == '.') {
            c = (unsigned char)*p++;
        fraction:
            type = T_FLOAT;
            if (is_digit(c)) {
                c = decimal_tail(lx, &p);
            }
        }
        if (c == 'e' || c == 'E') {
            int e;
        exponent:
            e = c;
            type = T_FLOAT;
            c = (unsigned char)*p++;
            if (c == '+' || c == '-') {
                c = (unsigned char)*p++;
                if (!is_digit(c)) {
                    spy_lex_error_at(lx, p - 1, "invalid decimal literal");
                }
            } else if (!is_digit(c)) {
                /* "1else": the 'e' starts a keyword, the number ends before it */
                p--;
                end_of_number(lx, p, e, "decimal");
                p--;
                lx->cur = p;
                emit(lx, t, type);
                t->fval = float_value(lx, s, p);
                if (type == T_FLOAT && !memchr(s, '.', (size_t)(p - s))) {
                    t->type = T_INT;
                    int_value(lx, t, s, p, 10);
                    return T_INT;
                }
                return type;
            }
            c = decimal_tail(lx, &p);
        }
        if (c == 'j' || c == 'J') {
        imaginary:
            type = T_IMAG;
            c = (unsigned char)*p++;
            end_of_number(lx, p, c, "imaginary");
        } else {
            end_of_number(lx, p, c, "decimal");
        }
    }
    p--;
    lx->cur = p;
    emit(lx, t, type);
    if (type == T_INT) {
        int_value(lx, t, s, p, base);
    } else if (type == T_FLOAT) {
        t->fval = float_value(lx, s, p);
    } else {
        t->fval = float_value(lx, s, p - 1);
    }
    return type;
}

/* }================================================================ */

/* {================================================================ string literals */

/* CPython decodes a str literal by first rewriting every non-ASCII character as a 10-byte
 * "\UXXXXXXXX" escape (and a backslash before one as "\u005c"), and its error messages
 * give positions in that rewritten text; `tpos` follows it. */
#define UNICODE_ERR(lx, a, b, what) \
    FAIL_NEXT((lx), "(unicode error) 'unicodeescape' codec can't decode bytes in position " \
              "%ld-%ld: %s", (long)(a), (long)(b), (what))

/* Reads up to n hex digits at *ps (< e); on too few, the "truncated" error for an escape
 * whose backslash is at rewritten position bpos. */
static uint32_t hex_escape(Lexer *lx, const char **ps, const char *e, int n, long bpos,
                           const char *what)
{
    const char *s = *ps;
    uint32_t v = 0;
    int k = 0;
    while (k < n && s < e && is_xdigit((unsigned char)*s)) {
        v = (v << 4) | (uint32_t)hexval((unsigned char)*s);
        s++;
        k++;
    }
    if (k < n) {
        UNICODE_ERR(lx, bpos, bpos + 1 + k, what);
    }
    *ps = s;
    return v;
}

/* Decodes the escapes of str-literal text s..e into o (room for e-s bytes); returns the
 * number of bytes written.  Unknown escapes stay as they are (CPython only warns). */
static size_t decode_str(Lexer *lx, const char *s, const char *e, char *o)
{
    char *o0 = o;
    long tpos = 0;
    while (s < e) {
        unsigned char c = (unsigned char)*s;
        if (c != '\\') {
            if (c < 0x80) {
                *o++ = (char)c;
                s++;
                tpos++;
            } else {
                int n = u8len(c);
                memcpy(o, s, (size_t)n);
                o += n;
                s += n;
                tpos += 10;
            }
            continue;
        }
        long bpos = tpos;
        s++;
        tpos++;
        if (s >= e) {
            *o++ = '\\';
            break;
        }
        c = (unsigned char)*s++;
        if (c >= 0x80) {
            int n = u8len(c);
            *o++ = '\\';
            memcpy(o, s - 1, (size_t)n);
            o += n;
            s += n - 1;
            tpos += 5 + 10;
            continue;
        }
        tpos++;
        uint32_t v;
        switch (c) {
        case '\n':
            break;
        case '\\':
        case '\'':
        case '"':
            *o++ = (char)c;
            break;
        case 'a': *o++ = '\a'; break;
        case 'b': *o++ = '\b'; break;
        case 'f': *o++ = '\f'; break;
        case 'n': *o++ = '\n'; break;
        case 'r': *o++ = '\r'; break;
        case 't': *o++ = '\t'; break;
        case 'v': *o++ = '\v'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
            v = c - '0';
            for (int i = 0; i < 2 && s < e && *s >= '0' && *s <= '7'; i++) {
                v = (v << 3) + (uint32_t)(*s++ - '0');
                tpos++;
            }
            o += u8encode(o, v);
            break;
        case 'x':
            v = hex_escape(lx, &s, e, 2, bpos, "truncated \\xXX escape");
            tpos += 2;
            o += u8encode(o, v);
            break;
        case 'u':
            v = hex_escape(lx, &s, e, 4, bpos, "truncated \\uXXXX escape");
            tpos += 4;
            o += u8encode(o, v);
            break;
        case 'U':
            v = hex_escape(lx, &s, e, 8, bpos, "truncated \\UXXXXXXXX escape");
            if (v > 0x10FFFF) {
                UNICODE_ERR(lx, bpos, bpos + 9, "illegal Unicode character");
            }
            tpos += 8;
            o += u8encode(o, v);
            break;
        case 'N':
            FAIL_NEXT(lx, "(unicode error) \\N{...} escapes are not supported");
        default:
            *o++ = '\\';
            *o++ = (char)c;
            break;
        }
    }
    return (size_t)(o - o0);
}

/* Decodes a bytes literal's text (ASCII only, checked by the caller). */
static size_t decode_bytes(Lexer *lx, const char *s, const char *e, char *o)
{
    const char *s0 = s;
    char *o0 = o;
    while (s < e) {
        unsigned char c = (unsigned char)*s;
        if (c != '\\') {
            *o++ = (char)c;
            s++;
            continue;
        }
        const char *bs = s++;
        c = (unsigned char)*s++;
        uint32_t v;
        switch (c) {
        case '\n':
            break;
        case '\\':
        case '\'':
        case '"':
            *o++ = (char)c;
            break;
        case 'a': *o++ = '\a'; break;
        case 'b': *o++ = '\b'; break;
        case 'f': *o++ = '\f'; break;
        case 'n': *o++ = '\n'; break;
        case 'r': *o++ = '\r'; break;
        case 't': *o++ = '\t'; break;
        case 'v': *o++ = '\v'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
            v = c - '0';
            for (int i = 0; i < 2 && s < e && *s >= '0' && *s <= '7'; i++) {
                v = (v << 3) + (uint32_t)(*s++ - '0');
            }
            *o++ = (char)(v & 0xFF);
            break;
        case 'x':
            if (s + 1 < e && is_xdigit((unsigned char)s[0]) && is_xdigit((unsigned char)s[1])) {
                *o++ = (char)(hexval((unsigned char)s[0]) * 16 + hexval((unsigned char)s[1]));
                s += 2;
                break;
            }
            FAIL_NEXT(lx, "(value error) invalid \\x escape at position %ld", (long)(bs - s0));
        default:
            *o++ = '\\';
            *o++ = (char)c;
            break;
        }
    }
    return (size_t)(o - o0);
}

/* }================================================================ */

/* {================================================================ f-strings */

/* Walks an f-string's body, keeping the line and line start of the last position asked
 * for (positions are asked for mostly in increasing order). */
typedef struct FSplit {
    const char *body, *end;  /* text between the quotes */
    bool raw;
    char *scratch;           /* room for the decoded literal parts */
    int line0;
    const char *ls0;         /* line and line start of `body` */
    const char *pp;          /* last position located */
    int pline;
    const char *pls;
} FSplit;

static void locate(FSplit *f, const char *p, int *line, const char **ls)
{
    if (p < f->pp) {
        f->pp = f->body;
        f->pline = f->line0;
        f->pls = f->ls0;
    }
    for (const char *q = f->pp; q < p; q++) {
        if (*q == '\n') {
            f->pline++;
            f->pls = q + 1;
        }
    }
    f->pp = p;
    *line = f->pline;
    *ls = f->pls;
}

/* Queues a token covering s..e of the f-string. */
static Token *fs_token(Lexer *lx, FSplit *f, int type, const char *s, const char *e)
{
    Token t;
    const char *ls;
    memset(&t, 0, sizeof t);
    t.type = (TokType)type;
    locate(f, s, &t.line, &ls);
    t.col = (int)(s - ls);
    locate(f, e, &t.end_line, &ls);
    t.end_col = (int)(e - ls);
    t.start = s;
    t.len = (size_t)(e - s);
    spy_lex_queue(lx, &t);
    return &lx->q[lx->qlen - 1];
}

static const char *fs_parts(Lexer *lx, FSplit *f, const char *p, int lvl);

/* Decodes one chunk of literal text (CPython decodes the text between doubled braces
 * separately, which matters for error positions). */
static char *fs_chunk(Lexer *lx, FSplit *f, const char *s, const char *e, char *o)
{
    if (f->raw) {
        memcpy(o, s, (size_t)(e - s));
        return o + (e - s);
    }
    return o + decode_str(lx, s, e, o);
}

/* The literal text at p, up to a single '{' (a field), a '}' ending a format spec
 * (lvl > 0), or the end; queues it as FSTRING_MIDDLE when not empty. */
static const char *fs_literal(Lexer *lx, FSplit *f, const char *p, int lvl)
{
    const char *s = p, *cs = p, *end = f->end;
    char *o = f->scratch;
    while (p < end) {
        char c = *p;
        if (!f->raw && c == '\\' && p + 1 < end) {
            char c2 = p[1];
            if (c2 == 'N') {
                /* "\N{name}": its braces are no field */
                p += 2;
                if (p < end && *p++ == '{') {
                    while (p < end && *p++ != '}') {
                    }
                }
                continue;
            }
            if (c2 != '{' && c2 != '}') {
                p += 2;
                continue;
            }
            p++;
            c = c2;
        }
        if (c == '{' || c == '}') {
            if (lvl == 0) {
                if (p + 1 < end && p[1] == c) {
                    o = fs_chunk(lx, f, cs, p + 1, o);
                    p += 2;
                    cs = p;
                    continue;
                }
                if (c == '}') {
                    FAIL_NEXT(lx, "f-string: single '}' is not allowed");
                }
            }
            break;
        }
        p++;
    }
    if (p > s) {
        o = fs_chunk(lx, f, cs, p, o);
        Token *t = fs_token(lx, f, T_FSTRING_MIDDLE, s, p);
        size_t n = (size_t)(o - f->scratch);
        t->sval = spy_arena_strndup(lx->vm, lx->arena, f->scratch, n);
        t->slen = n;
    }
    return p;
}

static bool fs_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Tokenizes a field's expression s..e with the ordinary scanner (a NUL sentinel is planted
 * at e for the time), appending the tokens to the queue. */
static void fs_expr_tokens(Lexer *lx, FSplit *f, const char *s, const char *e,
                           const char *brace)
{
    FieldCtx fc;
    const char *ls;
    const char *scur = lx->cur, *slim = lx->lim, *sls = lx->line_start, *scom = lx->comment;
    int sline = lx->line;
    FieldCtx *sfield = lx->field;

    fc.expr = s;
    fc.expr_end = e;
    locate(f, brace, &fc.line, &ls);
    fc.col = (int)(brace - ls);
    if (lx->nplanted == (int)(sizeof lx->planted / sizeof lx->planted[0])) {
        FAIL_NEXT(lx, "f-string: expressions nested too deeply");
    }
    Planted *pl = &lx->planted[lx->nplanted++];
    pl->at = (char *)e;
    pl->saved = *e;
    *pl->at = 0;

    lx->cur = s;
    lx->lim = e;
    locate(f, s, &lx->line, &ls);
    lx->line_start = ls;
    lx->comment = NULL;
    lx->field = &fc;
    for (;;) {
        Token t;
        int k = spy_lex_scan(lx, &t);
        if (k == R_EOF) {
            break;
        }
        if (k != R_NL && k != R_QUEUED) {
            spy_lex_queue(lx, &t);
        }
    }
    lx->nplanted--;
    *pl->at = pl->saved;
    lx->cur = scur;
    lx->lim = slim;
    lx->line = sline;
    lx->line_start = sls;
    lx->comment = scom;
    lx->field = sfield;
}

/* A replacement field at p ('{'), as CPython 3.11's fstring_find_expr reads it: the
 * expression ends at a top-level '!', ':', '}' or '=' (not part of "!=", "==", "<=",
 * ">="), skipping quoted strings and brackets. */
static const char *fs_field(Lexer *lx, FSplit *f, const char *p, int lvl)
{
    const char *end = f->end;
    char stack[SPY_MAX_BRACKETS];
    int depth = 0;
    char quote = 0;
    int qlen = 0;

    if (lvl >= 2) {
        FAIL_NEXT(lx, "f-string: expressions nested too deeply");
    }
    const char *brace = p;
    fs_token(lx, f, T_FIELD_START, p, p + 1);
    p++;
    const char *expr = p;
    if (p >= end) {
        FAIL_NEXT(lx, "f-string: expecting '}'");
    }
    for (; p < end; p++) {
        char ch = *p;
        if (ch == '\\') {
            FAIL_NEXT(lx, "f-string expression part cannot include a backslash");
        }
        if (quote) {
            if (ch == quote) {
                if (qlen == 3) {
                    if (p + 2 < end && p[1] == ch && p[2] == ch) {
                        p += 2;
                        quote = 0;
                    }
                } else {
                    quote = 0;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            if (p + 2 < end && p[1] == ch && p[2] == ch) {
                qlen = 3;
                p += 2;
            } else {
                qlen = 1;
            }
            quote = ch;
        } else if (ch == '[' || ch == '(' || ch == '{') {
            if (depth >= SPY_MAX_BRACKETS - 1) {
                FAIL_NEXT(lx, "f-string: too many nested parenthesis");
            }
            stack[depth++] = ch;
        } else if (ch == '#') {
            FAIL_NEXT(lx, "f-string expression part cannot include '#'");
        } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' ||
                                  ch == '>' || ch == '<')) {
            if (p + 1 < end && p[1] == '=' && ch != ':' && ch != '}') {
                p++;
                continue;
            }
            if (ch == '>' || ch == '<') {
                continue;
            }
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (depth == 0) {
                FAIL_NEXT(lx, "f-string: unmatched '%c'", ch);
            }
            char open = stack[--depth];
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') ||
                  (open == '{' && ch == '}'))) {
                FAIL_NEXT(lx, "f-string: closing parenthesis '%c' does not match opening "
                          "parenthesis '%c'", ch, open);
            }
        }
    }
    const char *expr_end = p;
    if (quote) {
        FAIL_NEXT(lx, "f-string: unterminated string");
    }
    if (depth) {
        FAIL_NEXT(lx, "f-string: unmatched '%c'", stack[depth - 1]);
    }
    if (p >= end) {
        FAIL_NEXT(lx, "f-string: expecting '}'");
    }
    const char *q = expr;
    while (q < expr_end && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\f')) {
        q++;
    }
    if (q == expr_end) {
        if (*p == '!' || *p == ':' || *p == '=') {
            FAIL_NEXT(lx, "f-string: expression required before '%c'", *p);
        }
        FAIL_NEXT(lx, "f-string: empty expression not allowed");
    }
    fs_expr_tokens(lx, f, expr, expr_end, brace);

    if (*p == '=') {
        const char *eq = p++;
        while (p < end && fs_space(*p)) {
            p++;
        }
        if (p >= end) {
            FAIL_NEXT(lx, "f-string: expecting '}'");
        }
        Token *t = fs_token(lx, f, T_FIELD_DEBUG, eq, p);
        t->sval = spy_arena_strndup(lx->vm, lx->arena, expr, (size_t)(p - expr));
        t->slen = (size_t)(p - expr);
    }
    if (*p == '!') {
        const char *bang = p++;
        if (p >= end) {
            FAIL_NEXT(lx, "f-string: expecting '}'");
        }
        char conv = *p++;
        if (conv != 's' && conv != 'r' && conv != 'a') {
            FAIL_NEXT(lx, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        }
        Token *t = fs_token(lx, f, T_FIELD_CONV, bang, p);
        t->ival = conv;
        if (p >= end) {
            FAIL_NEXT(lx, "f-string: expecting '}'");
        }
    }
    if (*p == ':') {
        fs_token(lx, f, T_FIELD_SPEC, p, p + 1);
        p++;
        if (p >= end) {
            FAIL_NEXT(lx, "f-string: expecting '}'");
        }
        p = fs_parts(lx, f, p, lvl + 1);
    }
    if (p >= end || *p != '}') {
        FAIL_NEXT(lx, "f-string: expecting '}'");
    }
    fs_token(lx, f, T_FIELD_END, p, p + 1);
    return p + 1;
}

/* Literal parts and fields until the end, or until the '}' closing a format spec. */
static const char *fs_parts(Lexer *lx, FSplit *f, const char *p, int lvl)
{
    for (;;) {
        p = fs_literal(lx, f, p, lvl);
        if (p >= f->end || *p == '}') {
            return p;
        }
        p = fs_field(lx, f, p, lvl);
    }
}

/* }================================================================ */

/* The contents of a string literal whose end is found: decoded, or split into f-string
 * tokens. */
typedef struct Lit {
    Token *t;
    const char *body, *body_end;
    int flags;
    int line0;
    const char *ls0;
} Lit;

static int literal_contents(Lexer *lx, Lit *L)
{
    Token *t = L->t;
    size_t n = (size_t)(L->body_end - L->body);
    if (L->flags & SF_F) {
        FSplit f;
        f.body = L->body;
        f.end = L->body_end;
        f.raw = (L->flags & SF_RAW) != 0;
        f.scratch = spy_arena_alloc(lx->vm, lx->arena, n + 1);
        /* the prefix and opening quotes are on the body's first line */
        f.line0 = f.pline = L->line0;
        f.ls0 = f.pls = L->ls0;
        f.pp = L->body;
        fs_token(lx, &f, T_FSTRING_START, t->start, L->body);
        fs_parts(lx, &f, L->body, 0);
        fs_token(lx, &f, T_FSTRING_END, L->body_end, t->start + t->len);
        return R_QUEUED;
    }
    char *o = spy_arena_alloc(lx->vm, lx->arena, n + 1);
    if (L->flags & SF_BYTES) {
        for (const char *s = L->body; s < L->body_end; s++) {
            if ((unsigned char)*s >= 0x80) {
                /* in a field, CPython's sub-parser reports it, with its prefix */
                spy_lex_error(lx, LE_SYNTAX, t->line, t->col, t->end_line, t->end_col,
                              "%sbytes can only contain ASCII literal characters",
                              lx->field ? "f-string: " : "");
            }
        }
        t->flags |= TF_BYTES;
    }
    if (L->flags & SF_RAW) {
        memcpy(o, L->body, n);
    } else if (L->flags & SF_BYTES) {
        n = decode_bytes(lx, L->body, L->body_end, o);
    } else {
        n = decode_str(lx, L->body, L->body_end, o);
    }
    o[n] = 0;
    t->sval = o;
    t->slen = n;
    return T_STRING;
}

/* Processes a literal's contents; errors are recorded in lx->err (see LexErr) and the
 * literal becomes an empty T_STRING, unless it is nested in an f-string field, whose
 * outermost literal then fails as a whole. */
static int literal(Lexer *lx, Lit *L)
{
    if (lx->jb) {
        return literal_contents(lx, L);
    }
    jmp_buf jb;
    const char *scur = lx->cur, *slim = lx->lim, *sls = lx->line_start, *scom = lx->comment;
    int sline = lx->line;
    size_t sq = lx->qlen;
    lx->jb = &jb;
    if (setjmp(jb)) {
        lx->jb = NULL;
        while (lx->nplanted > 0) {
            Planted *pl = &lx->planted[--lx->nplanted];
            *pl->at = pl->saved;
        }
        lx->cur = scur;
        lx->lim = slim;
        lx->line = sline;
        lx->line_start = sls;
        lx->comment = scom;
        lx->qlen = sq;
        lx->field = NULL;
        lx->skip_content = false;
        L->t->type = T_STRING;
        L->t->sval = "";
        L->t->slen = 0;
        return T_STRING;
    }
    int k = literal_contents(lx, L);
    lx->jb = NULL;
    return k;
}

static int prefix_flags(const char *s, const char *e)
{
    int f = 0;
    for (; s < e; s++) {
        switch (*s | 0x20) {
        case 'r': f |= SF_RAW; break;
        case 'b': f |= SF_BYTES; break;
        case 'f': f |= SF_F; break;
        default: break;
        }
    }
    return f;
}

/* A string literal whose prefix and nq opening quotes span lx->tok..lx->cur.  The end is
 * found first, as for any literal (3.11 semantics, also for f-strings). */
static int scan_string(Lexer *lx, Token *t, int nq)
{
    const char *start = lx->tok, *body = lx->cur, *body_end;
    char q = body[-1];
    int line0 = lx->line;
    const char *ls0 = lx->line_start;
    const char *p = body;
    for (;;) {
        while (!str_stop[(unsigned char)*p]) {
            p++;
        }
        char c = *p++;
        if (c == q) {
            if (nq == 1) {
                body_end = p - 1;
                break;
            }
            if (p[0] == q && p[1] == q) {
                body_end = p - 1;
                p += 2;
                break;
            }
        } else if (c == '\\') {
            if (*p == '\n') {
                p++;
                lx->line++;
                lx->line_start = p;
            } else if (*p != 0) {
                p++;
            }
        } else if (c == '\n') {
            if (nq == 1) {
                spy_lex_error(lx, LE_SYNTAX, line0, (int)(start - ls0), line0,
                              (int)(start - ls0),
                              "unterminated string literal (detected at line %d)", lx->line);
            }
            lx->line++;
            lx->line_start = p;
        } else if (c == 0) {
            p--;
            spy_lex_check_bad(lx, p);
            /* at the end of the source, which ends with a newline: that line's number */
            int at = lx->line - (p == lx->end ? 1 : 0);
            if (nq == 1) {
                spy_lex_error(lx, LE_SYNTAX, line0, (int)(start - ls0), line0,
                              (int)(start - ls0),
                              "unterminated string literal (detected at line %d)", at);
            }
            spy_lex_error(lx, LE_SYNTAX, line0, (int)(start - ls0), line0, (int)(start - ls0),
                          "unterminated triple-quoted string literal (detected at line %d)",
                          at);
        }
    }
    lx->cur = p;
    t->type = T_STRING;
    t->line = line0;
    t->col = (int)(start - ls0);
    t->end_line = lx->line;
    t->end_col = (int)(p - lx->line_start);
    t->start = start;
    t->len = (size_t)(p - start);
    t->flags = 0;
    t->ival = 0;
    t->fval = 0;
    t->sval = "";
    t->slen = 0;
    if (lx->skip_content) {
        return T_STRING;
    }
    Lit L;
    L.t = t;
    L.body = body;
    L.body_end = body_end;
    L.flags = prefix_flags(start, body - nq);
    L.line0 = line0;
    L.ls0 = ls0;
    return literal(lx, &L);
}

/* {================================================================ the scanner */

int spy_lex_scan(Lexer *lx, Token *t)
{
    for (;;) {
        lx->tok = lx->cur;
        /*!re2c
            id_ascii = [a-zA-Z_][a-zA-Z0-9_]*;
            id_any   = [a-zA-Z_\x80-\xff][a-zA-Z0-9_\x80-\xff]*;
            strpfx   = [rRuUbBfF] | [rR][bBfF] | [bBfF][rR];

            $ {
                spy_lex_check_bad(lx, lx->cur);
                emit(lx, t, T_ENDMARKER);
                return R_EOF;
            }
            [ \t\f]+ { continue; }
            "#" [^\n\x00]* { lx->comment = lx->tok; continue; }
            "\n" {
                const char *nl = lx->tok;
                const char *s = lx->comment ? lx->comment : nl;
                t->type = T_NEWLINE;
                t->line = t->end_line = lx->line;
                t->col = (int)(s - lx->line_start);
                t->end_col = (int)(nl - lx->line_start);
                t->start = s;
                t->len = (size_t)(nl - s);
                t->flags = 0;
                t->ival = 0;
                t->fval = 0;
                t->sval = NULL;
                t->slen = 0;
                lx->line++;
                lx->line_start = lx->cur;
                lx->comment = NULL;
                return R_NL;
            }
            "\\" "\n" {
                int col = (int)(lx->cur - 1 - lx->line_start);
                lx->line++;
                lx->line_start = lx->cur;
                lx->comment = NULL;
                if (lx->cur == lx->lim) {
                    spy_lex_check_bad(lx, lx->cur);
                    if (lx->cur == lx->end) {
                        spy_lex_eof_error(lx, lx->line - 1, col);
                        emit(lx, t, T_ENDMARKER);
                        return R_EOF;
                    }
                }
                continue;
            }
            "\\" {
                spy_lex_soft_error(lx, LE_SYNTAX, lx->line, (int)(lx->cur - lx->line_start),
                                   lx->line, -1,
                                   "unexpected character after line continuation character");
                emit(lx, t, T_ENDMARKER);
                return R_EOF;
            }

            "False"    { return emit(lx, t, T_FALSE); }
            "None"     { return emit(lx, t, T_NONE); }
            "True"     { return emit(lx, t, T_TRUE); }
            "and"      { return emit(lx, t, T_AND); }
            "as"       { return emit(lx, t, T_AS); }
            "assert"   { return emit(lx, t, T_ASSERT); }
            "async"    { return emit(lx, t, T_ASYNC); }
            "await"    { return emit(lx, t, T_AWAIT); }
            "break"    { return emit(lx, t, T_BREAK); }
            "class"    { return emit(lx, t, T_CLASS); }
            "continue" { return emit(lx, t, T_CONTINUE); }
            "def"      { return emit(lx, t, T_DEF); }
            "del"      { return emit(lx, t, T_DEL); }
            "elif"     { return emit(lx, t, T_ELIF); }
            "else"     { return emit(lx, t, T_ELSE); }
            "except"   { return emit(lx, t, T_EXCEPT); }
            "finally"  { return emit(lx, t, T_FINALLY); }
            "for"      { return emit(lx, t, T_FOR); }
            "from"     { return emit(lx, t, T_FROM); }
            "global"   { return emit(lx, t, T_GLOBAL); }
            "if"       { return emit(lx, t, T_IF); }
            "import"   { return emit(lx, t, T_IMPORT); }
            "in"       { return emit(lx, t, T_IN); }
            "is"       { return emit(lx, t, T_IS); }
            "lambda"   { return emit(lx, t, T_LAMBDA); }
            "nonlocal" { return emit(lx, t, T_NONLOCAL); }
            "not"      { return emit(lx, t, T_NOT); }
            "or"       { return emit(lx, t, T_OR); }
            "pass"     { return emit(lx, t, T_PASS); }
            "raise"    { return emit(lx, t, T_RAISE); }
            "return"   { return emit(lx, t, T_RETURN); }
            "try"      { return emit(lx, t, T_TRY); }
            "while"    { return emit(lx, t, T_WHILE); }
            "with"     { return emit(lx, t, T_WITH); }
            "yield"    { return emit(lx, t, T_YIELD); }

            id_ascii { return name(lx, t); }
            id_any   { return name_unicode(lx, t); }

            strpfx? ["']            { return scan_string(lx, t, 1); }
            strpfx? ("'''" | '"""') { return scan_string(lx, t, 3); }

            [0-9] | "." [0-9] { return scan_number(lx, t); }

            "("   { return emit(lx, t, T_LPAR); }
            ")"   { return emit(lx, t, T_RPAR); }
            "["   { return emit(lx, t, T_LSQB); }
            "]"   { return emit(lx, t, T_RSQB); }
            "{"   { return emit(lx, t, T_LBRACE); }
            "}"   { return emit(lx, t, T_RBRACE); }
            ":"   { return emit(lx, t, T_COLON); }
            ","   { return emit(lx, t, T_COMMA); }
            ";"   { return emit(lx, t, T_SEMI); }
            "."   { return emit(lx, t, T_DOT); }
            "..." { return emit(lx, t, T_ELLIPSIS); }
            "->"  { return emit(lx, t, T_ARROW); }
            "@"   { return emit(lx, t, T_AT); }
            "="   { return emit(lx, t, T_EQUAL); }
            ":="  { return emit(lx, t, T_COLONEQUAL); }
            "+"   { return emit(lx, t, T_PLUS); }
            "-"   { return emit(lx, t, T_MINUS); }
            "*"   { return emit(lx, t, T_STAR); }
            "/"   { return emit(lx, t, T_SLASH); }
            "//"  { return emit(lx, t, T_DSLASH); }
            "%"   { return emit(lx, t, T_PERCENT); }
            "**"  { return emit(lx, t, T_DSTAR); }
            "<<"  { return emit(lx, t, T_LSHIFT); }
            ">>"  { return emit(lx, t, T_RSHIFT); }
            "&"   { return emit(lx, t, T_AMPER); }
            "|"   { return emit(lx, t, T_VBAR); }
            "^"   { return emit(lx, t, T_CIRCUMFLEX); }
            "~"   { return emit(lx, t, T_TILDE); }
            "<"   { return emit(lx, t, T_LESS); }
            ">"   { return emit(lx, t, T_GREATER); }
            "<="  { return emit(lx, t, T_LESSEQUAL); }
            ">="  { return emit(lx, t, T_GREATEREQUAL); }
            "=="  { return emit(lx, t, T_EQEQUAL); }
            "!="  { return emit(lx, t, T_NOTEQUAL); }
            "+="  { return emit(lx, t, T_PLUSEQUAL); }
            "-="  { return emit(lx, t, T_MINEQUAL); }
            "*="  { return emit(lx, t, T_STAREQUAL); }
            "/="  { return emit(lx, t, T_SLASHEQUAL); }
            "//=" { return emit(lx, t, T_DSLASHEQUAL); }
            "%="  { return emit(lx, t, T_PERCENTEQUAL); }
            "@="  { return emit(lx, t, T_ATEQUAL); }
            "&="  { return emit(lx, t, T_AMPEREQUAL); }
            "|="  { return emit(lx, t, T_VBAREQUAL); }
            "^="  { return emit(lx, t, T_CIRCUMFLEXEQUAL); }
            "<<=" { return emit(lx, t, T_LSHIFTEQUAL); }
            ">>=" { return emit(lx, t, T_RSHIFTEQUAL); }
            "**=" { return emit(lx, t, T_DSTAREQUAL); }
            "<>" | [$?`!] { return emit(lx, t, T_ERRORTOKEN); }

            * {
                unsigned c = (unsigned char)*lx->tok;
                if (c == 0) {
                    spy_lex_check_bad(lx, lx->tok);
                    spy_lex_error(lx, LE_SYNTAX, lx->line, -1, lx->line, -1,
                                  "source code cannot contain null bytes");
                }
                spy_lex_error_at(lx, lx->cur, "invalid non-printable character U+%04X", c);
            }
        */
    }
}

/* }================================================================ */
