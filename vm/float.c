/* float.c: Python's float: repr (shortest round-trip digits laid out as CPython's 'r'
 * format), hash (equal to the hash of an equal int or fraction, modulus 2**61-1), text
 * parsing for float(), the constructor and the methods.
 * Digits come from the C library's correctly rounded printf and strtod (glibc), never
 * from a hand-rolled conversion, so repr(x) reads back as exactly x. */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm.h"

#define HASH_MOD ((UINT64_C(1) << 61) - 1)

/* {==== repr */

/* The `p` significant digits of |d| closest to it (d finite, nonzero) into dig (no dot);
 * returns the decimal point position: |d| ~ 0.DIGITS * 10**decpt.  glibc's printf is
 * exact, so this is the correctly rounded p-digit decimal. */
static int digits_exact(double ad, int p, char *dig)
{
    char buf[40];
    snprintf(buf, sizeof buf, "%.*e", p - 1, ad);
    int k = 0;
    char *q = buf;
    for (; *q != 'e'; q++) {
        if (*q != '.') {
            dig[k++] = *q;
        }
    }
    dig[k] = 0;
    return atoi(q + 1) + 1;
}

/* The 17 correctly rounded digits of a value, from which shorter roundings are derived
 * without printing again: rounding them to p digits gives the correct p-digit rounding
 * unless they end in exactly 5000... (only then can the 17-digit rounding have crossed a
 * p-digit midpoint), in which case digits_exact decides. */
typedef struct Digits17 {
    double ad;
    char d[18];
    int decpt;
} Digits17;

static int digits_at(const Digits17 *x, int p, char *dig)
{
    if (p >= 17) {
        memcpy(dig, x->d, 18);
        return x->decpt;
    }
    char c = x->d[p];
    bool tie = c == '5';
    for (int i = p + 1; tie && i < 17; i++) {
        tie = x->d[i] == '0';
    }
    if (tie) {
        return digits_exact(x->ad, p, dig);
    }
    memcpy(dig, x->d, (size_t)p);
    dig[p] = 0;
    int decpt = x->decpt;
    if (c >= '5') {
        int i = p - 1;
        while (i >= 0 && dig[i] == '9') {
            dig[i--] = '0';
        }
        if (i < 0) {
            dig[0] = '1';   /* 99..9 rounds up to 100..0 one decade higher */
            decpt++;
        } else {
            dig[i]++;
        }
    }
    return decpt;
}

/* True if the p digits nearest to the value read back as it; on a miss below a power of
 * two, also tries the next p-digit number up (the rounding interval there is wider above
 * than below, so the nearest candidate can miss while its upper neighbour reads back). */
static bool digits_fit(const Digits17 *x, int p, char *dig, int *decpt)
{
    char txt[48];
    *decpt = digits_at(x, p, dig);
    snprintf(txt, sizeof txt, "0.%se%d", dig, *decpt);
    double back = strtod(txt, NULL);
    if (back == x->ad) {
        return true;
    }
    int e;
    if (back > x->ad || frexp(x->ad, &e) != 0.5) {
        return false;
    }
    char up[24];
    memcpy(up, dig, (size_t)p + 1);
    int i = p - 1;
    while (i >= 0 && up[i] == '9') {
        up[i--] = '0';
    }
    int dp = *decpt;
    if (i < 0) {
        up[0] = '1';
        dp++;
    } else {
        up[i]++;
    }
    snprintf(txt, sizeof txt, "0.%se%d", up, dp);
    if (strtod(txt, NULL) != x->ad) {
        return false;
    }
    memcpy(dig, up, (size_t)p + 1);
    *decpt = dp;
    return true;
}

/* Shortest digit string (at most 17 digits, no trailing zeros) that reads back as |d|
 * (finite, nonzero); returns decpt as digits_exact.  Success is monotone in the digit
 * count (the neighbour rule above makes it so at powers of two), so binary search. */
static int shortest(double ad, char *dig)
{
    Digits17 x;
    x.ad = ad;
    x.decpt = digits_exact(ad, 17, x.d);
    char best[24];
    memcpy(best, x.d, 18);
    int best_dp = x.decpt;
    int lo = 1, hi = 17;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        char d[24];
        int dp;
        if (digits_fit(&x, mid, d, &dp)) {
            hi = mid;
            memcpy(best, d, (size_t)mid + 1);
            best_dp = dp;
        } else {
            lo = mid + 1;
        }
    }
    size_t k = strlen(best);
    while (k > 1 && best[k - 1] == '0') {
        k--;
    }
    best[k] = 0;
    memcpy(dig, best, k + 1);
    return best_dp;
}

Str *spy_float_repr(VM *vm, double d)
{
    char out[48];
    if (isnan(d)) {
        return spy_str_new(vm, "nan", 3);
    }
    if (isinf(d)) {
        return d > 0 ? spy_str_new(vm, "inf", 3) : spy_str_new(vm, "-inf", 4);
    }
    if (d == 0) {
        return signbit(d) ? spy_str_new(vm, "-0.0", 4) : spy_str_new(vm, "0.0", 3);
    }
    char dig[24];
    int decpt = shortest(fabs(d), dig);
    int k = (int)strlen(dig), o = 0;
    if (d < 0) {
        out[o++] = '-';
    }
    if (decpt <= -4 || decpt > 16) {
        /* d.ddde+XX, at least two exponent digits */
        out[o++] = dig[0];
        if (k > 1) {
            out[o++] = '.';
            memcpy(out + o, dig + 1, (size_t)k - 1);
            o += k - 1;
        }
        int e = decpt - 1;
        o += snprintf(out + o, sizeof out - (size_t)o, "e%c%02d", e < 0 ? '-' : '+',
                      e < 0 ? -e : e);
    } else if (decpt <= 0) {
        out[o++] = '0';
        out[o++] = '.';
        for (int i = 0; i < -decpt; i++) {
            out[o++] = '0';
        }
        memcpy(out + o, dig, (size_t)k);
        o += k;
    } else if (decpt >= k) {
        memcpy(out + o, dig, (size_t)k);
        o += k;
        for (int i = k; i < decpt; i++) {
            out[o++] = '0';
        }
        out[o++] = '.';
        out[o++] = '0';
    } else {
        memcpy(out + o, dig, (size_t)decpt);
        o += decpt;
        out[o++] = '.';
        memcpy(out + o, dig + decpt, (size_t)(k - decpt));
        o += k - decpt;
    }
    return spy_str_new(vm, out, o);
}

/* }==== */

/* {==== hash */

/* A finite double is m * 2**e exactly (m a 53-bit integer); its hash is that value mod
 * 2**61-1, so it equals the hash of the equal int (and of the equal Fraction in CPython).
 * 2**61 == 1 (mod 2**61-1), so 2**e reduces to 2**(e mod 61). */
int64_t spy_float_hash(double d)
{
    if (isinf(d)) {
        return d > 0 ? 314159 : -314159;
    }
    if (isnan(d)) {
        return 0;   /* CPython 3.11 hashes nan by object identity; values have none */
    }
    int e;
    double m = frexp(fabs(d), &e);
    if (m == 0) {
        return 0;
    }
    uint64_t mi = (uint64_t)ldexp(m, 53);
    e -= 53;
    int r = e % 61;
    if (r < 0) {
        r += 61;
    }
    /* mi < 2**53 < modulus; rotate left by r within 61 bits == multiply by 2**r. */
    uint64_t h = r == 0 ? mi : (((mi << r) & HASH_MOD) | (mi >> (61 - r)));
    if (h >= HASH_MOD) {
        h -= HASH_MOD;
    }
    int64_t s = d < 0 ? -(int64_t)h : (int64_t)h;
    return s == -1 ? -2 : s;
}

/* }==== */

/* {==== parsing */

SPY_NORETURN static void bad_float(VM *vm, const char *s, int64_t n)
{
    spy_raise(vm, EXC(vm, ValueError), "could not convert string to float: %R",
              mk_obj(spy_str_new(vm, s, n)));
}

static bool is_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Case-insensitive match of an ASCII word over exactly [p, end). */
static bool word_is(const char *p, const char *end, const char *w)
{
    size_t n = strlen(w);
    if ((size_t)(end - p) != n) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        if ((p[i] | 0x20) != w[i]) {
            return false;
        }
    }
    return true;
}

/* Significant digits kept for strtod: correctly rounding any decimal needs at most ~770
 * significant digits to decide a tie; beyond that only "some nonzero digit follows"
 * matters, which a final sticky '1' records. */
#define KEEP_DIGITS 800

double spy_float_from_str(VM *vm, const char *s0, int64_t n0)
{
    const char *s;
    int64_t n = spy_num_ascii(vm, s0, n0, &s);
    const char *p = s, *end = s + n;
    while (p < end && is_space(*p)) {
        p++;
    }
    while (end > p && is_space(end[-1])) {
        end--;
    }
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    if (word_is(p, end, "inf") || word_is(p, end, "infinity")) {
        return neg ? -HUGE_VAL : HUGE_VAL;
    }
    if (word_is(p, end, "nan")) {
        return neg ? -NAN : NAN;
    }
    spy_charge(vm, 1 + (end - p) / 64);
    /* Grammar: digitpart ['.' [digitpart]] | '.' digitpart, then [e [sign] digitpart];
     * digitpart = digit (['_'] digit)*.  Collected into significant digits `sig` and
     * a decimal exponent `dexp` (value = 0.SIG * 10**dexp). */
    char sig[KEEP_DIGITS + 2];
    int nsig = 0;
    bool sticky = false;
    int64_t dexp = 0;      /* digits before the point, minus leading zeros */
    int64_t ndig = 0;
    bool seen_point = false;
    const char *q = p;
    while (q < end) {
        char c = *q;
        if (is_digit(c)) {
            ndig++;
            if (nsig == 0 && c == '0') {
                if (seen_point) {
                    dexp--;
                }
            } else {
                if (nsig < KEEP_DIGITS) {
                    sig[nsig++] = c;
                } else if (c != '0') {
                    sticky = true;
                }
                if (!seen_point) {
                    dexp++;
                }
            }
            q++;
        } else if (c == '_') {
            if (q == p || !is_digit(q[-1]) || q + 1 >= end || !is_digit(q[1])) {
                bad_float(vm, s0, n0);
            }
            q++;
        } else if (c == '.' && !seen_point) {
            seen_point = true;
            q++;
        } else {
            break;
        }
    }
    if (ndig == 0) {
        bad_float(vm, s0, n0);
    }
    if (q < end && (*q == 'e' || *q == 'E')) {
        q++;
        bool eneg = false;
        if (q < end && (*q == '+' || *q == '-')) {
            eneg = *q == '-';
            q++;
        }
        int64_t ev = 0;
        int64_t edig = 0;
        while (q < end) {
            if (is_digit(*q)) {
                if (ev < 100000000) {
                    ev = ev * 10 + (*q - '0');
                }
                edig++;
            } else if (*q != '_' || !is_digit(q[-1]) || q + 1 >= end || !is_digit(q[1])) {
                break;
            }
            q++;
        }
        if (edig == 0) {
            bad_float(vm, s0, n0);
        }
        dexp += eneg ? -ev : ev;
    }
    if (q != end) {
        bad_float(vm, s0, n0);
    }
    if (nsig == 0) {
        return neg ? -0.0 : 0.0;
    }
    if (sticky) {
        sig[nsig++] = '1';
    }
    if (dexp > 400) {
        return neg ? -HUGE_VAL : HUGE_VAL;
    }
    if (dexp < -400 - KEEP_DIGITS) {
        return neg ? -0.0 : 0.0;
    }
    char txt[KEEP_DIGITS + 40];
    int len = snprintf(txt, sizeof txt, "0.%.*se%lld", nsig, sig, (long long)dexp);
    (void)len;
    double v = strtod(txt, NULL);
    return neg ? -v : v;
}

/* }==== */

/* {==== constructor and methods */

Value spy_float_ctor(VM *vm, TypeObj *t, int nargs, Value *args, Tuple *kwnames)
{
    if (kwnames && kwnames->len > 0) {
        spy_raise(vm, EXC(vm, TypeError), "float() takes no keyword arguments");
    }
    if (nargs > 1) {
        spy_raise(vm, EXC(vm, TypeError), "float expected at most 1 argument, got %d", nargs);
    }
    if (nargs == 0) {
        return mk_float(0.0);
    }
    Value x = args[0];
    if (IS_FLOAT(x)) {
        return x;
    }
    if (IS_ANYINT(x)) {
        return mk_float(spy_int_to_double(vm, x));
    }
    if (IS_STR(x)) {
        int64_t n;
        const char *s = spy_str_utf8(vm, AS_STR(x), &n);
        return mk_float(spy_float_from_str(vm, s, n));
    }
    TypeObj *tp = spy_typeof(vm, x);
    Value m = spy_type_lookup(vm, tp, spy_str_intern_cstr(vm, "__float__"));
    if (!IS_NULL(m)) {
        Value r = spy_call1(vm, m, x);
        if (!IS_FLOAT(r)) {
            spy_raise(vm, EXC(vm, TypeError), "%T.__float__ returned non-float (type %T)", x, r);
        }
        return r;
    }
    m = spy_type_lookup(vm, tp, spy_str_intern_cstr(vm, "__index__"));
    if (!IS_NULL(m)) {
        return mk_float(spy_int_to_double(vm, spy_index(vm, x)));
    }
    spy_raise(vm, EXC(vm, TypeError),
              "float() argument must be a string or a real number, not '%T'", x);
}

static double float_self(VM *vm, const char *name, int nargs, Value *args, Tuple *kwnames)
{
    if (nargs < 1) {
        spy_raise(vm, EXC(vm, TypeError), "unbound method float.%s() needs an argument", name);
    }
    if (!IS_FLOAT(args[0])) {
        spy_raise(vm, EXC(vm, TypeError),
                  "descriptor '%s' for 'float' objects doesn't apply to a '%T' object", name,
                  args[0]);
    }
    char fname[48];
    snprintf(fname, sizeof fname, "float.%s", name);
    spy_check_args(vm, fname, nargs - 1, kwnames, 0, 0);
    return AS_FLOAT(args[0]);
}

static Value float_is_integer(VM *vm, int nargs, Value *args, Tuple *kwnames)
{
    double d = float_self(vm, "is_integer", nargs, args, kwnames);
    return mk_bool(isfinite(d) && d == floor(d));
}

static Value float_conjugate(VM *vm, int nargs, Value *args, Tuple *kwnames)
{
    return mk_float(float_self(vm, "conjugate", nargs, args, kwnames));
}

static Value float_as_integer_ratio(VM *vm, int nargs, Value *args, Tuple *kwnames)
{
    double d = float_self(vm, "as_integer_ratio", nargs, args, kwnames);
    if (isnan(d)) {
        spy_raise(vm, EXC(vm, ValueError), "cannot convert NaN to integer ratio");
    }
    if (isinf(d)) {
        spy_raise(vm, EXC(vm, OverflowError), "cannot convert Infinity to integer ratio");
    }
    int e;
    double m = frexp(d, &e);
    int64_t mi = (int64_t)ldexp(m, 53);
    e -= 53;
    if (mi == 0) {
        return mk_obj(spy_tuple_pack(vm, 2, mk_int(0), mk_int(1)));
    }
    /* Lowest terms: the denominator is a power of two, so strip common factors of 2. */
    int tz = __builtin_ctzll((uint64_t)(mi < 0 ? -mi : mi));
    if (e < 0) {
        int k = tz < -e ? tz : -e;
        mi >>= k;
        e += k;
    }
    Value one = mk_int(1);
    Value num = e > 0 ? spy_int_binop(vm, BO_LSHIFT, mk_int(mi), mk_int(e)) : mk_int(mi);
    Value den = e < 0 ? spy_int_binop(vm, BO_LSHIFT, one, mk_int(-e)) : one;
    return mk_obj(spy_tuple_pack(vm, 2, num, den));
}

static Value float_hex(VM *vm, int nargs, Value *args, Tuple *kwnames)
{
    double d = float_self(vm, "hex", nargs, args, kwnames);
    if (isnan(d) || isinf(d)) {
        return mk_obj(spy_float_repr(vm, d));
    }
    const char *sign = signbit(d) ? "-" : "";
    char out[64];
    int n;
    if (d == 0) {
        n = snprintf(out, sizeof out, "%s0x0.0p+0", sign);
        return mk_obj(spy_str_new(vm, out, n));
    }
    int e;
    double m = frexp(fabs(d), &e);
    uint64_t bits = (uint64_t)ldexp(m, 53);   /* 1xxx...: leading bit is bit 52 */
    int exp2 = e - 1;
    int lead = 1;
    if (exp2 < -1022) {
        /* subnormal: written as 0.xxx * 2**-1022 */
        bits >>= (-1022 - exp2);
        exp2 = -1022;
        lead = 0;
    }
    uint64_t frac = bits & ((UINT64_C(1) << 52) - 1);
    n = snprintf(out, sizeof out, "%s0x%d.%013llxp%c%d", sign, lead, (unsigned long long)frac,
                 exp2 < 0 ? '-' : '+', exp2 < 0 ? -exp2 : exp2);
    return mk_obj(spy_str_new(vm, out, n));
}

SPY_NORETURN static void bad_hex(VM *vm)
{
    spy_raise(vm, EXC(vm, ValueError), "invalid hexadecimal floating-point string");
}

static int hex_digit(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c = (char)(c | 0x20);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* float.fromhex(s): [sign] ['0x'] hexdigits ['.' hexdigits] ['p' [sign] decimal], or
 * inf/infinity/nan; rounded half to even (glibc's strtod on a normalised text). */
static Value float_fromhex(VM *vm, int nargs, Value *args, Tuple *kwnames)
{
    /* The class comes first when the VM binds it (CF_CLASS); tolerate an unbound call. */
    int skip = nargs >= 1 && IS_KIND(args[0], K_TYPE) ? 1 : 0;
    spy_check_args(vm, "float.fromhex", nargs - skip, kwnames, 1, 1);
    Value arg = args[skip];
    if (!IS_STR(arg)) {
        spy_raise(vm, EXC(vm, TypeError), "bad argument type for built-in operation");
    }
    int64_t n;
    const char *s = spy_str_utf8(vm, AS_STR(arg), &n);
    const char *p = s, *end = s + n;
    while (p < end && is_space(*p)) {
        p++;
    }
    while (end > p && is_space(end[-1])) {
        end--;
    }
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    if (word_is(p, end, "inf") || word_is(p, end, "infinity")) {
        return mk_float(neg ? -HUGE_VAL : HUGE_VAL);
    }
    if (word_is(p, end, "nan")) {
        return mk_float(neg ? -NAN : NAN);
    }
    if (end - p >= 2 && p[0] == '0' && (p[1] | 0x20) == 'x') {
        p += 2;
    }
    spy_charge(vm, 1 + (end - p) / 64);
    /* Significant hex digits (at most 40 kept, then a sticky digit) and the binary
     * exponent adjustment: value = 0x0.SIG * 2**(4*hexp + pexp). */
    char sig[48];
    int nsig = 0;
    bool sticky = false, seen_point = false;
    int64_t hexp = 0, ndig = 0;
    while (p < end) {
        int v = hex_digit(*p);
        if (v >= 0) {
            ndig++;
            if (nsig == 0 && v == 0) {
                if (seen_point) {
                    hexp--;
                }
            } else {
                if (nsig < 40) {
                    sig[nsig++] = *p;
                } else if (v != 0) {
                    sticky = true;
                }
                if (!seen_point) {
                    hexp++;
                }
            }
        } else if (*p == '.' && !seen_point) {
            seen_point = true;
        } else {
            break;
        }
        p++;
    }
    if (ndig == 0) {
        bad_hex(vm);
    }
    int64_t pexp = 0;
    if (p < end && (*p | 0x20) == 'p') {
        p++;
        bool eneg = false;
        if (p < end && (*p == '+' || *p == '-')) {
            eneg = *p == '-';
            p++;
        }
        int64_t edig = 0;
        while (p < end && is_digit(*p)) {
            if (pexp < 100000000) {
                pexp = pexp * 10 + (*p - '0');
            }
            edig++;
            p++;
        }
        if (edig == 0) {
            bad_hex(vm);
        }
        pexp = eneg ? -pexp : pexp;
    }
    if (p != end) {
        bad_hex(vm);
    }
    if (nsig == 0) {
        return mk_float(neg ? -0.0 : 0.0);
    }
    if (sticky) {
        sig[nsig++] = '1';
    }
    int64_t e2 = 4 * hexp + pexp;
    if (e2 > 1100) {
        spy_raise(vm, EXC(vm, OverflowError), "hexadecimal value too large to represent as a float");
    }
    if (e2 < -1200) {
        return mk_float(neg ? -0.0 : 0.0);
    }
    char txt[96];
    snprintf(txt, sizeof txt, "0x0.%.*sp%lld", nsig, sig, (long long)e2);
    double v = strtod(txt, NULL);
    if (isinf(v)) {
        spy_raise(vm, EXC(vm, OverflowError), "hexadecimal value too large to represent as a float");
    }
    return mk_float(neg ? -v : v);
}

const MethodDef spy_float_methods[] = {
    {"as_integer_ratio", float_as_integer_ratio, 0},
    {"conjugate", float_conjugate, 0},
    {"fromhex", float_fromhex, CF_CLASS},
    {"hex", float_hex, 0},
    {"is_integer", float_is_integer, 0},
    {NULL, NULL, 0},
};

/* }==== */
