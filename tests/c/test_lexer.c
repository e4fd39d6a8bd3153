/* test_lexer.c: unit tests of the lexer (lexer/lexer.re + lexer/layout.c) through lexer.h.
 * Token streams are compared in a compact summary form (see `summary`); errors by type,
 * message, line and offset.  Every expectation was checked against CPython 3.11 (its C
 * tokenizer through _tokenize.TokenizerIter, compile(), and `python3 file.py` for the
 * file-only cases: NUL bytes, invalid UTF-8, a backslash at the end of the file).
 * Prints one line per failure and ends with "N passed, N failed"; exits non-zero on any
 * failure.  `test_lexer --summary FILE` prints the summary of a file's tokens. */
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "lexer.h"
#include "vm.h"

static int passed, failed;

/* {================================================================ helpers */

/* Output text (no heap: a fixed buffer, truncated when full). */
typedef struct Text {
    char p[1 << 16];
    size_t len;
} Text;

static void put(Text *b, const char *s, size_t n)
{
    if (n > sizeof b->p - 1 - b->len) {
        n = sizeof b->p - 1 - b->len;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = 0;
}

static void puts_(Text *b, const char *s)
{
    put(b, s, strlen(s));
}

static void putq(Text *b, const char *prefix, const char *s, size_t n)
{
    char tmp[8];
    puts_(b, prefix);
    puts_(b, "\"");
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') {
            tmp[0] = '\\';
            tmp[1] = (char)c;
            put(b, tmp, 2);
        } else if (c == '\n') {
            puts_(b, "\\n");
        } else if (c == '\t') {
            puts_(b, "\\t");
        } else if (c < 0x20 || c == 0x7f) {
            snprintf(tmp, sizeof tmp, "\\x%02x", c);
            puts_(b, tmp);
        } else {
            put(b, (const char *)&s[i], 1);
        }
    }
    puts_(b, "\"");
}

/* One token in summary form: a bare word is a NAME; keywords and operators are quoted as
 * spy_tok_name gives them; numbers are 12, big:1234..., f:1.5, j:2; strings s"..." and
 * b"..."; f-strings f< m"text" { ... !r =" x = " : } >f; NL IN DE EOF; ERR"$". */
static void summarize(Text *b, const Token *t)
{
    char tmp[64];
    if (b->len) {
        puts_(b, " ");
    }
    switch (t->type) {
    case T_NAME:
        put(b, t->sval, t->slen);
        break;
    case T_INT:
        if (t->flags & TF_BIG) {
            puts_(b, "big:");
            put(b, t->sval, t->slen);
        } else {
            snprintf(tmp, sizeof tmp, "%lld", (long long)t->ival);
            puts_(b, tmp);
        }
        break;
    case T_FLOAT:
    case T_IMAG:
        snprintf(tmp, sizeof tmp, "%s:%.17g", t->type == T_FLOAT ? "f" : "j", t->fval);
        puts_(b, tmp);
        break;
    case T_STRING:
        putq(b, (t->flags & TF_BYTES) ? "b" : "s", t->sval, t->slen);
        break;
    case T_FSTRING_START: puts_(b, "f<"); break;
    case T_FSTRING_END: puts_(b, ">f"); break;
    case T_FSTRING_MIDDLE: putq(b, "m", t->sval, t->slen); break;
    case T_FIELD_START: puts_(b, "{"); break;
    case T_FIELD_END: puts_(b, "}"); break;
    case T_FIELD_SPEC: puts_(b, ":"); break;
    case T_FIELD_DEBUG: putq(b, "=", t->sval, t->slen); break;
    case T_FIELD_CONV:
        snprintf(tmp, sizeof tmp, "!%c", (int)t->ival);
        puts_(b, tmp);
        break;
    case T_NEWLINE: puts_(b, "NL"); break;
    case T_INDENT: puts_(b, "IN"); break;
    case T_DEDENT: puts_(b, "DE"); break;
    case T_ENDMARKER: puts_(b, "EOF"); break;
    case T_ERRORTOKEN: putq(b, "ERR", t->start, t->len); break;
    default: puts_(b, spy_tok_name(t->type)); break;
    }
}

typedef struct Job {
    const char *src;
    size_t len;
    Text out;
    Token toks[64];          /* the first tokens, for position checks */
    int ntoks;
    int drain_line;          /* > 0: drain at the first ERRORTOKEN (0: no drain) */
} Job;

static void lex_all(VM *vm, void *ud)
{
    Job *j = ud;
    Arena *a = spy_arena_new(vm);
    Lexer *lx = spy_lex_new(vm, a, j->src, j->len, "t.py");
    for (;;) {
        Token t;
        spy_lex_next(lx, &t);
        if (j->ntoks < 64) {
            j->toks[j->ntoks++] = t;
        }
        summarize(&j->out, &t);
        if (t.type == T_ERRORTOKEN && j->drain_line) {
            spy_lex_drain(lx, j->drain_line);
            puts_(&j->out, " DRAINED");
            break;
        }
        if (t.type == T_ENDMARKER) {
            break;
        }
    }
    spy_arena_release(vm, a);
}

/* The exception of a failed lex: type name, message, lineno, offset (0 when absent). */
typedef struct ExcInfo {
    char type[64];
    char msg[512];
    int line, offset;
} ExcInfo;

static int int_attr(VM *vm, ExcObj *e, const char *name)
{
    if (!e->dict) {
        return 0;
    }
    Value v = spy_dict_get_str(vm, e->dict, spy_str_intern_cstr(vm, name));
    return IS_INT(v) ? (int)AS_INT(v) : 0;
}

static void exc_info(VM *vm, ExcInfo *x)
{
    int64_t n;
    ExcObj *e = vm->exc;
    snprintf(x->type, sizeof x->type, "%s", spy_str_utf8(vm, e->hdr.type->name, &n));
    x->msg[0] = 0;
    if (e->args && e->args->len > 0) {
        snprintf(x->msg, sizeof x->msg, "%s", spy_str_utf8(vm, spy_str(vm, e->args->items[0]), &n));
    }
    x->line = int_attr(vm, e, "lineno");
    x->offset = int_attr(vm, e, "offset");
}

/* }================================================================ */

/* {================================================================ token streams */

typedef struct TokCase {
    const char *src;
    const char *expect;
} TokCase;

#define S(s) s, sizeof(s) - 1

static int run_job(VM *vm, Job *j, const char *src, size_t len)
{
    memset(j, 0, sizeof *j);
    j->src = src;
    j->len = len;
    return spy_pcall(vm, lex_all, j);
}

static void check_tokens(VM *vm, int line, const char *src, size_t len, const char *expect)
{
    Job j;
    if (run_job(vm, &j, src, len)) {
        ExcInfo x;
        exc_info(vm, &x);
        failed++;
        printf("FAIL line %d: unexpected %s: %s (line %d)\n", line, x.type, x.msg, x.line);
    } else if (strcmp(j.out.p, expect) != 0) {
        failed++;
        printf("FAIL line %d:\n   got    %s\n   expect %s\n", line, j.out.p, expect);
    } else {
        passed++;
    }
}

#define T(src, expect) check_tokens(vm, __LINE__, S(src), expect)

static void test_layout(VM *vm)
{
    T("x = 1\n", "x '=' 1 NL EOF");
    T("x = 1", "x '=' 1 NL EOF");
    T("", "EOF");
    T("\n\n  \n", "EOF");
    T("# only comment", "EOF");
    T("   # indented comment\n", "EOF");
    T("if x:\n    pass\n", "'if' x ':' NL IN 'pass' NL DE EOF");
    T("if x:\n    pass", "'if' x ':' NL IN 'pass' NL DE EOF");
    T("if x:\n    if y:\n        pass\n    z\nw\n",
      "'if' x ':' NL IN 'if' y ':' NL IN 'pass' NL DE z NL DE w NL EOF");
    T("if x:\n  if y:\n    z\n", "'if' x ':' NL IN 'if' y ':' NL IN z NL DE DE EOF");
    T("if x:\n\tpass\n", "'if' x ':' NL IN 'pass' NL DE EOF");
    T("if x:\n  a\n\n  # c\n\n  b\n", "'if' x ':' NL IN a NL b NL DE EOF");
    T("if x:\n  a\n  \n# c\n  b\n", "'if' x ':' NL IN a NL b NL DE EOF");
    /* a form feed resets the column */
    T("if x:\n  a\n\f  b\n", "'if' x ':' NL IN a NL b NL DE EOF");
    T("\fx = 1\n", "x '=' 1 NL EOF");
    /* tabs go to multiples of 8; both forms agree here */
    T("if 1:\n\tx\n\ty\n", "'if' 1 ':' NL IN x NL y NL DE EOF");
    T("if 1:\n \tx\n \ty\n", "'if' 1 ':' NL IN x NL y NL DE EOF");
    /* implicit joining: no NEWLINE / INDENT inside brackets */
    T("x = (1,\n     2)\n", "x '=' '(' 1 ',' 2 ')' NL EOF");
    T("x = [1,\n# c\n  2]\n", "x '=' '[' 1 ',' 2 ']' NL EOF");
    T("x = {1:\n\n 2}\n", "x '=' '{' 1 ':' 2 '}' NL EOF");
    T("def f(\n    a,\n        b):\n  pass\n",
      "'def' f '(' a ',' b ')' ':' NL IN 'pass' NL DE EOF");
    /* backslash continuation */
    T("x = 1 + \\\n 2\n", "x '=' 1 '+' 2 NL EOF");
    T("x = \\\n  1\n", "x '=' 1 NL EOF");
    T("if x:\n   \\\n    y\n", "'if' x ':' NL IN y NL DE EOF");
    T("if x:\n\\\n    y\n", "'if' x ':' NL IN y NL DE EOF");
    T("x = 1 # comment \\\ny = 2", "x '=' 1 NL y '=' 2 NL EOF");
    /* CRLF and lone CR are newlines; a UTF-8 BOM is skipped */
    T("if x:\r\n  y\r\nz\r", "'if' x ':' NL IN y NL DE z NL EOF");
    T("\xEF\xBB\xBFx = 1\n", "x '=' 1 NL EOF");
    T("x = 1;y = 2;", "x '=' 1 ';' y '=' 2 ';' NL EOF");
    /* soft keywords are names */
    T("match x:\n case _:\n  pass\n",
      "match x ':' NL IN case _ ':' NL IN 'pass' NL DE DE EOF");
    T("async def f(): await x", "'async' 'def' f '(' ')' ':' 'await' x NL EOF");
}

static void test_operators(VM *vm)
{
    T("a -> b ... c . d", "a '->' b '...' c '.' d NL EOF");
    T("a **= b //= c >>= d <<= e @= f", "a '**=' b '//=' c '>>=' d '<<=' e '@=' f NL EOF");
    T("a := b", "a ':=' b NL EOF");
    T("a += b -= c *= d /= e %= f &= g |= h ^= i",
      "a '+=' b '-=' c '*=' d '/=' e '%=' f '&=' g '|=' h '^=' i NL EOF");
    T("a < b > c <= d >= e == f != g", "a '<' b '>' c '<=' d '>=' e '==' f '!=' g NL EOF");
    T("~a ^ b | c & d << e >> f", "'~' a '^' b '|' c '&' d '<<' e '>>' f NL EOF");
    T("a**b//c%d@e*f/g-h+i", "a '**' b '//' c '%' d '@' e '*' f '/' g '-' h '+' i NL EOF");
    T("x[1:2, ...]; @d", "x '[' 1 ':' 2 ',' '...' ']' ';' '@' d NL EOF");
    T("..", "'.' '.' NL EOF");
    /* characters that start no token */
    T("x = $ ? ` ! <>", "x '=' ERR\"$\" ERR\"?\" ERR\"`\" ERR\"!\" ERR\"<>\" NL EOF");
    T("x = a$b", "x '=' a ERR\"$\" b NL EOF");
    T("False None True and as assert break class continue def del elif else except "
      "finally for from global if import in is lambda nonlocal not or pass raise return "
      "try while with yield",
      "'False' 'None' 'True' 'and' 'as' 'assert' 'break' 'class' 'continue' 'def' 'del' "
      "'elif' 'else' 'except' 'finally' 'for' 'from' 'global' 'if' 'import' 'in' 'is' "
      "'lambda' 'nonlocal' 'not' 'or' 'pass' 'raise' 'return' 'try' 'while' 'with' 'yield' "
      "NL EOF");
    T("iff Truex _if __x", "iff Truex _if __x NL EOF");
    T("été = _é + a·b + à",
      "été '=' _é '+' a·b '+' à NL EOF");
    T("x = 1é", "x '=' 1 é NL EOF");
}

static void test_numbers(VM *vm)
{
    T("0 00 0_0 7 1_000_000", "0 0 0 7 1000000 NL EOF");
    T("0x1F 0X_ff 0xdead_beef 0o17 0O_7 0b1010 0B_1_1",
      "31 255 3735928559 15 7 10 3 NL EOF");
    T("9223372036854775807 9223372036854775808",
      "9223372036854775807 big:9223372036854775808 NL EOF");
    T("18_446_744_073_709_551_616 0xffff_ffff_ffff_ffff 0x7fffffffffffffff",
      "big:18446744073709551616 big:0xffffffffffffffff 9223372036854775807 NL EOF");
    T("0b11111111111111111111111111111111111111111111111111111111111111111",
      "big:0b11111111111111111111111111111111111111111111111111111111111111111 NL EOF");
    T("1.5 .5 1. 1e5 1E-5 1.5e+3 000.5 0777.5 0777e1 09.5 1_2.3_4e5_6",
      "f:1.5 f:0.5 f:1 f:100000 f:1.0000000000000001e-05 f:1500 f:0.5 f:777.5 f:7770 "
      "f:9.5 f:1.234e+57 NL EOF");
    T("1e400 1e-400 0.1", "f:inf f:0 f:0.10000000000000001 NL EOF");
    T("1j 1.5J .5e1j 0j 0777j 1.j", "j:1 j:1.5 j:5 j:0 j:777 j:1 NL EOF");
    T("1..real", "f:1 '.' real NL EOF");
    /* a number followed by a keyword that may follow it: accepted (CPython only warns) */
    T("1if x else 2", "1 'if' x 'else' 2 NL EOF");
    T("1else 1or 2 1and 2 1in x 1is x 1not in x 1for",
      "1 'else' 1 'or' 2 1 'and' 2 1 'in' x 1 'is' x 1 'not' 'in' x 1 'for' NL EOF");
    T("0x1for", "31 'or' NL EOF");
    T("1e5else", "f:100000 'else' NL EOF");
}

static void test_strings(VM *vm)
{
    T("'abc' \"abc\" '''a\nb''' \"\"\"a\"b\"\"c\"\"\"",
      "s\"abc\" s\"abc\" s\"a\\nb\" s\"a\\\"b\\\"\\\"c\" NL EOF");
    T("'a\\tb\\\\c\\'d\\\"e'", "s\"a\\tb\\\\c'd\\\"e\" NL EOF");
    T("'\\a\\b\\f\\n\\r\\t\\v'", "s\"\\x07\\x08\\x0c\\n\\x0d\\t\\x0b\" NL EOF");
    T("'\\0\\1\\12\\123\\1234\\777\\400'", "s\"\\x00\\x01\\nSS4ǿĀ\" NL EOF");
    T("'\\x41\\x4a\\x4A'", "s\"AJJ\" NL EOF");
    T("'\\u20ac\\U0001F600\\U00000041'", "s\"€😀" "A\" NL EOF");
    T("'\\q\\8\\ \\é'", "s\"\\\\q\\\\8\\\\ \\\\é\" NL EOF");
    T("'a\\\nb' '''a\\\nb'''", "s\"ab\" s\"ab\" NL EOF");
    T("r'\\n\\x\\u' R'\\'' rb'\\x' Br'\\x'",
      "s\"\\\\n\\\\x\\\\u\" s\"\\\\'\" b\"\\\\x\" b\"\\\\x\" NL EOF");
    T("b'abc\\x00\\xff\\n\\777\\q' b'\\u1234\\N{X}'",
      "b\"abc\\x00\xff\\n\xff\\\\q\" b\"\\\\u1234\\\\N{X}\" NL EOF");
    T("u'abc' U'x' 'é€'", "s\"abc\" s\"x\" s\"é€\" NL EOF");
    T("'' \"\" '''''' \"\"\"\"\"\"", "s\"\" s\"\" s\"\" s\"\" NL EOF");
    T("bu'a'", "bu s\"a\" NL EOF");
    T("x = '''a\r\nb'''", "x '=' s\"a\\nb\" NL EOF");
}

static void test_fstrings(VM *vm)
{
    T("f'a{b!r:>{w}}c'", "f< m\"a\" { b !r : m\">\" { w } } m\"c\" >f NL EOF");
    T("f''", "f< >f NL EOF");
    T("f'{x}' 'y' F'{z}'", "f< { x } >f s\"y\" f< { z } >f NL EOF");
    T("f'{a = }{b=!s}{c=:>4}'",
      "f< { a =\"a = \" } { b =\"b=\" !s } { c =\"c=\" : m\">4\" } >f NL EOF");
    T("f'{a!=b}{a<b}{a>=b}{a==b}{a:=1}'",
      "f< { a '!=' b } { a '<' b } { a '>=' b } { a '==' b } { a : m\"=1\" } >f NL EOF");
    T("f'{(a:=1)}{lambda x:1}'", "f< { '(' a ':=' 1 ')' } { 'lambda' x : m\"1\" } >f NL EOF");
    T("f'{{}}{{{a}}}}}'", "f< m\"{}{\" { a } m\"}}\" >f NL EOF");
    T("f'{x:}}}' f'{x:{{y}}}'", "f< { x : } m\"}\" >f f< { x : { '{' y '}' } } >f NL EOF");
    T("f'{x:%H:%M}{x::}{x:{y}:}{x:a{y}b{z}c}'",
      "f< { x : m\"%H:%M\" } { x : m\":\" } { x : { y } m\":\" } "
      "{ x : m\"a\" { y } m\"b\" { z } m\"c\" } >f NL EOF");
    T("f'{x!r:^{w}.{p}f}'", "f< { x !r : m\"^\" { w } m\".\" { p } m\"f\" } >f NL EOF");
    T("f\"{f'{x:{y}}'}\"", "f< { f< { x : { y } } >f } >f NL EOF");
    T("f'{\"a}\"}{[1,2][0]}{ {1:2}[1] }'",
      "f< { s\"a}\" } { '[' 1 ',' 2 ']' '[' 0 ']' } { '{' 1 ':' 2 '}' '[' 1 ']' } >f NL EOF");
    T("f'''{\na\n+\nb}'''", "f< { a '+' b } >f NL EOF");
    T("f'''a\n{b}\nc{d!r:>{e}}\n'''",
      "f< m\"a\\n\" { b } m\"\\nc\" { d !r : m\">\" { e } } m\"\\n\" >f NL EOF");
    /* escapes in literal parts and specs; a backslash before a brace stays */
    T("f'\\{6*7}' f'a\\{{b' f'\\}}' rf'\\{6*7}' f'{3:\\x3e10}' f'\\{{6*7}}'",
      "f< m\"\\\\\" { 6 '*' 7 } >f f< m\"a\\\\{b\" >f f< m\"\\\\}\" >f "
      "f< m\"\\\\\" { 6 '*' 7 } >f f< { 3 : m\">10\" } >f f< m\"\\\\{6*7}\" >f NL EOF");
    T("rf'\\N{a}' fR'{a}\\n'", "f< m\"\\\\N\" { a } >f f< { a } m\"\\\\n\" >f NL EOF");
    T("f'{x}'  # c\n", "f< { x } >f NL EOF");
}

/* }================================================================ */

/* {================================================================ positions */

typedef struct PosCase {
    int line;
    const char *src;
    size_t len;
    int index;               /* token index */
    int l, c, el, ec;
} PosCase;

static void check_pos(VM *vm, int line, const char *src, size_t len, int index, int l, int c,
                      int el, int ec)
{
    Job j;
    if (run_job(vm, &j, src, len) || index >= j.ntoks) {
        failed++;
        printf("FAIL line %d: lexing failed or too few tokens\n", line);
    } else {
        Token *t = &j.toks[index];
        if (t->line != l || t->col != c || t->end_line != el || t->end_col != ec) {
            failed++;
            printf("FAIL line %d: token %d (%s) at %d:%d-%d:%d, expected %d:%d-%d:%d\n", line,
                   index, spy_tok_name(t->type), t->line, t->col, t->end_line, t->end_col, l, c,
                   el, ec);
        } else {
            passed++;
        }
    }
}

#define P(src, i, l, c, el, ec) check_pos(vm, __LINE__, S(src), i, l, c, el, ec)

static void test_positions(VM *vm)
{
    P("if x:  # c\n    y = 1\n", 3, 1, 7, 1, 10);     /* NEWLINE after a comment */
    P("if x:\n    y = 1\n", 3, 1, 5, 1, 5);           /* NEWLINE */
    P("if x:\n    y = 1\n", 4, 2, 4, 2, 4);           /* INDENT: col = indentation */
    P("x = 'a\\\nb' + 1", 2, 1, 4, 2, 2);             /* string across a continuation */
    P("x = '''a\nbc''' + 1", 3, 2, 6, 2, 7);
    P("é = 1", 1, 1, 3, 1, 4);                 /* byte columns */
    P("x = f'a{b!r:>{w}}c'", 2, 1, 4, 1, 6);          /* FSTRING_START */
    P("x = f'a{b!r:>{w}}c'", 3, 1, 6, 1, 7);          /* FSTRING_MIDDLE */
    P("x = f'a{b!r:>{w}}c'", 5, 1, 8, 1, 9);          /* the expression's NAME */
    P("x = f'a{b!r:>{w}}c'", 6, 1, 9, 1, 11);         /* FIELD_CONV */
    P("x = f'a{b!r:>{w}}c'", 11, 1, 15, 1, 16);       /* inner FIELD_END */
    P("x = f'a{b!r:>{w}}c'", 14, 1, 18, 1, 19);       /* FSTRING_END */
    P("x = f'''\n  {\na}'''", 5, 3, 0, 3, 1);         /* expression on a later line */
    P("if x:\n  y\n", 7, 2, 4, 2, 4);                 /* DEDENT at the end */
    P("if x:\n  y\n", 8, 2, 4, 2, 4);                 /* ENDMARKER */
}

/* }================================================================ */

/* {================================================================ errors */

static void check_error(VM *vm, int line, const char *src, size_t len, int drain_line,
                        const char *type, const char *msg, int eline, int offset)
{
    Job j;
    memset(&j, 0, sizeof j);
    j.src = src;
    j.len = len;
    j.drain_line = drain_line;
    if (!spy_pcall(vm, lex_all, &j)) {
        if (!type) {
            passed++;
        } else {
            failed++;
            printf("FAIL line %d: no error (%s)\n", line, j.out.p);
        }
        return;
    }
    ExcInfo x;
    exc_info(vm, &x);
    if (!type || strcmp(x.type, type) != 0 || strcmp(x.msg, msg) != 0 || x.line != eline ||
        (offset > 0 && x.offset != offset)) {
        failed++;
        printf("FAIL line %d: got %s: %s (line %d, offset %d)\n", line, x.type, x.msg, x.line,
               x.offset);
        if (type) {
            printf("   expected %s: %s (line %d, offset %d)\n", type, msg, eline, offset);
        }
    } else {
        passed++;
    }
}

/* E: an error, with CPython's 1-based offset (0: not compared, for errors CPython places
 * at offset 0 or -1, which spy_raise_syntax's conversion does not keep). */
#define E(src, type, msg, line, offset) \
    check_error(vm, __LINE__, S(src), 0, type, msg, line, offset)
#define SE(src, msg, line, offset) E(src, "SyntaxError", msg, line, offset)
/* D: lex to the first ERRORTOKEN, then spy_lex_drain(err_line); type NULL: no error. */
#define D(src, err_line, type, msg, line, offset) \
    check_error(vm, __LINE__, S(src), err_line, type, msg, line, offset)

#define UNTERM "unterminated string literal (detected at line "
#define UNTERM3 "unterminated triple-quoted string literal (detected at line "
#define UNIERR "(unicode error) 'unicodeescape' codec can't decode bytes in position "
#define LEADING0 \
    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for " \
    "octal integers"

static void test_layout_errors(VM *vm)
{
    E("if x:\n\ta\n        b\n", "TabError", "inconsistent use of tabs and spaces in indentation",
      3, 1);
    E("if x:\n        a\n\tb\n", "TabError", "inconsistent use of tabs and spaces in indentation",
      3, 1);
    E("if 1:\n\t x\n        y\n", "IndentationError",
      "unindent does not match any outer indentation level", 3, 10);
    E("if x:\n  a\n b\n", "IndentationError",
      "unindent does not match any outer indentation level", 3, 3);
    E("if x:\n  a\n b", "IndentationError",
      "unindent does not match any outer indentation level", 3, 3);
    E("if x:\n  a\n b   # c\n", "IndentationError",
      "unindent does not match any outer indentation level", 3, 9);
    E("if x:\n    a\n  \\\n  b\n", "IndentationError",
      "unindent does not match any outer indentation level", 4, 4);
    SE("x = (1,\n", "'(' was never closed", 1, 5);
    SE("foo(", "'(' was never closed", 1, 4);
    SE("x = [1, 2\ny = 3\n", "'[' was never closed", 1, 5);
    SE("x = {\n(\n", "'(' was never closed", 2, 1);
    SE("x = )", "unmatched ')'", 1, 5);
    SE("x = (]", "closing parenthesis ']' does not match opening parenthesis '('", 1, 6);
    SE("x = (\n\n]", "closing parenthesis ']' does not match opening parenthesis '(' on line 1",
       3, 1);
    SE("x = 1 \\ y", "unexpected character after line continuation character", 1, 8);
    SE("x = 1 \\ \n", "unexpected character after line continuation character", 1, 8);
    SE("if x:\n  \\ y\n", "unexpected character after line continuation character", 2, 4);
    /* a file ending in a backslash (python3 file.py: the last line gets its newline) */
    SE("x = 1 \\", "unexpected EOF while parsing", 1, 8);
    SE("x = 1 \\\n", "unexpected EOF while parsing", 1, 8);
    SE("x = (1 + \\\n", "'(' was never closed", 1, 5);
    SE("x = 1\n \\\n", "unexpected EOF while parsing", 2, 0);
    /* limits: 200 nested brackets, 99 indentation levels (CPython's own) */
    char buf[12000];
    int n = 0;
    n += sprintf(buf + n, "x = ");
    for (int i = 0; i < 201; i++) {
        buf[n++] = '(';
    }
    check_error(vm, __LINE__, buf, (size_t)n, 0, "SyntaxError", "too many nested parentheses",
                1, 205);
    n = sprintf(buf, "x = ");
    for (int i = 0; i < 200; i++) {
        buf[n++] = '[';
    }
    for (int i = 0; i < 200; i++) {
        buf[n++] = ']';
    }
    check_error(vm, __LINE__, buf, (size_t)n, 0, NULL, NULL, 0, 0);
    for (int depth = 99; depth <= 100; depth++) {
        n = 0;
        for (int i = 0; i < depth; i++) {
            n += sprintf(buf + n, "%*sif x:\n", i, "");
        }
        n += sprintf(buf + n, "%*spass\n", depth, "");
        check_error(vm, __LINE__, buf, (size_t)n, 0, depth == 100 ? "IndentationError" : NULL,
                    "too many levels of indentation", 101, 0);
    }
}

static void test_char_errors(VM *vm)
{
    SE("x = \x01\n", "invalid non-printable character U+0001", 1, 5);
    SE("x = \x7f\n", "invalid non-printable character U+007F", 1, 5);
    SE("x = \x0b 1\n", "invalid non-printable character U+000B", 1, 5);
    SE("x = a€\n", "invalid character '€' (U+20AC)", 1, 6);
    SE("x = €" "a\n", "invalid character '€' (U+20AC)", 1, 5);
    SE("x = 1€\n", "invalid character '€' (U+20AC)", 1, 6);
    SE("x = ·" "b\n", "invalid character '·' (U+00B7)", 1, 5);
    SE("x = \xC2\xA0\n", "invalid non-printable character U+00A0", 1, 5);
    SE("x = 1\xE3\x80\x80\n", "invalid non-printable character U+3000", 1, 6);
    SE("x = 😀\n", "invalid character '😀' (U+1F600)", 1, 5);
    SE("x = \xEF\xBB\xBF\n", "invalid non-printable character U+FEFF", 1, 5);
    /* NUL bytes and invalid UTF-8: reported when CPython reads the line, first problem
     * of the line first */
    SE("x = 1\ny=2\0\n", "source code cannot contain null bytes", 2, 0);
    SE("x = 1\ny=\"\0\"\n", "source code cannot contain null bytes", 2, 0);
    SE("x = 1_ \0\n", "source code cannot contain null bytes", 1, 0);
    SE("x = 1\0 \xff\n", "source code cannot contain null bytes", 1, 0);
    SE("x = (\ny = 1\0\n", "source code cannot contain null bytes", 2, 0);
    SE("x = '''\ny = 1\0\n", "source code cannot contain null bytes", 2, 0);
    SE("\0", "source code cannot contain null bytes", 1, 0);
#define NONUTF8(b, l)                                                                         \
    "Non-UTF-8 code starting with '\\x" b "' in file t.py on line " #l ", but no encoding " \
    "declared; see https://peps.python.org/pep-0263/ for details"
    SE("x = 1\n\xff\n", NONUTF8("ff", 2), 0, 0);
    SE("# \xc3\n", NONUTF8("c3", 1), 0, 0);
    SE("x = \xff 1\0\n", NONUTF8("ff", 1), 0, 0);
    SE("x = 1\n\xed\xa0\x80\n", NONUTF8("ed", 2), 0, 0);
    SE("x = 1\n\xc0\x80\n", NONUTF8("c0", 2), 0, 0);
    SE("x = 1\n'\xf4\x90\x80\x80'\n", NONUTF8("f4", 2), 0, 0);
    SE("x = 1\n'ab\xe2\x82'\n", NONUTF8("e2", 2), 0, 0);
    SE("x = 1\n'\xe2\x41'\n", NONUTF8("e2", 2), 0, 0);
    SE("x = '''\n\xff'''\n", NONUTF8("ff", 2), 0, 0);
    SE("x = 1 \\\n\xff\n", NONUTF8("ff", 2), 0, 0);
    SE("if x:\n  y\n\xff", NONUTF8("ff", 3), 0, 0);
    SE("x = 'abc\n\xff\n", UNTERM "1)", 1, 5);
    SE("x = 1\0\n\xff\n", "source code cannot contain null bytes", 1, 0);
}

static void test_number_errors(VM *vm)
{
    SE("x = 0777", LEADING0, 1, 5);
    SE("x = 09", LEADING0, 1, 5);
    SE("x = 0_7", LEADING0, 1, 5);
    SE("x = 0o8", "invalid digit '8' in octal literal", 1, 7);
    SE("x = 0o", "invalid octal literal", 1, 6);
    SE("x = 0o_", "invalid octal literal", 1, 7);
    SE("x = 0o1_", "invalid octal literal", 1, 8);
    SE("x = 0o7a", "invalid octal literal", 1, 7);
    SE("x = 0x", "invalid hexadecimal literal", 1, 6);
    SE("x = 0xg", "invalid hexadecimal literal", 1, 6);
    SE("x = 0xfg", "invalid hexadecimal literal", 1, 7);
    SE("x = 0b2", "invalid digit '2' in binary literal", 1, 7);
    SE("x = 0b1_", "invalid binary literal", 1, 8);
    SE("x = 0b", "invalid binary literal", 1, 6);
    SE("x = 0b1a", "invalid binary literal", 1, 7);
    SE("x = 1_", "invalid decimal literal", 1, 6);
    SE("x = 1__0", "invalid decimal literal", 1, 6);
    SE("x = 0_", "invalid decimal literal", 1, 6);
    SE("x = 1e", "invalid decimal literal", 1, 5);
    SE("x = 1a", "invalid decimal literal", 1, 5);
    SE("x = 1andy", "invalid decimal literal", 1, 5);
    SE("x = 1.5_", "invalid decimal literal", 1, 8);
    SE("x = 1.5x", "invalid decimal literal", 1, 7);
    SE("x = 1e+_5", "invalid decimal literal", 1, 7);
    SE("x = 1_e5", "invalid decimal literal", 1, 6);
    SE("x = 1e5a", "invalid decimal literal", 1, 7);
    SE("x = 1ej", "invalid decimal literal", 1, 5);
    SE("x = 1jk", "invalid imaginary literal", 1, 6);
}

static void test_string_errors(VM *vm)
{
    SE("x = 'abc", UNTERM "1)", 1, 5);
    SE("x = f'abc\n", UNTERM "1)", 1, 5);
    SE("x = rb'abc\n", UNTERM "1)", 1, 5);
    SE("x = 'a\\", UNTERM "1)", 1, 5);
    SE("x = 'abc\\\ndef\n", UNTERM "2)", 1, 5);
    SE("x = 'abc\\\ndef\\\nghi\n", UNTERM "3)", 1, 5);
    SE("x = '''abc\n\n", UNTERM3 "2)", 1, 5);
    SE("x = '''abc\n\nd", UNTERM3 "3)", 1, 5);
    SE("x = '''abc", UNTERM3 "1)", 1, 5);
    SE("x = 1\n'''a\nb\n", UNTERM3 "3)", 2, 1);
    /* contents errors are reported at the token after the literals */
    SE("x = '\\x1' + 2", UNIERR "0-2: truncated \\xXX escape", 1, 11);
    SE("x = '\\xg1'", UNIERR "0-1: truncated \\xXX escape", 1, 11);
    SE("x = 'ab\\u12'", UNIERR "2-5: truncated \\uXXXX escape", 1, 13);
    SE("x = 'ab\\U1234567'", UNIERR "2-10: truncated \\UXXXXXXXX escape", 1, 18);
    SE("x = 'ab\\U00110000'", UNIERR "2-11: illegal Unicode character", 1, 19);
    SE("x = '\\x1' '\\x2'", UNIERR "0-2: truncated \\xXX escape", 1, 16);
    SE("x = ('\\x1'\n  'a')", UNIERR "0-2: truncated \\xXX escape", 2, 6);
    SE("x = '\\\\\\x'", UNIERR "2-3: truncated \\xXX escape", 1, 11);
    SE("x = 'a\\x1bc' '\\u12'", UNIERR "0-3: truncated \\uXXXX escape", 1, 20);
    SE("x = 'é\\x1'", UNIERR "10-12: truncated \\xXX escape", 1, 11);
    SE("x = '\\é\\x1'", UNIERR "16-18: truncated \\xXX escape", 1, 12);
    SE("x = '\\x1'  # c\n", UNIERR "0-2: truncated \\xXX escape", 1, 12);
    SE("x = '\\x1' \\\n  'b'\n", UNIERR "0-2: truncated \\xXX escape", 2, 6);
    SE("x = b'\\x1'", "(value error) invalid \\x escape at position 0", 1, 11);
    SE("x = b'ab\\xz1'", "(value error) invalid \\x escape at position 2", 1, 14);
    SE("x = b'é'", "bytes can only contain ASCII literal characters", 1, 5);
    SE("x = 'ab\\N{DASH}'", "(unicode error) \\N{...} escapes are not supported", 1, 17);
    /* a tokenizer error after the literals wins, even on a later line */
    SE("x = '\\x1' 'abc", UNTERM "1)", 1, 11);
    SE("x = '\\x1'\n'abc", UNTERM "2)", 2, 1);
    SE("x = '\\x1' 1_", "invalid decimal literal", 1, 12);
    SE("x = ('\\x1'", "'(' was never closed", 1, 5);
}

static void test_fstring_errors(VM *vm)
{
    SE("x = f'{}'", "f-string: empty expression not allowed", 1, 10);
    SE("x = f'{ }'", "f-string: empty expression not allowed", 1, 11);
    SE("x = f'''{\n}'''", "f-string: empty expression not allowed", 2, 5);
    SE("x = f'{!r}'", "f-string: expression required before '!'", 1, 12);
    SE("x = f'{ !r}'", "f-string: expression required before '!'", 1, 13);
    SE("x = f'{=}'", "f-string: expression required before '='", 1, 11);
    SE("x = f'{:}'", "f-string: expression required before ':'", 1, 11);
    SE("x = f'{a!x}'", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1,
       13);
    SE("x = f'{a!}'", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 12);
    SE("x = f'{a!R}'", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1,
       13);
    SE("x = f'{a! r}'", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1,
       14);
    SE("x = f'{a=!x}'", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1,
       14);
    SE("x = f'{a!r:{b!x}}'",
       "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 19);
    SE("x = f'{a'", "f-string: expecting '}'", 1, 10);
    SE("x = f'{a:'", "f-string: expecting '}'", 1, 11);
    SE("x = f'{a!r'", "f-string: expecting '}'", 1, 12);
    SE("x = f'{a!'", "f-string: expecting '}'", 1, 11);
    SE("x = f'{a='", "f-string: expecting '}'", 1, 11);
    SE("x = f'{a:{b}'", "f-string: expecting '}'", 1, 14);
    SE("x = f'{a!r=}'", "f-string: expecting '}'", 1, 14);
    SE("x = f'{a!rr}'", "f-string: expecting '}'", 1, 14);
    SE("x = f'{a=b}'", "f-string: expecting '}'", 1, 13);
    SE("x = f'{x:{{}}'", "f-string: expecting '}'", 1, 15);
    SE("x = f'{'", "f-string: expecting '}'", 1, 9);
    SE("x = f'}'", "f-string: single '}' is not allowed", 1, 9);
    SE("x = f'a}b'", "f-string: single '}' is not allowed", 1, 11);
    SE("x = f'{a}}'", "f-string: single '}' is not allowed", 1, 12);
    SE("x = f'{a#}'", "f-string expression part cannot include '#'", 1, 12);
    SE("x = f'''{a\n#}'''", "f-string expression part cannot include '#'", 2, 6);
    SE("x = f'{\\n}'", "f-string expression part cannot include a backslash", 1, 12);
    SE("x = f'{a)}'", "f-string: unmatched ')'", 1, 12);
    SE("x = f'{(a]}'", "f-string: closing parenthesis ']' does not match opening parenthesis '('",
       1, 13);
    SE("x = f'{(a}'", "f-string: closing parenthesis '}' does not match opening parenthesis '('",
       1, 12);
    SE("x = f'{(a'", "f-string: unmatched '('", 1, 11);
    SE("x = f'{\"a'", "f-string: unterminated string", 1, 11);
    SE("x = f'{a:{b:{c}}}'", "f-string: expressions nested too deeply", 1, 19);
    SE("x = f'{'", "f-string: expecting '}'", 1, 9);
    SE("x = f'{a}' f'{b'", "f-string: expecting '}'", 1, 17);
    SE("x = f'{a' f'{b}'", "f-string: expecting '}'", 1, 17);
    SE("x = f'{}' + 1", "f-string: empty expression not allowed", 1, 11);
    SE("x = (f'{}'\n  )", "f-string: empty expression not allowed", 2, 3);
    SE("x = f'{}'  # c", "f-string: empty expression not allowed", 1, 12);
    SE("x = f'{}' '\\x1'", "f-string: empty expression not allowed", 1, 16);
    SE("x = '\\x1' f'{}'", UNIERR "0-2: truncated \\xXX escape", 1, 16);
    SE("x = f'\\x1{a}'", UNIERR "0-2: truncated \\xXX escape", 1, 14);
    SE("x = f'{a:\\x1}'", UNIERR "0-2: truncated \\xXX escape", 1, 15);
    SE("x = f'a{{b\\x1'", UNIERR "1-3: truncated \\xXX escape", 1, 15);
    /* tokenizer errors inside a field: CPython shows "(" + expression + ")" */
    SE("x = f'{1_}'", "invalid decimal literal", 1, 3);
    SE("x = f'{} {1_}'", "f-string: empty expression not allowed", 1, 15);
    SE("x = f'{1_} {}'", "invalid decimal literal", 1, 3);
    SE("x = f'''\n{a €}'''", "invalid character '€' (U+20AC)", 2, 4);
    SE("x = f'{b\"é\"}'", "f-string: bytes can only contain ASCII literal characters", 1,
       2);
    /* the literal ends at its closing quote first (3.11) */
    SE("x = f'{'a'}'", "f-string: expecting '}'", 1, 9);
    SE("x = f'{a\n}'", UNTERM "1)", 1, 5);
}

static void test_drain(VM *vm)
{
    D("x = $ $ 1_\n", 1, "SyntaxError", "invalid decimal literal", 1, 10);
    D("x = $\ny = 'abc\n", 1, "SyntaxError", UNTERM "2)", 2, 5);
    D("x = $\nif x:\n\ta\n        b\n", 1, NULL, NULL, 0, 0);
    D("x = $ (\n", 1, NULL, NULL, 0, 0);
    D("x = $\ny = (\n", 1, NULL, NULL, 0, 0);
    D("x = (\n$\n", 2, "SyntaxError", "'(' was never closed", 1, 5);
    D("x = (\n$ 1 \\ 2\n", 2, "SyntaxError", "'(' was never closed", 1, 5);
    D("x = $ f'{}'\n", 1, NULL, NULL, 0, 0);
    D("x = $\ny = '\\x1' 1_\n", 1, "SyntaxError", "invalid decimal literal", 2, 12);
    D("x = $\ny = 1 \\\n", 1, NULL, NULL, 0, 0);
    D("x = $\n\xff\n", 1, "SyntaxError", NONUTF8("ff", 2), 0, 0);
    D("x = $ )\n", 1, "SyntaxError", "unmatched ')'", 1, 7);
}

/* The parser's "f-string: ..." errors inside a field: CPython 3.11 shows them against
 * "(" + expression + ")" ("x = f'{a b}'" gives offset 2 and end offset 5 there). */
static void field_error_job(VM *vm, void *ud)
{
    Arena *a = spy_arena_new(vm);
    Lexer *lx = spy_lex_new(vm, a, S("x = f'{a b}'\n"), "t.py");
    Token t[16];
    int n = 0;
    do {
        spy_lex_next(lx, &t[n]);
    } while (t[n++].type != T_FIELD_END && n < 16);
    /* t[3] is FIELD_START, t[4] 'a', t[5] 'b', t[6] FIELD_END */
    spy_lex_drain(lx, t[6].line);
    spy_lex_field_error(lx, &t[3], &t[6], t[4].line, t[4].col, t[5].end_line, t[5].end_col,
                        "invalid syntax. Perhaps you forgot a comma?");
}

static void test_field_error(VM *vm)
{
    ExcInfo x;
    int64_t n;
    if (!spy_pcall(vm, field_error_job, NULL)) {
        failed++;
        printf("FAIL line %d: no error\n", __LINE__);
        return;
    }
    exc_info(vm, &x);
    Value text = spy_dict_get_str(vm, vm->exc->dict, spy_str_intern_cstr(vm, "text"));
    const char *tx = IS_STR(text) ? spy_str_utf8(vm, AS_STR(text), &n) : "";
    if (strcmp(x.msg, "f-string: invalid syntax. Perhaps you forgot a comma?") != 0 ||
        x.line != 1 || x.offset != 2 || int_attr(vm, vm->exc, "end_offset") != 5 ||
        strcmp(tx, "(a b)\n") != 0) {
        failed++;
        printf("FAIL line %d: got %s (line %d, offset %d, text %s)\n", __LINE__, x.msg, x.line,
               x.offset, tx);
    } else {
        passed++;
    }
}

/* }================================================================ */

static void run_group(VM *vm, const char *name, void (*fn)(VM *vm))
{
    int f0 = failed;
    fn(vm);
    if (failed != f0) {
        printf("  (in %s)\n", name);
    }
}

static int summary_main(VM *vm, const char *path)
{
    static char src[SPY_MAX_SOURCE_BYTES];
    static Job j;
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        return 2;
    }
    size_t n = fread(src, 1, sizeof src, f);
    fclose(f);
    int rc = run_job(vm, &j, src, n);
    printf("%s\n", j.out.p);
    if (rc) {
        ExcInfo x;
        exc_info(vm, &x);
        printf("%s: %s (line %d, offset %d)\n", x.type, x.msg, x.line, x.offset);
    }
    return rc;
}

int main(int argc, char **argv)
{
    spy_config cfg;
    spy_config_init(&cfg);
    spy_vm *vm = spy_new(&cfg);
    if (!vm) {
        printf("FAIL: spy_new\n0 passed, 1 failed\n");
        return 1;
    }
    if (argc == 3 && strcmp(argv[1], "--summary") == 0) {
        int rc = summary_main(vm, argv[2]);
        spy_free(vm);
        return rc;
    }
    run_group(vm, "layout", test_layout);
    run_group(vm, "operators and names", test_operators);
    run_group(vm, "numbers", test_numbers);
    run_group(vm, "strings", test_strings);
    run_group(vm, "f-strings", test_fstrings);
    run_group(vm, "positions", test_positions);
    run_group(vm, "layout errors", test_layout_errors);
    run_group(vm, "character errors", test_char_errors);
    run_group(vm, "number errors", test_number_errors);
    run_group(vm, "string errors", test_string_errors);
    run_group(vm, "f-string errors", test_fstring_errors);
    run_group(vm, "drain", test_drain);
    run_group(vm, "f-string field errors", test_field_error);
    spy_free(vm);
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
