/* format.c: text formatting with CPython 3.11's rules and error messages:
 *   - format(v, spec) for built-in types (the format-spec mini-language),
 *   - printf-style `fmt % args` (spy_str_mod),
 *   - str.format / str.format_map (replacement fields, nested specs, conversions).
 * Floats are printed with the C library's correctly rounded %e/%f (glibc), or from
 * spy_float_repr's shortest digits for the no-type form; the digit layout rules (when to
 * use an exponent, '.0', '#') are CPython's. */
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "strimpl.h"

/* ================================================================ the spec mini-language */

typedef struct Spec {
    uint32_t fill;
    uint32_t align;      /* '<' '>' '^' '=' */
    uint32_t sign;       /* 0, '+', '-', ' ' */
    bool no_neg_0;       /* 'z' */
    bool alt;            /* '#' */
    int64_t width;       /* -1: none */
    char sep;            /* 0, ',' or '_' */
    int group;           /* digits per group: 3, or 4 for '_' with b/o/x/X */
    int64_t precision;   /* -1: none */
    uint32_t type;       /* 0: none */
} Spec;

static bool is_align(uint32_t c)
{
    return c == '<' || c == '>' || c == '^' || c == '=';
}

/* Reads decimal digits at *pos; returns how many (value in *out, -1 if none). */
static int64_t spec_int(VM *vm, Str *s, int64_t *pos, int64_t *out)
{
    int64_t n = 0, v = 0;
    while (*pos < s->len) {
        uint32_t c = str_char(s, *pos);
        if (c < '0' || c > '9') {
            break;
        }
        if (v > (INT64_MAX - (int64_t)(c - '0')) / 10) {
            spy_raise(vm, EXC(vm, ValueError), "Too many decimal digits in format string");
        }
        v = v * 10 + (c - '0');
        (*pos)++;
        n++;
    }
    *out = n ? v : -1;
    return n;
}

static SPY_NORETURN void bad_separator(VM *vm, char sep, uint32_t type)
{
    if (type > 32 && type < 128) {
        spy_raise(vm, EXC(vm, ValueError), "Cannot specify '%c' with '%c'.", sep, (int)type);
    }
    char buf[16];
    snprintf(buf, sizeof buf, "%x", (unsigned)type);
    spy_raise(vm, EXC(vm, ValueError), "Cannot specify '%c' with '\\x%s'.", sep, buf);
}

static SPY_NORETURN void unknown_code(VM *vm, uint32_t type, Value v)
{
    if (type > 32 && type < 128) {
        spy_raise(vm, EXC(vm, ValueError), "Unknown format code '%c' for object of type '%s'",
                  (int)type, spy_type_name(vm, v));
    }
    char buf[16];
    snprintf(buf, sizeof buf, "%x", (unsigned)type);
    spy_raise(vm, EXC(vm, ValueError), "Unknown format code '\\x%s' for object of type '%s'",
              buf, spy_type_name(vm, v));
}

/* [[fill]align][sign][z][#][0][width][grouping][.precision][type] */
static void parse_spec(VM *vm, Str *s, Value v, uint32_t default_type, uint32_t default_align,
                       Spec *f)
{
    int64_t p = 0, n = s->len;
    bool fill_given = false, align_given = false;
    f->fill = ' ';
    f->align = default_align;
    f->sign = 0;
    f->no_neg_0 = false;
    f->alt = false;
    f->width = -1;
    f->sep = 0;
    f->group = 3;
    f->precision = -1;
    f->type = default_type;
    if (n >= 2 && is_align(str_char(s, 1))) {
        f->fill = str_char(s, 0);
        f->align = str_char(s, 1);
        fill_given = align_given = true;
        p = 2;
    } else if (n >= 1 && is_align(str_char(s, 0))) {
        f->align = str_char(s, 0);
        align_given = true;
        p = 1;
    }
    if (p < n && (str_char(s, p) == '+' || str_char(s, p) == '-' || str_char(s, p) == ' ')) {
        f->sign = str_char(s, p++);
    }
    if (p < n && str_char(s, p) == 'z') {
        f->no_neg_0 = true;
        p++;
    }
    if (p < n && str_char(s, p) == '#') {
        f->alt = true;
        p++;
    }
    if (!fill_given && p < n && str_char(s, p) == '0') {
        /* Zero padding: fill '0', and sign-aware for types that align right by default. */
        f->fill = '0';
        if (!align_given && default_align == '>') {
            f->align = '=';
        }
        p++;
    }
    spec_int(vm, s, &p, &f->width);
    if (p < n && str_char(s, p) == ',') {
        f->sep = ',';
        p++;
    }
    if (p < n && str_char(s, p) == '_') {
        if (f->sep) {
            spy_raise(vm, EXC(vm, ValueError), "Cannot specify both ',' and '_'.");
        }
        f->sep = '_';
        p++;
    }
    if (p < n && str_char(s, p) == ',' && f->sep == '_') {
        spy_raise(vm, EXC(vm, ValueError), "Cannot specify both ',' and '_'.");
    }
    if (p < n && str_char(s, p) == '.') {
        p++;
        if (spec_int(vm, s, &p, &f->precision) == 0) {
            spy_raise(vm, EXC(vm, ValueError), "Format specifier missing precision");
        }
    }
    if (n - p > 1) {
        spy_raise(vm, EXC(vm, ValueError), "Invalid format specifier '%U' for object of type '%s'",
                  s, spy_type_name(vm, v));
    }
    if (p < n) {
        f->type = str_char(s, p);
    }
    if (f->sep) {
        switch (f->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (f->sep == '_') {
                f->group = 4;
                break;
            }
            bad_separator(vm, f->sep, f->type);
        default:
            bad_separator(vm, f->sep, f->type);
        }
    }
}

/* ================================================================ laying out numbers */

/* Length of `ndig` digits grouped by `sep` every `gsize`, zero-padded to at least `minw`
 * characters; writes them into out (when not NULL) right to left, ending at out[len-1]. */
static int64_t group_digits(const char *dig, int64_t ndig, char sep, int gsize, int64_t minw,
                            char *out)
{
    if (!sep) {
        int64_t len = ndig > minw ? ndig : minw;
        if (out) {
            memset(out, '0', (size_t)(len - ndig));
            memcpy(out + len - ndig, dig, (size_t)ndig);
        }
        return len;
    }
    /* Groups from the right; once the digits run out, groups of zeros continue until
     * the width is reached (a group never starts with a separator). */
    int64_t len = 0, rem = ndig, mw = minw;
    for (int pass = 0; pass < 2; pass++) {
        int64_t pos = len, r = rem, w = mw;
        bool first = true;
        len = 0;
        for (;;) {
            int64_t l = r > w ? r : w;
            l = l < 1 ? 1 : l > gsize ? gsize : l;
            int64_t nch = r < l ? r : l;
            int64_t nz = l - nch;
            len += (first ? 0 : 1) + l;
            if (pass == 1) {
                if (!first) {
                    out[--pos] = sep;
                }
                pos -= nch;
                memcpy(out + pos, dig + r - nch, (size_t)nch);
                pos -= nz;
                memset(out + pos, '0', (size_t)nz);
            }
            first = false;
            r -= nch;
            w -= l;
            if (r <= 0 && w <= 0) {
                break;
            }
            w--;
        }
        if (!out) {
            break;
        }
    }
    return len;
}

/* Emits a formatted number: [sign][prefix][digits grouped][rest], padded per the spec.
 * `digits` are ASCII; `cdigit` (when not 0 and digits NULL) is a single character for
 * the 'c' type. */
static Str *emit_number(VM *vm, const Spec *f, char sign, const char *prefix,
                        const char *digits, int64_t ndig, const char *rest, int64_t nrest,
                        uint32_t cdigit)
{
    int64_t nsign = sign ? 1 : 0, npre = (int64_t)strlen(prefix);
    int64_t minw = 0;
    if (f->fill == '0' && f->align == '=' && f->width > 0) {
        minw = f->width - nsign - npre - nrest;
    }
    char csep = f->sep;
    int64_t ng;
    if (!digits) {
        ng = 1 > minw ? 1 : minw;
    } else if (ndig == 0) {
        csep = 0;   /* inf/nan: zero padding but no separators */
        ng = minw > 0 ? minw : 0;
    } else {
        ng = group_digits(digits, ndig, csep, f->group, minw, NULL);
    }
    int64_t total = nsign + npre + ng + nrest;
    int64_t pad = f->width > total ? f->width - total : 0;
    int64_t left = 0, mid = 0, right = 0;
    switch (f->align) {
    case '<':
        right = pad;
        break;
    case '^':
        left = pad / 2;
        right = pad - left;
        break;
    case '=':
        mid = pad;
        break;
    default:
        left = pad;
        break;
    }
    StrBuf sb;
    spy_sb_init(vm, &sb);
    spy_sb_add_fill(vm, &sb, f->fill, left);
    if (sign) {
        spy_sb_add(vm, &sb, &sign, 1);
    }
    spy_sb_add(vm, &sb, prefix, npre);
    spy_sb_add_fill(vm, &sb, f->fill, mid);
    if (!digits) {
        spy_sb_add_fill(vm, &sb, '0', ng - 1);
        spy_sb_add_char(vm, &sb, cdigit);
    } else if (ng > 0) {
        char *out = spy_buf_extend(vm, sb.buf, ng);
        group_digits(digits, ndig, csep, f->group, minw, out);
    }
    spy_sb_add(vm, &sb, rest, nrest);
    spy_sb_add_fill(vm, &sb, f->fill, right);
    return spy_sb_finish(vm, &sb);
}

/* ================================================================ floats as text */

/* CPython's "repr" layout of digits: `dig` (ndig significant digits, no leading zero
 * unless the value is 0) times 10**(decpt - ndig).  Writes into out, returns length.
 * `prec_end` is how many digits to show at least (zero padded), counted from the first. */
static int64_t layout_digits(char *out, const char *dig, int64_t ndig, int64_t decpt,
                             bool use_exp, int64_t prec_end, bool alt, bool add_dot_0)
{
    int64_t o = 0, exp = 0;
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    int64_t vstart = decpt <= 0 ? decpt - 1 : 0;
    int64_t vend = prec_end > ndig ? prec_end : ndig;
    if (!use_exp && add_dot_0) {
        vend = vend > decpt ? vend : decpt + 1;
    } else {
        vend = vend > decpt ? vend : decpt;
    }
    for (int64_t i = vstart; i < vend; i++) {
        if (i == decpt) {
            out[o++] = '.';
        }
        out[o++] = (i >= 0 && i < ndig) ? dig[i] : '0';
    }
    if (decpt == vend && alt) {
        out[o++] = '.';
    }
    if (use_exp) {
        o += sprintf(out + o, "e%c%02d", exp < 0 ? '-' : '+', (int)(exp < 0 ? -exp : exp));
    }
    return o;
}

/* Text of |x| (finite) for type 'e' or 'f' (C's rules), 'g', 'r' (repr, with `alt`) or
 * 'p' meaning CPython's precision form of the no-type spec: a 'g' that switches to an
 * exponent one digit earlier and keeps a ".0".  Returns a GC-owned buffer. */
static Buf *float_text(VM *vm, double ax, int type, int64_t prec, bool alt)
{
    if (prec > INT_MAX) {
        spy_raise(vm, EXC(vm, ValueError), "precision too big");
    }
    int64_t cap = prec + (type == 'f' ? 360 : 40);
    spy_mem_precheck(vm, (double)cap * 2);
    spy_charge(vm, cap / 32 + 1);
    Buf *b = spy_buf_new(vm, cap);
    if (type == 'r') {
        int64_t n;
        const char *r = spy_str_utf8(vm, spy_float_repr(vm, ax), &n);
        const char *e = memchr(r, 'e', (size_t)n);
        if (alt && e && !memchr(r, '.', (size_t)(e - r))) {
            spy_buf_add(vm, b, r, e - r);
            spy_buf_add(vm, b, ".", 1);
            spy_buf_add(vm, b, e, n - (e - r));
        } else {
            spy_buf_add(vm, b, r, n);
        }
        return b;
    }
    if (type == 'e' || type == 'f') {
        int n = snprintf(b->data, (size_t)cap, alt ? (type == 'e' ? "%#.*e" : "%#.*f")
                                                   : (type == 'e' ? "%.*e" : "%.*f"),
                         (int)prec, ax);
        b->len = n < cap ? n : cap - 1;
        return b;
    }
    /* 'g' and 'p': significant digits from %e, then CPython's layout (glibc's own %#g
     * mishandles a rounding carry, e.g. %#.5g of 99999.5). */
    int64_t p = prec == 0 ? 1 : prec;
    Buf *tmp = spy_buf_new(vm, cap);
    snprintf(tmp->data, (size_t)cap, "%.*e", (int)(p - 1), ax);
    char *t = tmp->data;
    char *e = strchr(t, 'e');
    int64_t ndig = 0;
    for (char *q = t; q < e; q++) {
        if (*q != '.') {
            t[ndig++] = *q;
        }
    }
    int64_t decpt = strtol(e + 1, NULL, 10) + 1;
    while (ndig > 1 && t[ndig - 1] == '0') {
        ndig--;
    }
    bool add_dot_0 = type == 'p';
    bool use_exp = decpt <= -4 || decpt > (add_dot_0 ? p - 1 : p);
    b->len = layout_digits(b->data, t, ndig, decpt, use_exp, alt ? p : 0, alt, add_dot_0);
    spy_mem_free(vm, tmp->data);
    tmp->data = NULL;
    tmp->cap = 0;
    return b;
}

/* Formats a float value per spec `f` (type already validated). */
static Str *format_float_spec(VM *vm, double x, const Spec *f)
{
    int type = (int)f->type;
    bool upper = type == 'E' || type == 'F' || type == 'G';
    bool pct = type == '%';
    int64_t prec = f->precision;
    int t;
    switch (type) {
    case 0:
        t = prec < 0 ? 'r' : 'p';
        break;
    case 'n':
    case 'g':
    case 'G':
        t = 'g';
        break;
    case 'e':
    case 'E':
        t = 'e';
        break;
    default:
        t = 'f';
        break;
    }
    if (pct) {
        x *= 100;
    }
    if (prec < 0 && t != 'r') {
        prec = 6;
    }
    char sign = 0;
    bool neg = signbit(x) && !isnan(x);
    Buf *b;
    const char *text;
    int64_t n;
    if (isinf(x) || isnan(x)) {
        text = isinf(x) ? (upper ? "INF" : "inf") : (upper ? "NAN" : "nan");
        n = 3;
        b = spy_buf_new(vm, 8);
        spy_buf_add(vm, b, text, 3);
    } else {
        b = float_text(vm, fabs(x), t, prec, f->alt);
        if (upper) {
            for (int64_t i = 0; i < b->len; i++) {
                if (b->data[i] == 'e') {
                    b->data[i] = 'E';
                }
            }
        }
        if (neg && f->no_neg_0) {
            /* 'z': a negative value that rounds to zero prints unsigned. */
            bool zero = true;
            for (int64_t i = 0; i < b->len && zero; i++) {
                char c = b->data[i];
                if (c == 'e' || c == 'E') {
                    break;
                }
                zero = !(c >= '1' && c <= '9');
            }
            if (zero) {
                neg = false;
            }
        }
    }
    if (pct) {
        spy_buf_add(vm, b, "%", 1);
    }
    if (neg) {
        sign = '-';
    } else if (f->sign == '+' || f->sign == ' ') {
        sign = (char)f->sign;
    }
    /* Split into leading digits and the rest ('.', fraction, exponent, '%', inf/nan). */
    text = b->data;
    n = b->len;
    int64_t nd = 0;
    while (nd < n && text[nd] >= '0' && text[nd] <= '9') {
        nd++;
    }
    return emit_number(vm, f, sign, "", text, nd, text + nd, n - nd, 0);
}

/* ================================================================ format() per type */

static Str *format_str_spec(VM *vm, Str *s, Str *spec)
{
    Spec f;
    Value v = mk_obj(s);
    parse_spec(vm, spec, v, 's', '<', &f);
    if (f.type != 's') {
        unknown_code(vm, f.type, v);
    }
    if (f.sign == ' ') {
        spy_raise(vm, EXC(vm, ValueError), "Space not allowed in string format specifier");
    }
    if (f.sign) {
        spy_raise(vm, EXC(vm, ValueError), "Sign not allowed in string format specifier");
    }
    if (f.no_neg_0) {
        spy_raise(vm, EXC(vm, ValueError),
                  "Negative zero coercion (z) not allowed in string format specifier");
    }
    if (f.alt) {
        spy_raise(vm, EXC(vm, ValueError),
                  "Alternate form (#) not allowed in string format specifier");
    }
    if (f.align == '=') {
        spy_raise(vm, EXC(vm, ValueError),
                  "'=' alignment not allowed in string format specifier");
    }
    int64_t len = s->len;
    if (f.precision >= 0 && f.precision < len) {
        len = f.precision;
    }
    int64_t pad = f.width > len ? f.width - len : 0;
    if (pad == 0 && len == s->len && s->hdr.type == vm->t_str) {
        return s;
    }
    int64_t left = f.align == '>' ? pad : f.align == '^' ? pad / 2 : 0;
    StrBuf sb;
    spy_sb_init(vm, &sb);
    spy_sb_add_fill(vm, &sb, f.fill, left);
    spy_sb_add_substr(vm, &sb, s, 0, len);
    spy_sb_add_fill(vm, &sb, f.fill, pad - left);
    return spy_sb_finish(vm, &sb);
}

/* Digits of |v| in `base` (ASCII, no sign or prefix) into a Buf; *neg set. */
static Buf *int_digits(VM *vm, Value v, int base, bool upper, bool *neg)
{
    Buf *b;
    if (IS_SMALLINT_LIKE(v)) {
        int64_t i = AS_INT(v);
        uint64_t u = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
        char tmp[72];
        int n = 0;
        const char *digs = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        do {
            tmp[n++] = digs[u % (unsigned)base];
            u /= (unsigned)base;
        } while (u);
        b = spy_buf_new(vm, n);
        for (int k = 0; k < n; k++) {
            b->data[k] = tmp[n - 1 - k];
        }
        b->len = n;
        *neg = i < 0;
        return b;
    }
    int64_t n;
    const char *t = spy_str_utf8(vm, spy_int_to_str(vm, v, base), &n);
    *neg = n > 0 && t[0] == '-';
    int64_t skip = *neg ? 1 : 0;
    if (base != 10 && n - skip >= 2 && t[skip] == '0') {
        skip += 2;   /* the 0b/0o/0x prefix */
    }
    b = spy_buf_new(vm, n - skip);
    spy_buf_add(vm, b, t + skip, n - skip);
    if (upper) {
        for (int64_t k = 0; k < b->len; k++) {
            if (b->data[k] >= 'a' && b->data[k] <= 'f') {
                b->data[k] = (char)(b->data[k] - 32);
            }
        }
    }
    return b;
}

static Str *format_int_spec(VM *vm, Value v, Str *spec)
{
    Spec f;
    parse_spec(vm, spec, v, 'd', '>', &f);
    switch (f.type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
        return format_float_spec(vm, spy_int_to_double(vm, v), &f);
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        break;
    default:
        unknown_code(vm, f.type, v);
    }
    if (f.precision >= 0) {
        spy_raise(vm, EXC(vm, ValueError), "Precision not allowed in integer format specifier");
    }
    if (f.no_neg_0) {
        spy_raise(vm, EXC(vm, ValueError),
                  "Negative zero coercion (z) not allowed in integer format specifier");
    }
    if (f.type == 'c') {
        if (f.sign) {
            spy_raise(vm, EXC(vm, ValueError),
                      "Sign not allowed with integer format specifier 'c'");
        }
        if (f.alt) {
            spy_raise(vm, EXC(vm, ValueError),
                      "Alternate form (#) not allowed with integer format specifier 'c'");
        }
        if (!IS_SMALLINT_LIKE(v)) {
            spy_raise(vm, EXC(vm, OverflowError), "Python int too large to convert to C long");
        }
        if (AS_INT(v) < 0 || AS_INT(v) > 0x10FFFF) {
            spy_raise(vm, EXC(vm, OverflowError), "%%c arg not in range(0x110000)");
        }
        return emit_number(vm, &f, 0, "", NULL, 0, "", 0, (uint32_t)AS_INT(v));
    }
    int base = f.type == 'b' ? 2 : f.type == 'o' ? 8 : (f.type == 'x' || f.type == 'X') ? 16 : 10;
    bool neg;
    Buf *d = int_digits(vm, v, base, f.type == 'X', &neg);
    const char *prefix = "";
    if (f.alt) {
        prefix = base == 2 ? "0b" : base == 8 ? "0o" : f.type == 'X' ? "0X"
                 : base == 16 ? "0x" : "";
    }
    char sign = neg ? '-' : (f.sign == '+' || f.sign == ' ') ? (char)f.sign : 0;
    return emit_number(vm, &f, sign, prefix, d->data, d->len, "", 0, 0);
}

static Str *format_float_value(VM *vm, Value v, Str *spec)
{
    Spec f;
    parse_spec(vm, spec, v, 0, '>', &f);
    switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        break;
    default:
        unknown_code(vm, f.type, v);
    }
    if (f.precision > INT_MAX) {
        spy_raise(vm, EXC(vm, ValueError), "precision too big");
    }
    return format_float_spec(vm, AS_FLOAT(v), &f);
}

Str *spy_format_builtin(VM *vm, Value v, Str *spec)
{
    if (IS_STR(v)) {
        if (spec->len == 0) {
            Str *s = AS_STR(v);
            return s->hdr.type == vm->t_str ? s : spy_str_substr(vm, s, 0, s->len);
        }
        return format_str_spec(vm, AS_STR(v), spec);
    }
    if (spec->len == 0) {
        return spy_str(vm, v);
    }
    if (IS_ANYINT(v)) {
        return format_int_spec(vm, v, spec);
    }
    if (IS_FLOAT(v)) {
        return format_float_value(vm, v, spec);
    }
    spy_raise(vm, EXC(vm, TypeError), "unsupported format string passed to %s.__format__",
              spy_type_name(vm, v));
}

/* ================================================================ printf-style: fmt % args */

typedef struct ModState {
    Value *items;        /* positional arguments */
    int64_t nitems;      /* -1: a single non-tuple argument, items[0] */
    int64_t idx;
    Value dict;          /* the mapping for %(key)s, or VT_NULL */
} ModState;

static Value mod_next(VM *vm, ModState *st)
{
    if (st->nitems < 0) {
        if (st->idx == 0) {
            st->idx = 1;
            return st->items[0];
        }
    } else if (st->idx < st->nitems) {
        return st->items[st->idx++];
    }
    spy_raise(vm, EXC(vm, TypeError), "not enough arguments for format string");
}

/* Does `v` count as a mapping for %-formatting (CPython: has __getitem__, not a tuple
 * or str)? */
static bool mod_is_mapping(VM *vm, Value v)
{
    if (!IS_OBJ(v) || IS_TUPLE(v) || IS_STR(v)) {
        return false;
    }
    switch (OBJ_KIND(v)) {
    case K_DICT: case K_LIST: case K_RANGE:
        return true;
    case K_INSTANCE:
        return !IS_NULL(spy_type_lookup(vm, spy_typeof(vm, v), vm->s.__getitem__));
    default:
        return false;
    }
}

enum { FL_LEFT = 1, FL_SIGN = 2, FL_SPACE = 4, FL_ALT = 8, FL_ZERO = 16 };

/* Pads `body` (already including its sign/prefix of `nlead` chars) to `width`. */
static void mod_pad(VM *vm, StrBuf *sb, int flags, int64_t width, bool numeric,
                    const char *body, int64_t n, int64_t nlead)
{
    int64_t pad = width > n ? width - n : 0;
    if (flags & FL_LEFT) {
        spy_sb_add(vm, sb, body, n);
        spy_sb_add_fill(vm, sb, ' ', pad);
    } else if ((flags & FL_ZERO) && numeric) {
        spy_sb_add(vm, sb, body, nlead);
        spy_sb_add_fill(vm, sb, '0', pad);
        spy_sb_add(vm, sb, body + nlead, n - nlead);
    } else {
        spy_sb_add_fill(vm, sb, ' ', pad);
        spy_sb_add(vm, sb, body, n);
    }
}

static void mod_int(VM *vm, StrBuf *sb, uint32_t c, int flags, int64_t width, int64_t prec,
                    Value v)
{
    if (!IS_ANYINT(v)) {
        bool real_ok = c == 'd' || c == 'i' || c == 'u';
        if (IS_FLOAT(v) && real_ok) {
            v = spy_int_from_double(vm, AS_FLOAT(v));
        } else if (IS_OBJ(v) && !IS_STR(v) &&
                   !IS_NULL(spy_type_lookup(vm, spy_typeof(vm, v),
                                            spy_str_intern_cstr(vm, "__index__")))) {
            v = spy_index(vm, v);
        } else if (real_ok) {
            spy_raise(vm, EXC(vm, TypeError), "%%%c format: a real number is required, not %T",
                      (int)c, v);
        } else {
            spy_raise(vm, EXC(vm, TypeError), "%%%c format: an integer is required, not %T",
                      (int)c, v);
        }
    }
    int base = c == 'o' ? 8 : (c == 'x' || c == 'X') ? 16 : 10;
    bool neg;
    Buf *d = int_digits(vm, v, base, c == 'X', &neg);
    int64_t zeros = prec > d->len ? prec - d->len : 0;
    spy_mem_precheck(vm, (double)zeros);
    Buf *b = spy_buf_new(vm, d->len + zeros + 4);
    int64_t nlead = 0;
    if (neg) {
        spy_buf_add(vm, b, "-", 1);
    } else if (flags & FL_SIGN) {
        spy_buf_add(vm, b, "+", 1);
    } else if (flags & FL_SPACE) {
        spy_buf_add(vm, b, " ", 1);
    }
    if ((flags & FL_ALT) && base != 10) {
        spy_buf_add(vm, b, c == 'o' ? "0o" : c == 'X' ? "0X" : "0x", 2);
    }
    nlead = b->len;
    memset(spy_buf_extend(vm, b, zeros), '0', (size_t)zeros);
    spy_buf_add(vm, b, d->data, d->len);
    mod_pad(vm, sb, flags, width, true, b->data, b->len, nlead);
}

static void mod_float(VM *vm, StrBuf *sb, uint32_t c, int flags, int64_t width, int64_t prec,
                      Value v)
{
    double x;
    if (IS_FLOAT(v)) {
        x = AS_FLOAT(v);
    } else if (IS_ANYINT(v)) {
        x = spy_int_to_double(vm, v);
    } else {
        spy_raise(vm, EXC(vm, TypeError), "must be real number, not %T", v);
    }
    if (prec < 0) {
        prec = 6;
    }
    int lc = c == 'E' ? 'e' : c == 'F' ? 'f' : c == 'G' ? 'g' : (int)c;
    bool upper = lc != (int)c;
    bool neg = signbit(x) && !isnan(x);
    Buf *b = spy_buf_new(vm, 8);
    if (neg) {
        spy_buf_add(vm, b, "-", 1);
    } else if (flags & FL_SIGN) {
        spy_buf_add(vm, b, "+", 1);
    } else if (flags & FL_SPACE) {
        spy_buf_add(vm, b, " ", 1);
    }
    int64_t nlead = b->len;
    if (isinf(x) || isnan(x)) {
        spy_buf_add(vm, b, isinf(x) ? (upper ? "INF" : "inf") : (upper ? "NAN" : "nan"), 3);
    } else {
        Buf *t = float_text(vm, fabs(x), lc, prec, (flags & FL_ALT) != 0);
        if (upper) {
            for (int64_t i = 0; i < t->len; i++) {
                if (t->data[i] == 'e') {
                    t->data[i] = 'E';
                }
            }
        }
        spy_buf_add(vm, b, t->data, t->len);
    }
    mod_pad(vm, sb, flags, width, true, b->data, b->len, nlead);
}

/* Appends s (truncated to prec, padded to width) for %s/%r/%a/%c. */
static void mod_text(VM *vm, StrBuf *sb, int flags, int64_t width, int64_t prec, Str *s)
{
    int64_t len = prec >= 0 && prec < s->len ? prec : s->len;
    int64_t pad = width > len ? width - len : 0;
    if (!(flags & FL_LEFT)) {
        spy_sb_add_fill(vm, sb, ' ', pad);
    }
    spy_sb_add_substr(vm, sb, s, 0, len);
    if (flags & FL_LEFT) {
        spy_sb_add_fill(vm, sb, ' ', pad);
    }
}

/* Reads an int for a '*' width (a C ssize_t) or precision (a C int). */
static int64_t mod_star(VM *vm, ModState *st, bool is_prec)
{
    Value v = mod_next(vm, st);
    if (!IS_ANYINT(v)) {
        spy_raise(vm, EXC(vm, TypeError), "* wants int");
    }
    if (IS_BIGINT(v) || (is_prec && (AS_INT(v) > INT_MAX || AS_INT(v) < INT_MIN))) {
        spy_raise(vm, EXC(vm, OverflowError), "Python int too large to convert to C %s",
                  is_prec ? "int" : "ssize_t");
    }
    return AS_INT(v);
}

/* Digits of a width (bounded by int64) or precision (bounded by a C int). */
static int64_t mod_digits(VM *vm, Str *fmt, int64_t *i, const char *what, int64_t max)
{
    int64_t v = 0;
    while (*i < fmt->len) {
        uint32_t c = str_char(fmt, *i);
        if (c < '0' || c > '9') {
            break;
        }
        if (v > (max - (int64_t)(c - '0')) / 10) {
            spy_raise(vm, EXC(vm, ValueError), "%s too big", what);
        }
        v = v * 10 + (c - '0');
        (*i)++;
    }
    return v;
}

Str *spy_str_mod(VM *vm, Str *fmt, Value args)
{
    ModState st;
    st.idx = 0;
    if (IS_TUPLE(args)) {
        st.items = AS_TUPLE(args)->items;
        st.nitems = AS_TUPLE(args)->len;
    } else {
        st.items = &args;
        st.nitems = -1;
    }
    st.dict = mod_is_mapping(vm, args) ? args : NULLV;
    Value keyval = NULLV;
    StrBuf sb;
    spy_sb_init(vm, &sb);
    const int64_t n = fmt->len;
    int64_t i = 0;
    while (i < n) {
        int64_t j = i;
        if (fmt->kind == 1) {
            const uint8_t *q = memchr(fmt->data + i, '%', (size_t)(n - i));
            j = q ? q - fmt->data : n;
        } else {
            while (j < n && str_char(fmt, j) != '%') {
                j++;
            }
        }
        spy_sb_add_substr(vm, &sb, fmt, i, j);
        if (j >= n) {
            break;
        }
        i = j + 1;
        if (i < n && str_char(fmt, i) == '%') {
            spy_sb_add(vm, &sb, "%", 1);
            i++;
            continue;
        }
        spy_charge(vm, 1);
        if (i < n && str_char(fmt, i) == '(') {
            if (IS_NULL(st.dict)) {
                spy_raise(vm, EXC(vm, TypeError), "format requires a mapping");
            }
            int64_t depth = 1, k = ++i;
            while (k < n && depth > 0) {
                uint32_t c = str_char(fmt, k);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                k++;
            }
            if (depth > 0) {
                spy_raise(vm, EXC(vm, ValueError), "incomplete format key");
            }
            Value key = mk_obj(spy_str_substr(vm, fmt, i, k - 1));
            /* The looked-up value stands alone, as a single non-tuple argument would. */
            keyval = spy_getitem(vm, st.dict, key);
            st.items = &keyval;
            st.nitems = -1;
            st.idx = 0;
            i = k;
        }
        int flags = 0;
        for (; i < n; i++) {
            uint32_t c = str_char(fmt, i);
            int fl = c == '-' ? FL_LEFT : c == '+' ? FL_SIGN : c == ' ' ? FL_SPACE
                     : c == '#' ? FL_ALT : c == '0' ? FL_ZERO : 0;
            if (!fl) {
                break;
            }
            flags |= fl;
        }
        int64_t width = -1, prec = -1;
        if (i < n && str_char(fmt, i) == '*') {
            width = mod_star(vm, &st, false);
            if (width < 0) {
                flags |= FL_LEFT;
                width = width == INT64_MIN ? INT64_MAX : -width;
            }
            i++;
        } else if (i < n && str_char(fmt, i) >= '0' && str_char(fmt, i) <= '9') {
            width = mod_digits(vm, fmt, &i, "width", INT64_MAX);
        }
        if (i < n && str_char(fmt, i) == '.') {
            i++;
            if (i < n && str_char(fmt, i) == '*') {
                prec = mod_star(vm, &st, true);
                prec = prec < 0 ? 0 : prec;
                i++;
            } else {
                prec = mod_digits(vm, fmt, &i, "precision", INT_MAX);
            }
        }
        while (i < n && (str_char(fmt, i) == 'h' || str_char(fmt, i) == 'l' ||
                         str_char(fmt, i) == 'L')) {
            i++;
        }
        if (i >= n) {
            spy_raise(vm, EXC(vm, ValueError), "incomplete format");
        }
        uint32_t c = str_char(fmt, i);
        Value v = mod_next(vm, &st);
        switch (c) {
        case 's':
            mod_text(vm, &sb, flags, width, prec, spy_str(vm, v));
            break;
        case 'r':
            mod_text(vm, &sb, flags, width, prec, spy_repr(vm, v));
            break;
        case 'a':
            mod_text(vm, &sb, flags, width, prec, spy_ascii(vm, v));
            break;
        case 'c': {
            uint32_t cp;
            if (IS_STR(v) && AS_STR(v)->len == 1) {
                cp = str_char(AS_STR(v), 0);
            } else if (IS_ANYINT(v)) {
                if (!IS_SMALLINT_LIKE(v) || AS_INT(v) < 0 || AS_INT(v) > 0x10FFFF) {
                    spy_raise(vm, EXC(vm, OverflowError), "%%c arg not in range(0x110000)");
                }
                cp = (uint32_t)AS_INT(v);
            } else {
                spy_raise(vm, EXC(vm, TypeError), "%%c requires int or char");
            }
            mod_text(vm, &sb, flags, width, -1, spy_str_chr(vm, cp));
            break;
        }
        case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
            mod_int(vm, &sb, c, flags, width, prec, v);
            break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            mod_float(vm, &sb, c, flags, width, prec, v);
            break;
        default: {
            char hex[16];
            snprintf(hex, sizeof hex, "%x", (unsigned)c);
            spy_raise(vm, EXC(vm, ValueError),
                      "unsupported format character '%c' (0x%s) at index %D",
                      (c >= 32 && c <= 126) ? (int)c : '?', hex, i);
        }
        }
        i++;
    }
    if (IS_NULL(st.dict) && st.idx < (st.nitems < 0 ? 1 : st.nitems)) {
        spy_raise(vm, EXC(vm, TypeError), "not all arguments converted during string formatting");
    }
    return spy_sb_finish(vm, &sb);
}

/* ================================================================ str.format */

typedef struct FmtCtx {
    int nargs;
    Value *args;
    Tuple *kwnames;      /* keyword names; values follow the positional args */
    Value mapping;       /* format_map's mapping, or VT_NULL */
    int auto_state;      /* 0 unknown, 1 automatic numbering, 2 manual */
    int64_t next_auto;
} FmtCtx;

static void fmt_render(VM *vm, FmtCtx *cx, StrBuf *sb, Str *s, int64_t i, int64_t end,
                       int depth);

/* All-digit text -> its value; -1 if not all digits (or empty). */
static int64_t fmt_index(VM *vm, Str *s, int64_t i, int64_t j)
{
    if (i >= j) {
        return -1;
    }
    int64_t v = 0;
    for (int64_t k = i; k < j; k++) {
        uint32_t c = str_char(s, k);
        if (c < '0' || c > '9') {
            return -1;
        }
        if (v > (INT64_MAX - (int64_t)(c - '0')) / 10) {
            spy_raise(vm, EXC(vm, ValueError), "Too many decimal digits in format string");
        }
        v = v * 10 + (c - '0');
    }
    return v;
}

/* Resolves the field name s[i:j] (arg_name then .attr / [key] parts) to its object. */
static Value fmt_field(VM *vm, FmtCtx *cx, Str *s, int64_t i, int64_t j)
{
    int64_t k = i;
    while (k < j && str_char(s, k) != '.' && str_char(s, k) != '[') {
        k++;
    }
    int64_t idx = fmt_index(vm, s, i, k);
    Value obj;
    if (i == k) {
        if (cx->auto_state == 2) {
            spy_raise(vm, EXC(vm, ValueError),
                      "cannot switch from manual field specification to automatic field "
                      "numbering");
        }
        cx->auto_state = 1;
        idx = cx->next_auto++;
    } else if (idx >= 0) {
        if (cx->auto_state == 1) {
            spy_raise(vm, EXC(vm, ValueError),
                      "cannot switch from automatic field numbering to manual field "
                      "specification");
        }
        cx->auto_state = 2;
    }
    if (idx >= 0) {
        if (idx >= cx->nargs) {
            spy_raise(vm, EXC(vm, IndexError),
                      "Replacement index %D out of range for positional args tuple", idx);
        }
        obj = cx->args[idx];
    } else {
        Str *name = spy_str_substr(vm, s, i, k);
        if (!IS_NULL(cx->mapping)) {
            obj = spy_getitem(vm, cx->mapping, mk_obj(name));
        } else {
            obj = NULLV;
            int nkw = cx->kwnames ? (int)cx->kwnames->len : 0;
            for (int q = 0; q < nkw; q++) {
                if (spy_str_eq(AS_STR(cx->kwnames->items[q]), name)) {
                    obj = cx->args[cx->nargs + q];
                    break;
                }
            }
            if (IS_NULL(obj)) {
                spy_raise_keyerror(vm, mk_obj(name));
            }
        }
    }
    while (k < j) {
        uint32_t c = str_char(s, k++);
        int64_t a = k;
        if (c == '.') {
            while (k < j && str_char(s, k) != '.' && str_char(s, k) != '[') {
                k++;
            }
            if (a == k) {
                spy_raise(vm, EXC(vm, ValueError), "Empty attribute in format string");
            }
            obj = spy_getattr(vm, obj, spy_str_intern(vm, spy_str_substr(vm, s, a, k)));
        } else if (c == '[') {
            while (k < j && str_char(s, k) != ']') {
                k++;
            }
            if (k >= j) {
                spy_raise(vm, EXC(vm, ValueError), "Missing ']' in format string");
            }
            if (a == k) {
                spy_raise(vm, EXC(vm, ValueError), "Empty attribute in format string");
            }
            int64_t n = fmt_index(vm, s, a, k);
            Value key = n >= 0 ? mk_int(n) : mk_obj(spy_str_substr(vm, s, a, k));
            k++;
            obj = spy_getitem(vm, obj, key);
        } else {
            spy_raise(vm, EXC(vm, ValueError),
                      "Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    return obj;
}

/* Parses and renders one replacement field starting after its '{' at *pos. */
static void fmt_one(VM *vm, FmtCtx *cx, StrBuf *sb, Str *s, int64_t *pos, int64_t end,
                    int depth)
{
    int64_t i = *pos, k = i;
    uint32_t c = 0;
    while (k < end) {
        c = str_char(s, k++);
        if (c == '{') {
            spy_raise(vm, EXC(vm, ValueError), "unexpected '{' in field name");
        }
        if (c == '[') {
            while (k < end && str_char(s, k) != ']') {
                k++;
            }
            continue;
        }
        if (c == '}' || c == ':' || c == '!') {
            break;
        }
    }
    int64_t name_end = k - 1;
    uint32_t conv = 0;
    int64_t spec_i = k, spec_j = k;
    bool expand = false;
    if (c == '!' || c == ':') {
        bool have_spec = true;
        if (c == '!') {
            if (k >= end) {
                spy_raise(vm, EXC(vm, ValueError),
                          "end of string while looking for conversion specifier");
            }
            conv = str_char(s, k++);
            if (k < end) {
                uint32_t d = str_char(s, k++);
                if (d == '}') {
                    have_spec = false;
                    spec_i = spec_j = k - 1;
                } else if (d != ':') {
                    spy_raise(vm, EXC(vm, ValueError), "expected ':' after conversion specifier");
                }
            }
        }
        if (have_spec) {
            int64_t count = 1;
            spec_i = k;
            while (k < end) {
                uint32_t d = str_char(s, k++);
                if (d == '{') {
                    expand = true;
                    count++;
                } else if (d == '}' && --count == 0) {
                    break;
                }
            }
            if (count != 0) {
                spy_raise(vm, EXC(vm, ValueError), "unmatched '{' in format spec");
            }
            spec_j = k - 1;
        }
    } else if (c != '}') {
        spy_raise(vm, EXC(vm, ValueError), "expected '}' before end of string");
    }
    *pos = k;
    Value obj = fmt_field(vm, cx, s, i, name_end);
    switch (conv) {
    case 0:
        break;
    case 'r':
        obj = mk_obj(spy_repr(vm, obj));
        break;
    case 's':
        obj = mk_obj(spy_str(vm, obj));
        break;
    case 'a':
        obj = mk_obj(spy_ascii(vm, obj));
        break;
    default:
        if (conv < 128) {
            spy_raise(vm, EXC(vm, ValueError), "Unknown conversion specifier %c", (int)conv);
        } else {
            char buf[16];
            snprintf(buf, sizeof buf, "%x", (unsigned)conv);
            spy_raise(vm, EXC(vm, ValueError), "Unknown conversion specifier \\x%s", buf);
        }
    }
    Str *spec;
    if (expand) {
        StrBuf ssb;
        spy_sb_init(vm, &ssb);
        fmt_render(vm, cx, &ssb, s, spec_i, spec_j, depth - 1);
        spec = spy_sb_finish(vm, &ssb);
    } else {
        spec = spy_str_substr(vm, s, spec_i, spec_j);
    }
    spy_sb_add_str(vm, sb, spy_format(vm, obj, spec));
}

static void fmt_render(VM *vm, FmtCtx *cx, StrBuf *sb, Str *s, int64_t i, int64_t end,
                       int depth)
{
    if (depth <= 0) {
        spy_raise(vm, EXC(vm, ValueError), "Max string recursion exceeded");
    }
    while (i < end) {
        int64_t j = i;
        uint32_t c = 0;
        while (j < end) {
            c = str_char(s, j);
            if (c == '{' || c == '}') {
                break;
            }
            j++;
        }
        spy_sb_add_substr(vm, sb, s, i, j);
        if (j >= end) {
            break;
        }
        spy_charge(vm, 1);
        bool doubled = j + 1 < end && str_char(s, j + 1) == c;
        if (c == '}' && !doubled) {
            spy_raise(vm, EXC(vm, ValueError), "Single '}' encountered in format string");
        }
        if (c == '{' && j + 1 >= end) {
            spy_raise(vm, EXC(vm, ValueError), "Single '{' encountered in format string");
        }
        if (doubled) {
            spy_sb_add_char(vm, sb, c);
            i = j + 2;
            continue;
        }
        i = j + 1;
        fmt_one(vm, cx, sb, s, &i, end, depth);
    }
}

Str *spy_str_format(VM *vm, Str *fmt, int nargs, Value *args, Tuple *kwnames)
{
    FmtCtx cx = {nargs, args, kwnames, NULLV, 0, 0};
    StrBuf sb;
    spy_sb_init(vm, &sb);
    fmt_render(vm, &cx, &sb, fmt, 0, fmt->len, 2);
    return spy_sb_finish(vm, &sb);
}

Str *spy_str_format_map(VM *vm, Str *fmt, Value mapping)
{
    FmtCtx cx = {0, NULL, NULL, mapping, 0, 0};
    StrBuf sb;
    spy_sb_init(vm, &sb);
    fmt_render(vm, &cx, &sb, fmt, 0, fmt->len, 2);
    return spy_sb_finish(vm, &sb);
}
