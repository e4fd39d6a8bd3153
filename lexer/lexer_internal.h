/* lexer_internal.h: the Lexer state shared by the re2c scanner (lexer.re: raw tokens,
 * numbers, strings, f-string splitting) and the layout filter (layout.c: NEWLINE, INDENT,
 * DEDENT, brackets, errors).  Nothing here is visible outside lexer/.
 *
 * Invariants: `buf` is the arena copy of the source with CRLF/CR turned into LF, a final
 * LF added if missing, and a NUL sentinel at `buf[len]`.  The first line that holds a NUL
 * byte or invalid UTF-8 has its first byte replaced by NUL (`bad`), so the scanner stops
 * there and reports the error exactly when CPython would read that line.  All memory comes
 * from the arena; no global or static mutable state. */
#ifndef SPY_LEXER_INTERNAL_H
#define SPY_LEXER_INTERNAL_H

#include <setjmp.h>
#include <stdbool.h>

#include "arena.h"
#include "lexer.h"
#include "vm.h"

/* Raw token kinds the scanner returns besides TokType values. */
enum {
    R_NL = T__COUNT + 1,   /* a physical newline (not escaped, not inside a string) */
    R_EOF,                 /* the end of the (sub-)range being scanned */
    R_QUEUED               /* an f-string: all its tokens were appended to the queue */
};

/* Exception kinds of lexer errors. */
enum { LE_SYNTAX, LE_INDENT, LE_TAB };

/* An error raised while a string literal's contents were processed.  CPython raises these
 * from the parser action after it has read the token that follows the run of adjacent
 * string literals, so they wait until that token is known (see layout.c). */
typedef struct LexErr {
    bool pending;
    bool at_next;            /* located at the token after the strings (else at line/col) */
    int kind;                /* LE_* */
    int line, col, end_line, end_col;
    const char *src;         /* text the line is shown from (NULL: the source) */
    size_t srclen;
    char msg[240];
} LexErr;

typedef struct Bracket {
    char ch;
    int line, col;
} Bracket;

/* An f-string replacement field being tokenized: errors inside its expression are
 * reported as CPython 3.11 does, against the text "(" + expression + ")". */
typedef struct FieldCtx {
    const char *expr, *expr_end;
    int line, col;           /* position of the '{' */
} FieldCtx;

/* A byte temporarily overwritten by a NUL sentinel (end of a field expression). */
typedef struct Planted {
    char *at;
    char saved;
} Planted;

struct Lexer {
    VM *vm;
    Arena *arena;
    const char *filename;

    char *buf;               /* see top of file */
    size_t len;
    const char *end;         /* buf + len: the final sentinel */

    /* scanner state (re2c cursors) */
    const char *cur, *mrk, *lim, *tok;
    int line;                /* line of `cur` */
    const char *line_start;  /* first byte of that line */
    const char *comment;     /* start of a comment on the current line, or NULL */

    /* the first bad line (NUL byte or invalid UTF-8), see top of file */
    char *bad;
    char bad_saved;          /* its original first byte */
    const char *bad_at;      /* the offending byte */
    bool bad_nul;            /* a NUL byte (else invalid UTF-8) */
    int bad_line;

    /* layout (layout.c) */
    bool at_bol;
    bool blank;              /* the current line is blank or a comment only */
    bool done;               /* ENDMARKER was returned */
    int pending;             /* >0: INDENTs to emit, <0: DEDENTs */
    int indent;              /* index of the innermost level in indstack */
    int indstack[SPY_MAX_INDENT];
    int altstack[SPY_MAX_INDENT];
    int depth;               /* open brackets */
    Bracket brackets[SPY_MAX_BRACKETS];

    /* f-string tokens waiting to be returned */
    Token *q;
    size_t qlen, qpos, qcap;

    /* string-content error handling */
    LexErr err;
    jmp_buf *jb;             /* set while a literal's contents are processed */
    FieldCtx *field;         /* innermost field expression being tokenized */
    Planted planted[16];     /* one per field expression being tokenized: f-strings nest
                                at most 4 deep (one per kind of quote) */
    int nplanted;
    bool skip_content;       /* find string ends only (no decoding, no f-string split) */

    /* drain mode (spy_lex_drain) */
    bool draining;
    bool stopped;            /* a "soft" tokenizer error ended the drain */
    int drain_err_line;
};

/* Scans one raw token at lx->cur into *t (layout.c drives it).  Returns a TokType or one of
 * R_NL, R_EOF, R_QUEUED.  Throws SyntaxError. */
int spy_lex_scan(Lexer *lx, Token *t);

/* Raises (or, inside a string literal's processing, records and unwinds to lx->jb) a
 * lexer error of `kind` at line/col..end_line/end_col, shown against lx->buf, or against
 * "(" + expression + ")" inside an f-string field (lx->field), as CPython 3.11 does. */
SPY_NORETURN void spy_lex_error(Lexer *lx, int kind, int line, int col, int end_line,
                                int end_col, const char *fmt, ...) SPY_PRINTF(7, 8);
/* A tokenizer error the way CPython's `syntaxerror()` places it: at the character just
 * before `p` on the current line. */
SPY_NORETURN void spy_lex_error_at(Lexer *lx, const char *p, const char *fmt, ...)
    SPY_PRINTF(3, 4);
/* A "soft" tokenizer error (CPython sets an error code instead of raising: TabError,
 * unindent mismatch, too deep, bad line continuation, EOF after a backslash).  Raises,
 * except in drain mode, where it stops the drain and returns (the caller then returns
 * R_EOF / ENDMARKER). */
void spy_lex_soft_error(Lexer *lx, int kind, int line, int col, int end_line, int end_col,
                        const char *fmt, ...) SPY_PRINTF(7, 8);
/* The input ended where a token must follow (after a backslash continuation, or inside
 * brackets): "'(' was never closed" or "unexpected EOF while parsing" at line/col; in
 * drain mode, stops the drain (see spy_lex_drain) and returns. */
void spy_lex_eof_error(Lexer *lx, int line, int col);
/* Raises the error of the bad line (NUL byte or invalid UTF-8) when the scanner reaches
 * `p`, if p is the start of that line; returns otherwise. */
void spy_lex_check_bad(Lexer *lx, const char *p);
/* Appends a token to the f-string queue. */
void spy_lex_queue(Lexer *lx, const Token *t);

#endif
