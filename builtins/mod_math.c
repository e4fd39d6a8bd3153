/* mod_math.c: the `math` module with CPython 3.11's functions, results and messages.
 * Float functions are glibc's wrapped in CPython's error rules (a nan from a non-nan
 * argument is "math domain error"; an infinite result from finite arguments is "math
 * range error" where the function can overflow).  Integer functions are exact on GMP,
 * prechecked and charged like int arithmetic.  Known gap: gamma/lgamma are glibc's, whose
 * last digit often differs from CPython's own Lanczos code. */
#include <float.h>
#include <limits.h>
#include <math.h>
#include <string.h>

#include "vm.h"

#define FN(name) static Value m_##name(VM *vm, int nargs, Value *args, Tuple *kwnames)

/* {==== arguments and errors */

SPY_NORETURN static void domain_error(VM *vm)
{
    spy_raise(vm, EXC(vm, ValueError), "math domain error");
}

SPY_NORETURN static void range_error(VM *vm)
{
    spy_raise(vm, EXC(vm, OverflowError), "math range error");
}

static void no_kw(VM *vm, const char *name, Tuple *kwnames)
{
    if (kwnames && kwnames->len > 0) {
        spy_raise(vm, EXC(vm, TypeError), "math.%s() takes no keyword arguments", name);
    }
}

/* One-argument functions: "math.sqrt() takes exactly one argument (2 given)". */
static void one_arg(VM *vm, const char *name, int nargs, Tuple *kwnames)
{
    no_kw(vm, name, kwnames);
    if (nargs != 1) {
        spy_raise(vm, EXC(vm, TypeError), "math.%s() takes exactly one argument (%d given)",
                  name, nargs);
    }
}

/* Fixed-arity functions: "atan2 expected 2 arguments, got 1". */
static void n_args(VM *vm, const char *name, int nargs, Tuple *kwnames, int min, int max)
{
    no_kw(vm, name, kwnames);
    if (nargs >= min && nargs <= max) {
        return;
    }
    const char *how = min == max ? "" : nargs < min ? "at least " : "at most ";
    int want = nargs < min ? min : max;
    spy_raise(vm, EXC(vm, TypeError), "%s expected %s%d argument%s, got %d", name, how, want,
              want == 1 ? "" : "s", nargs);
}

/* A real argument as a double: float, int (OverflowError when too large), or an object
 * with __float__ or __index__. */
static double real(VM *vm, Value v)
{
    if (IS_FLOAT(v)) {
        return AS_FLOAT(v);
    }
    if (IS_ANYINT(v)) {
        return spy_int_to_double(vm, v);
    }
    TypeObj *t = spy_typeof(vm, v);
    Value m = spy_type_lookup(vm, t, spy_str_intern_cstr(vm, "__float__"));
    if (!IS_NULL(m)) {
        Value r = spy_call1(vm, m, v);
        if (!IS_FLOAT(r)) {
            spy_raise(vm, EXC(vm, TypeError), "%T.__float__ returned non-float (type %T)", v, r);
        }
        return AS_FLOAT(r);
    }
    if (!IS_NULL(spy_type_lookup(vm, t, spy_str_intern_cstr(vm, "__index__")))) {
        return spy_int_to_double(vm, spy_index(vm, v));
    }
    spy_raise(vm, EXC(vm, TypeError), "must be real number, not %T", v);
}

static bool int_negative(Value v)
{
    return IS_BIGINT(v) ? mpz_sgn(AS_BIGINT(v)->z) < 0 : AS_INT(v) < 0;
}

/* Step charge for producing an exact integer of `bits` bits by products (factorial, comb,
 * lcm, gcd): about log2(n) levels of n-limb products, on int.c's cost scale (within 2x of
 * GMP's measured factorial times up to 10**6!). */
static void charge_bits(VM *vm, double bits)
{
    double limbs = bits / 64.0 < 1 ? 1 : bits / 64.0;
    double cost = (limbs < 20000 ? 4.0 : 8.0) * limbs * log2(limbs + 1.0);
    spy_charge(vm, 1 + (int64_t)(cost < 1e15 ? cost : 1e15));
}

/* Calls a dunder (__floor__, __ceil__, __trunc__) of a non-number, or VT_NULL. */
static Value call_dunder(VM *vm, Value x, const char *name)
{
    Value m = spy_type_lookup(vm, spy_typeof(vm, x), spy_str_intern_cstr(vm, name));
    return IS_NULL(m) ? NULLV : spy_call1(vm, m, x);
}

/* }==== */

/* {==== functions of one float */

static Value math1(VM *vm, int nargs, Value *args, Tuple *kwnames, const char *name,
                   double (*f)(double), bool can_overflow)
{
    one_arg(vm, name, nargs, kwnames);
    double x = real(vm, args[0]);
    double r = f(x);
    if (isnan(r) && !isnan(x)) {
        domain_error(vm);
    }
    if (isinf(r) && isfinite(x)) {
        if (can_overflow) {
            range_error(vm);
        }
        domain_error(vm);
    }
    return mk_float(r);
}

#define MATH1(name, fn, ovf) \
    FN(name) { return math1(vm, nargs, args, kwnames, #name, fn, ovf); }

MATH1(acos, acos, false)
MATH1(acosh, acosh, false)
MATH1(asin, asin, false)
MATH1(asinh, asinh, false)
MATH1(atan, atan, false)
MATH1(atanh, atanh, false)
MATH1(cbrt, cbrt, false)
MATH1(cos, cos, false)
MATH1(cosh, cosh, true)
MATH1(erf, erf, false)
MATH1(erfc, erfc, false)
MATH1(exp, exp, true)
MATH1(exp2, exp2, true)
MATH1(expm1, expm1, true)
MATH1(fabs, fabs, false)
MATH1(log1p, log1p, false)
MATH1(sin, sin, false)
MATH1(sinh, sinh, true)
MATH1(sqrt, sqrt, false)
MATH1(tan, tan, false)
MATH1(tanh, tanh, false)

static bool nonpositive_integer(double x)
{
    return isfinite(x) && x <= 0 && x == floor(x);
}

static double gamma_fn(double x)
{
    return nonpositive_integer(x) ? NAN : tgamma(x);
}

static double lgamma_fn(double x)
{
    int sign;
    return nonpositive_integer(x) ? NAN : lgamma_r(x, &sign);
}

MATH1(gamma, gamma_fn, true)
MATH1(lgamma, lgamma_fn, true)

static double to_degrees(double x)
{
    return x * (180.0 / 3.141592653589793);
}

static double to_radians(double x)
{
    return x * (3.141592653589793 / 180.0);
}

MATH1(degrees, to_degrees, false)
MATH1(radians, to_radians, false)

FN(isnan)
{
    one_arg(vm, "isnan", nargs, kwnames);
    return mk_bool(isnan(real(vm, args[0])));
}

FN(isinf)
{
    one_arg(vm, "isinf", nargs, kwnames);
    return mk_bool(isinf(real(vm, args[0])));
}

FN(isfinite)
{
    one_arg(vm, "isfinite", nargs, kwnames);
    return mk_bool(isfinite(real(vm, args[0])));
}

FN(ulp)
{
    one_arg(vm, "ulp", nargs, kwnames);
    double x = real(vm, args[0]);
    if (isnan(x) || isinf(x)) {
        return mk_float(isinf(x) ? fabs(x) : x);
    }
    x = fabs(x);
    double up = nextafter(x, HUGE_VAL);
    if (isinf(up)) {
        return mk_float(x - nextafter(x, -HUGE_VAL));
    }
    return mk_float(up - x);
}

FN(frexp)
{
    one_arg(vm, "frexp", nargs, kwnames);
    double x = real(vm, args[0]);
    int e = 0;
    double m = (isnan(x) || isinf(x) || x == 0) ? x : frexp(x, &e);
    return mk_obj(spy_tuple_pack(vm, 2, mk_float(m), mk_int(e)));
}

FN(modf)
{
    one_arg(vm, "modf", nargs, kwnames);
    double x = real(vm, args[0]), ip, fp;
    if (isinf(x)) {
        fp = copysign(0.0, x);
        ip = x;
    } else if (isnan(x)) {
        fp = ip = x;
    } else {
        fp = modf(x, &ip);
    }
    return mk_obj(spy_tuple_pack(vm, 2, mk_float(fp), mk_float(ip)));
}

/* floor/ceil/trunc: ints are returned unchanged, floats converted exactly, other objects
 * use their dunder. */
static Value rounding(VM *vm, int nargs, Value *args, Tuple *kwnames, const char *name,
                      const char *dunder, double (*f)(double))
{
    one_arg(vm, name, nargs, kwnames);
    Value x = args[0];
    if (IS_ANYINT(x)) {
        return IS_BOOL(x) ? mk_int(AS_INT(x)) : x;
    }
    if (IS_FLOAT(x)) {
        return spy_int_from_double(vm, f(AS_FLOAT(x)));
    }
    Value r = call_dunder(vm, x, dunder);
    if (!IS_NULL(r)) {
        return r;
    }
    if (f == trunc) {
        spy_raise(vm, EXC(vm, TypeError), "type %T doesn't define __trunc__ method", x);
    }
    return spy_int_from_double(vm, f(real(vm, x)));
}

FN(floor)
{
    return rounding(vm, nargs, args, kwnames, "floor", "__floor__", floor);
}

FN(ceil)
{
    return rounding(vm, nargs, args, kwnames, "ceil", "__ceil__", ceil);
}

FN(trunc)
{
    return rounding(vm, nargs, args, kwnames, "trunc", "__trunc__", trunc);
}

/* }==== */

/* {==== logarithms */

/* A log-like function of a double with CPython's domain: log(0) and log(negative) are
 * domain errors, inf and nan pass through. */
static double log_of(VM *vm, double (*f)(double), double x)
{
    if (isnan(x)) {
        return x;
    }
    if (x <= 0) {
        domain_error(vm);
    }
    return f(x);
}

/* Logs accept ints of any size: beyond a double, log(m * 2**e) = f(m) + f(2) * e. */
static double log_helper(VM *vm, Value v, double (*f)(double))
{
    if (IS_ANYINT(v)) {
        if (int_negative(v) || (!IS_BIGINT(v) && AS_INT(v) == 0)) {
            domain_error(vm);
        }
        double d;
        if (spy_int_to_double_ok(v, &d)) {
            return f(d);
        }
        int64_t e;
        double m = spy_int_frexp(v, &e);
        return f(m) + f(2.0) * (double)e;
    }
    return log_of(vm, f, real(vm, v));
}

FN(log)
{
    if (kwnames && kwnames->len > 0) {
        spy_raise(vm, EXC(vm, TypeError), "log() takes no keyword arguments");
    }
    if (nargs < 1 || nargs > 2) {
        spy_raise(vm, EXC(vm, TypeError), "math.log requires 1 to 2 arguments");
    }
    double num = log_helper(vm, args[0], log);
    if (nargs == 1) {
        return mk_float(num);
    }
    double den = log_helper(vm, args[1], log);
    if (den == 0) {
        spy_raise(vm, EXC(vm, ZeroDivisionError), "float division by zero");
    }
    return mk_float(num / den);
}

FN(log2)
{
    one_arg(vm, "log2", nargs, kwnames);
    return mk_float(log_helper(vm, args[0], log2));
}

FN(log10)
{
    one_arg(vm, "log10", nargs, kwnames);
    return mk_float(log_helper(vm, args[0], log10));
}

/* }==== */

/* {==== functions of two floats */

FN(pow)
{
    n_args(vm, "pow", nargs, kwnames, 2, 2);
    double x = real(vm, args[0]), y = real(vm, args[1]);
    double r = pow(x, y);
    if (isfinite(x) && isfinite(y)) {
        if (isnan(r)) {
            domain_error(vm);
        }
        if (isinf(r)) {
            if (x == 0) {
                domain_error(vm);
            }
            range_error(vm);
        }
    }
    return mk_float(r);
}

FN(atan2)
{
    n_args(vm, "atan2", nargs, kwnames, 2, 2);
    double y = real(vm, args[0]), x = real(vm, args[1]);
    return mk_float(atan2(y, x));
}

FN(copysign)
{
    n_args(vm, "copysign", nargs, kwnames, 2, 2);
    double x = real(vm, args[0]), y = real(vm, args[1]);
    return mk_float(copysign(x, y));
}

FN(fmod)
{
    n_args(vm, "fmod", nargs, kwnames, 2, 2);
    double x = real(vm, args[0]), y = real(vm, args[1]);
    if (isinf(y) && isfinite(x)) {
        return mk_float(x);
    }
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) {
        domain_error(vm);
    }
    return mk_float(r);
}

FN(remainder)
{
    n_args(vm, "remainder", nargs, kwnames, 2, 2);
    double x = real(vm, args[0]), y = real(vm, args[1]);
    if (isnan(x)) {
        return mk_float(x);
    }
    if (isnan(y)) {
        return mk_float(y);
    }
    if (isinf(x) || y == 0) {
        domain_error(vm);
    }
    if (isinf(y)) {
        return mk_float(x);
    }
    return mk_float(remainder(x, y));
}

FN(nextafter)
{
    n_args(vm, "nextafter", nargs, kwnames, 2, 2);
    double x = real(vm, args[0]), y = real(vm, args[1]);
    return mk_float(nextafter(x, y));
}

FN(ldexp)
{
    n_args(vm, "ldexp", nargs, kwnames, 2, 2);
    double x = real(vm, args[0]);
    Value iv = args[1];
    if (!IS_ANYINT(iv)) {
        spy_raise(vm, EXC(vm, TypeError), "Expected an int as second argument to ldexp.");
    }
    int64_t e = IS_BIGINT(iv) ? (int_negative(iv) ? INT64_MIN : INT64_MAX) : AS_INT(iv);
    if (x == 0 || !isfinite(x)) {
        return mk_float(x);
    }
    if (e > INT_MAX) {
        range_error(vm);
    }
    if (e < INT_MIN) {
        return mk_float(copysign(0.0, x));
    }
    double r = ldexp(x, (int)e);
    if (isinf(r)) {
        range_error(vm);
    }
    return mk_float(r);
}

/* isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0), with argument-clinic messages. */
FN(isclose)
{
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol"};
    Value v[4] = {NULLV, NULLV, NULLV, NULLV};
    int nkw = kwnames ? (int)kwnames->len : 0;
    if (nargs + nkw > 4) {
        spy_raise(vm, EXC(vm, TypeError), "isclose() takes at most 4 arguments (%d given)",
                  nargs + nkw);
    }
    if (nargs > 2) {
        spy_raise(vm, EXC(vm, TypeError),
                  "isclose() takes exactly 2 positional arguments (%d given)", nargs);
    }
    for (int i = 0; i < nargs; i++) {
        v[i] = args[i];
    }
    Str *unknown = NULL;
    for (int k = 0; k < nkw; k++) {
        Str *kn = AS_STR(kwnames->items[k]);
        int idx = -1;
        for (int j = 0; j < 4; j++) {
            if (spy_str_eq_cstr(kn, names[j])) {
                idx = j;
            }
        }
        if (idx < 0) {
            unknown = unknown ? unknown : kn;
            continue;
        }
        if (idx < nargs) {
            spy_raise(vm, EXC(vm, TypeError),
                      "argument for isclose() given by name ('%s') and position (%d)",
                      names[idx], idx + 1);
        }
        v[idx] = args[nargs + k];
    }
    for (int j = 0; j < 2; j++) {
        if (IS_NULL(v[j])) {
            spy_raise(vm, EXC(vm, TypeError), "isclose() missing required argument '%s' (pos %d)",
                      names[j], j + 1);
        }
    }
    if (unknown) {
        spy_raise(vm, EXC(vm, TypeError), "'%U' is an invalid keyword argument for isclose()",
                  unknown);
    }
    double a = real(vm, v[0]), b = real(vm, v[1]);
    double rel = IS_NULL(v[2]) ? 1e-09 : real(vm, v[2]);
    double abs_tol = IS_NULL(v[3]) ? 0.0 : real(vm, v[3]);
    if (rel < 0 || abs_tol < 0) {
        spy_raise(vm, EXC(vm, ValueError), "tolerances must be non-negative");
    }
    if (a == b) {
        return TRUEV;
    }
    if (isinf(a) || isinf(b)) {
        return FALSEV;
    }
    double diff = fabs(b - a);
    return mk_bool(diff <= fabs(rel * b) || diff <= fabs(rel * a) || diff <= abs_tol);
}

/* }==== */

/* {==== norms and sums */

/* sqrt(sum(v[i]**2)) for |v[i]| <= vmax, close to correctly rounded: the values are scaled
 * by a power of two (exact), squares are summed in double-double (fma gives each square's
 * exact low part), and the root gets one Newton correction from the exact residual. */
static double vector_norm(const double *v, int64_t n, double vmax, bool any_nan)
{
    if (isinf(vmax)) {
        return vmax;
    }
    if (any_nan) {
        return NAN;
    }
    if (vmax == 0 || n <= 1) {
        return vmax;
    }
    int e;
    frexp(vmax, &e);
    double hi = 0, lo = 0;
    for (int64_t i = 0; i < n; i++) {
        double x = ldexp(v[i], -e);
        double sq = x * x;
        double sq_lo = fma(x, x, -sq);
        double s = hi + sq;
        double bb = s - hi;
        double err = (hi - (s - bb)) + (sq - bb);
        hi = s;
        lo += err + sq_lo;
    }
    double sum = hi + lo;
    lo -= sum - hi;
    hi = sum;
    double h = sqrt(hi);
    double resid = fma(-h, h, hi) + lo;
    h += resid / (2.0 * h);
    return ldexp(h, e);
}

/* The norm of xs (or of xs - ys) for number Values. */
static double norm_of(VM *vm, int64_t n, Value *xs, Value *ys)
{
    Buf *b = spy_buf_new(vm, n * (int64_t)sizeof(double) + 8);
    double *v = (double *)(void *)b->data;
    double vmax = 0;
    bool any_nan = false;
    spy_charge(vm, 1 + n / 16);
    for (int64_t i = 0; i < n; i++) {
        double x = real(vm, xs[i]);
        if (ys) {
            x -= real(vm, ys[i]);
        }
        x = fabs(x);
        any_nan |= isnan(x);
        if (x > vmax) {
            vmax = x;
        }
        v[i] = x;
    }
    return vector_norm(v, n, vmax, any_nan);
}

FN(hypot)
{
    no_kw(vm, "hypot", kwnames);
    return mk_float(norm_of(vm, nargs, args, NULL));
}

FN(dist)
{
    n_args(vm, "dist", nargs, kwnames, 2, 2);
    Tuple *p = IS_TUPLE(args[0]) ? AS_TUPLE(args[0]) : spy_to_tuple(vm, args[0]);
    Tuple *q = IS_TUPLE(args[1]) ? AS_TUPLE(args[1]) : spy_to_tuple(vm, args[1]);
    if (p->len != q->len) {
        spy_raise(vm, EXC(vm, ValueError), "both points must have the same number of dimensions");
    }
    return mk_float(norm_of(vm, p->len, p->items, q->items));
}

/* fsum: Shewchuk's exact summation.  `part` holds non-overlapping partial sums in
 * increasing magnitude whose exact total is the running sum; the result is their total
 * correctly rounded (with the half-way case fixed up as CPython does).  inf and nan
 * inputs are summed separately; an inf produced from finite inputs is an overflow. */
FN(fsum)
{
    one_arg(vm, "fsum", nargs, kwnames);
    Value it = spy_iter(vm, args[0]);
    double local[64];
    double *part = local;
    int64_t cap = 64, n = 0;
    Buf *grow = NULL;
    double special = 0.0, inf_sum = 0.0;
    Value item;
    while (spy_next(vm, it, &item)) {
        double x = real(vm, item);
        spy_charge(vm, 1 + n / 8);
        double xsave = x;
        int64_t i = 0;
        for (int64_t j = 0; j < n; j++) {
            double y = part[j];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0) {
                part[i++] = lo;
            }
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                if (isfinite(xsave)) {
                    spy_raise(vm, EXC(vm, OverflowError), "intermediate overflow in fsum");
                }
                if (isinf(xsave)) {
                    inf_sum += xsave;
                }
                special += xsave;
                n = 0;
            } else {
                if (n == cap) {
                    Buf *nb = spy_buf_new(vm, cap * 2 * (int64_t)sizeof(double));
                    memcpy(nb->data, part, (size_t)n * sizeof(double));
                    grow = nb;
                    part = (double *)(void *)grow->data;
                    cap *= 2;
                }
                part[n++] = x;
            }
        }
    }
    if (special != 0.0) {
        if (isnan(inf_sum)) {
            spy_raise(vm, EXC(vm, ValueError), "-inf + inf in fsum");
        }
        return mk_float(special);
    }
    double hi = 0.0;
    if (n > 0) {
        double lo = 0.0;
        hi = part[--n];
        while (n > 0) {
            double x = hi, y = part[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) {
                break;
            }
        }
        /* hi + lo is exact; if lo is exactly half an ulp and the remaining partials push
         * the same way, round away from the tie that hi + lo alone would break to even. */
        if (n > 0 && ((lo < 0 && part[n - 1] < 0) || (lo > 0 && part[n - 1] > 0))) {
            double y = lo * 2;
            double x = hi + y;
            if (y == x - hi) {
                hi = x;
            }
        }
    }
    return mk_float(hi);
}

/* prod(iterable, /, *, start=1) */
FN(prod)
{
    int nkw = kwnames ? (int)kwnames->len : 0;
    if (nargs + nkw > 2) {
        spy_raise(vm, EXC(vm, TypeError), "prod() takes at most 2 arguments (%d given)",
                  nargs + nkw);
    }
    Value start = mk_int(1);
    for (int k = 0; k < nkw; k++) {
        Str *kn = AS_STR(kwnames->items[k]);
        if (!spy_str_eq_cstr(kn, "start")) {
            spy_raise(vm, EXC(vm, TypeError), "'%U' is an invalid keyword argument for prod()",
                      kn);
        }
        start = args[nargs + k];
    }
    if (nargs != 1) {
        spy_raise(vm, EXC(vm, TypeError),
                  "prod() takes exactly 1 positional argument (%d given)", nargs);
    }
    Value it = spy_iter(vm, args[0]);
    Value acc = start, item;
    while (spy_next(vm, it, &item)) {
        spy_charge(vm, 1);
        acc = spy_binop(vm, BO_MUL, acc, item);
    }
    return acc;
}

/* }==== */

/* {==== integer functions */

/* An int argument (TypeError "'float' object cannot be interpreted as an integer"), as an
 * int or BigInt Value (bool becomes int). */
static Value int_arg(VM *vm, Value v)
{
    Value r = spy_index(vm, v);
    return IS_BOOL(r) ? mk_int(AS_INT(r)) : r;
}

static double int_bits(Value v)
{
    if (IS_BIGINT(v)) {
        return (double)mpz_sizeinbase(AS_BIGINT(v)->z, 2);
    }
    int64_t i = AS_INT(v);
    uint64_t u = i < 0 ? 0 - (uint64_t)i : (uint64_t)i;
    return u ? 64 - __builtin_clzll(u) : 0;
}

static Value factorial_of(VM *vm, Value n)
{
    if (int_negative(n)) {
        spy_raise(vm, EXC(vm, ValueError), "factorial() not defined for negative values");
    }
    if (IS_BIGINT(n)) {
        spy_raise(vm, EXC(vm, OverflowError),
                  "factorial() argument should not exceed 9223372036854775807");
    }
    int64_t k = AS_INT(n);
    if (k <= 20) {
        int64_t r = 1;
        for (int64_t i = 2; i <= k; i++) {
            r *= i;
        }
        return mk_int(r);
    }
    double bits = lgamma((double)k + 1) / log(2.0) + 64;
    spy_mem_precheck(vm, bits / 8 * 3);
    charge_bits(vm, bits);
    BigInt *r = spy_bigint_new(vm);
    mpz_fac_ui(r->z, (unsigned long)k);
    return spy_bigint_finish(vm, r);
}

FN(factorial)
{
    one_arg(vm, "factorial", nargs, kwnames);
    return factorial_of(vm, int_arg(vm, args[0]));
}

/* gcd and lcm of any number of ints. */
static Value gcd_lcm(VM *vm, int nargs, Value *args, Tuple *kwnames, bool lcm)
{
    no_kw(vm, lcm ? "lcm" : "gcd", kwnames);
    BigInt *acc = spy_bigint_new(vm);
    BigInt *tmp = spy_bigint_new(vm);
    mpz_set_ui(acc->z, lcm ? 1 : 0);
    double bits = 0;
    for (int i = 0; i < nargs; i++) {
        Value v = int_arg(vm, args[i]);
        double b = int_bits(v);
        bits = lcm ? bits + b : (b > bits ? b : bits);
        spy_mem_precheck(vm, bits / 8 * 3 + 64);
        charge_bits(vm, bits);
        spy_int_to_mpz(v, tmp->z);
        if (lcm) {
            mpz_lcm(acc->z, acc->z, tmp->z);
        } else {
            mpz_gcd(acc->z, acc->z, tmp->z);
        }
    }
    return spy_bigint_finish(vm, acc);
}

FN(gcd)
{
    return gcd_lcm(vm, nargs, args, kwnames, false);
}

FN(lcm)
{
    return gcd_lcm(vm, nargs, args, kwnames, true);
}

FN(isqrt)
{
    one_arg(vm, "isqrt", nargs, kwnames);
    Value n = int_arg(vm, args[0]);
    if (int_negative(n)) {
        spy_raise(vm, EXC(vm, ValueError), "isqrt() argument must be nonnegative");
    }
    if (!IS_BIGINT(n)) {
        uint64_t x = (uint64_t)AS_INT(n);
        uint64_t r = (uint64_t)sqrt((double)x);
        while ((unsigned __int128)r * r > x) {
            r--;
        }
        while ((unsigned __int128)(r + 1) * (r + 1) <= x) {
            r++;
        }
        return mk_int((int64_t)r);
    }
    double bits = int_bits(n);
    spy_mem_precheck(vm, bits / 8 * 2 + 64);
    charge_bits(vm, bits);
    BigInt *r = spy_bigint_new(vm);
    mpz_sqrt(r->z, AS_BIGINT(n)->z);
    return spy_bigint_finish(vm, r);
}

/* comb(n, k) (perm=false) or perm(n, k) (perm=true) for ints n, k >= 0. */
static Value comb_perm(VM *vm, Value n, Value k, bool perm)
{
    if (int_negative(n)) {
        spy_raise(vm, EXC(vm, ValueError), "n must be a non-negative integer");
    }
    if (int_negative(k)) {
        spy_raise(vm, EXC(vm, ValueError), "k must be a non-negative integer");
    }
    if (spy_int_cmp(k, n) > 0) {
        return mk_int(0);
    }
    Value kk = k;
    if (!perm) {
        Value nk = spy_int_binop(vm, BO_SUB, n, k);
        if (spy_int_cmp(nk, k) < 0) {
            kk = nk;
        }
    }
    if (IS_BIGINT(kk)) {
        spy_raise(vm, EXC(vm, OverflowError), perm
                  ? "k must not exceed 9223372036854775807"
                  : "min(n - k, k) must not exceed 9223372036854775807");
    }
    uint64_t kv = (uint64_t)AS_INT(kk);
    double nb = int_bits(n);
    double bits = (double)kv * nb + 64;
    spy_mem_precheck(vm, bits / 8 * 3);
    charge_bits(vm, bits);
    BigInt *r = spy_bigint_new(vm);
    if (IS_BIGINT(n)) {
        mpz_bin_ui(r->z, AS_BIGINT(n)->z, kv);
    } else {
        mpz_bin_uiui(r->z, (unsigned long)AS_INT(n), kv);
    }
    if (perm) {
        BigInt *f = spy_bigint_new(vm);
        mpz_fac_ui(f->z, kv);
        mpz_mul(r->z, r->z, f->z);
    }
    return spy_bigint_finish(vm, r);
}

FN(comb)
{
    n_args(vm, "comb", nargs, kwnames, 2, 2);
    Value n = int_arg(vm, args[0]), k = int_arg(vm, args[1]);
    return comb_perm(vm, n, k, false);
}

FN(perm)
{
    n_args(vm, "perm", nargs, kwnames, 1, 2);
    Value n = int_arg(vm, args[0]);
    if (nargs == 1 || IS_NONE(args[1])) {
        return factorial_of(vm, n);
    }
    return comb_perm(vm, n, int_arg(vm, args[1]), true);
}

/* }==== */

typedef struct MathFn {
    const char *name;
    CFn fn;
} MathFn;

static const MathFn math_fns[] = {
    {"acos", m_acos}, {"acosh", m_acosh}, {"asin", m_asin}, {"asinh", m_asinh},
    {"atan", m_atan}, {"atan2", m_atan2}, {"atanh", m_atanh}, {"cbrt", m_cbrt},
    {"ceil", m_ceil}, {"comb", m_comb}, {"copysign", m_copysign}, {"cos", m_cos},
    {"cosh", m_cosh}, {"degrees", m_degrees}, {"dist", m_dist}, {"erf", m_erf},
    {"erfc", m_erfc}, {"exp", m_exp}, {"exp2", m_exp2}, {"expm1", m_expm1},
    {"fabs", m_fabs}, {"factorial", m_factorial}, {"floor", m_floor}, {"fmod", m_fmod},
    {"frexp", m_frexp}, {"fsum", m_fsum}, {"gamma", m_gamma}, {"gcd", m_gcd},
    {"hypot", m_hypot}, {"isclose", m_isclose}, {"isfinite", m_isfinite},
    {"isinf", m_isinf}, {"isnan", m_isnan}, {"isqrt", m_isqrt}, {"lcm", m_lcm},
    {"ldexp", m_ldexp}, {"lgamma", m_lgamma}, {"log", m_log}, {"log10", m_log10},
    {"log1p", m_log1p}, {"log2", m_log2}, {"modf", m_modf}, {"nextafter", m_nextafter},
    {"perm", m_perm}, {"pow", m_pow}, {"prod", m_prod}, {"radians", m_radians},
    {"remainder", m_remainder}, {"sin", m_sin}, {"sinh", m_sinh}, {"sqrt", m_sqrt},
    {"tan", m_tan}, {"tanh", m_tanh}, {"trunc", m_trunc}, {"ulp", m_ulp},
    {NULL, NULL},
};

void spy_mod_math_init(VM *vm, Module *m)
{
    for (const MathFn *f = math_fns; f->name; f++) {
        spy_dict_add_cfunc(vm, m->dict, f->name, f->fn);
    }
    static const struct {
        const char *name;
        double v;
    } consts[] = {
        {"e", 2.718281828459045}, {"inf", HUGE_VAL}, {"nan", NAN},
        {"pi", 3.141592653589793}, {"tau", 6.283185307179586},
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++) {
        spy_dict_set_str(vm, m->dict, spy_str_intern_cstr(vm, consts[i].name),
                         mk_float(consts[i].v));
    }
}
