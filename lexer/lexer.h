/* lexer.h: tokens of Python source, produced by the re2c scanner (lexer.re) and the
 * layout filter (layout.c) that adds NEWLINE / INDENT / DEDENT with CPython's rules.
 *
 * The lexer is reentrant (all state in `Lexer`), allocates only from the parser's arena,
 * and reports errors by throwing SyntaxError / IndentationError / TabError through
 * spy_raise_syntax with CPython 3.11's messages and positions.
 *
 * f-strings are split into tokens (3.11 semantics: the literal first ends at its closing
 * quote, as any string, then its inside is tokenized):
 *     T_FSTRING_START                    the prefix and opening quote
 *     then any sequence of
 *       T_FSTRING_MIDDLE                 literal text (escapes decoded, {{ and }} collapsed)
 *       T_FIELD_START                    '{'
 *           expression tokens            ordinary tokens (never NEWLINE/INDENT/DEDENT)
 *           [T_FIELD_DEBUG]              '=' after the expression: sval is the source text
 *                                        of the expression up to and including '=' and the
 *                                        whitespace after it (e.g. "x = ")
 *           [T_FIELD_CONV]               '!r' '!s' '!a': ival is 'r', 's' or 'a'
 *           [T_FIELD_SPEC                ':' then the spec as FSTRING_MIDDLE and nested
 *                                        FIELD_START .. FIELD_END tokens]
 *       T_FIELD_END                      '}'
 *     T_FSTRING_END
 * A plain string literal is one T_STRING token whose sval/slen is the decoded UTF-8 value
 * (may contain NUL bytes).  Adjacent literals are separate tokens; the parser joins them. */
#ifndef SPY_LEXER_H
#define SPY_LEXER_H

#include <stddef.h>
#include <stdint.h>

typedef struct VM VM;
typedef struct Arena Arena;

typedef enum TokType {
    T_ENDMARKER = 0,
    T_NEWLINE, T_INDENT, T_DEDENT,
    T_NAME,            /* sval/slen: identifier (UTF-8, NFKC not applied; sval points into
                          the lexer's source copy: not NUL-terminated) */
    T_INT,             /* ival when it fits int64 (flags & TF_BIG otherwise: sval = the literal
                          text with underscores removed and the base prefix kept, e.g. "0x1f") */
    T_FLOAT,           /* fval */
    T_IMAG,            /* fval (imaginary literals: the parser reports them unsupported) */
    T_STRING,          /* sval/slen: decoded value; flags: TF_BYTES for b'' literals */
    T_FSTRING_START, T_FSTRING_MIDDLE, T_FSTRING_END,
    T_FIELD_START, T_FIELD_END, T_FIELD_DEBUG, T_FIELD_CONV, T_FIELD_SPEC,
    /* keywords */
    T_FALSE, T_NONE, T_TRUE, T_AND, T_AS, T_ASSERT, T_ASYNC, T_AWAIT, T_BREAK, T_CLASS,
    T_CONTINUE, T_DEF, T_DEL, T_ELIF, T_ELSE, T_EXCEPT, T_FINALLY, T_FOR, T_FROM, T_GLOBAL,
    T_IF, T_IMPORT, T_IN, T_IS, T_LAMBDA, T_NONLOCAL, T_NOT, T_OR, T_PASS, T_RAISE,
    T_RETURN, T_TRY, T_WHILE, T_WITH, T_YIELD,
    /* operators and delimiters */
    T_LPAR, T_RPAR, T_LSQB, T_RSQB, T_LBRACE, T_RBRACE,
    T_COLON, T_COMMA, T_SEMI, T_DOT, T_ELLIPSIS, T_ARROW, T_AT, T_EQUAL, T_COLONEQUAL,
    T_PLUS, T_MINUS, T_STAR, T_SLASH, T_DSLASH, T_PERCENT, T_DSTAR,
    T_LSHIFT, T_RSHIFT, T_AMPER, T_VBAR, T_CIRCUMFLEX, T_TILDE,
    T_LESS, T_GREATER, T_LESSEQUAL, T_GREATEREQUAL, T_EQEQUAL, T_NOTEQUAL,
    T_PLUSEQUAL, T_MINEQUAL, T_STAREQUAL, T_SLASHEQUAL, T_DSLASHEQUAL, T_PERCENTEQUAL,
    T_ATEQUAL, T_AMPEREQUAL, T_VBAREQUAL, T_CIRCUMFLEXEQUAL, T_LSHIFTEQUAL, T_RSHIFTEQUAL,
    T_DSTAREQUAL,
    T_ERRORTOKEN,      /* a character that starts no token ('$' '?' '`' '!', or "<>"):
                          CPython's parser reports "invalid syntax" at it */
    T__COUNT
} TokType;

#define TF_BIG   1   /* T_INT too large for int64 */
#define TF_BYTES 2   /* T_STRING is a bytes literal */

typedef struct Token {
    TokType type;
    int line, col;           /* 1-based line, 0-based byte column of the first byte */
    int end_line, end_col;   /* position just past the last byte */
    const char *start;       /* raw source text of the token */
    size_t len;
    int flags;               /* TF_* */
    int64_t ival;
    double fval;
    const char *sval;        /* arena memory */
    size_t slen;
} Token;
/* NEWLINE spans the comment that ends its line, if any (else it is empty, at the newline).
 * INDENT, DEDENT and ENDMARKER have no column in CPython: for them `col` is how many bytes of
 * the line CPython's tokenizer has read at that point, which its messages use as the
 * (1-based) offset. */

typedef struct Lexer Lexer;

/* Creates a lexer over src[0..len) (need not be NUL-terminated: the lexer copies it into
 * the arena with a sentinel).  `filename` is used in SyntaxErrors. */
Lexer *spy_lex_new(VM *vm, Arena *arena, const char *src, size_t len, const char *filename);
/* The next token, after the layout filter.  Throws SyntaxError on bad input. */
void spy_lex_next(Lexer *lx, Token *out);
/* After a SyntaxError raised by the parser (any, "invalid syntax" as well as its specific
 * messages, not the lexer's own errors), CPython 3.11 tokenizes the rest of the file and
 * reports the first tokenizer error there instead (bad characters, numbers, unterminated
 * strings, brackets, ...; a TabError/IndentationError only ends that scan).  This does the
 * same: throws such an error if the rest of the source has one; also "'(' was never
 * closed" when the source ends inside a bracket opened on a line before `err_line` (the
 * line of the last token the parser read).  Returns if none. */
void spy_lex_drain(Lexer *lx, int err_line);
/* Raises a SyntaxError the parser found inside an f-string replacement field the way
 * CPython 3.11 reports it: `msg` gets the prefix "f-string: ", and the position
 * (line/col..end_line/end_col, ordinary token coordinates) is shown against the text
 * "(" + expression + ")" that 3.11 parses separately.  `field` is the field's
 * T_FIELD_START token, `end` the token that ends its expression (T_FIELD_DEBUG, _CONV,
 * _SPEC or _END).  Call spy_lex_drain first, as for any parser error. */
_Noreturn void spy_lex_field_error(Lexer *lx, const Token *field, const Token *end, int line,
                                   int col, int end_line, int end_col, const char *msg);
/* Printable name of a token type ("NAME", "'('", ...), for tests and messages. */
const char *spy_tok_name(TokType t);

#endif
