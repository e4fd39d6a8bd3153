/* num.c: numeric operations across int, bool, BigInt and float with CPython's rules:
 * int op int stays exact (int.c), anything with a float is done in doubles (the int is
 * converted with OverflowError when it does not fit), comparisons between ints and floats
 * are exact (never through a lossy conversion), and round() rounds exactly (half to even
 * on the true binary value, as CPython's dtoa-based rounding). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "vm.h"

/* {==== float arithmetic */

static double to_double(VM *vm, Value v)
{
    return IS_FLOAT(v) ? AS_FLOAT(v) : spy_int_to_double(vm, v);
}

/* Floor division and modulo of doubles with Python's signs: the remainder takes the
 * divisor's sign, and the quotient is the exact floor whenever fmod is exact. */
static void float_divmod(double x, double y, double *q, double *r)
{
    double mod = fmod(x, y);
    double div = (x - mod) / y;
    if (mod != 0) {
        if ((y < 0) != (mod < 0)) {
            mod += y;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, y);
    }
    double fl;
    if (div != 0) {
        fl = floor(div);
        if (div - fl > 0.5) {
            fl += 1.0;
        }
    } else {
        fl = copysign(0.0, x / y);
    }
    *q = fl;
    *r = mod;
}

static bool odd_integer(double y)
{
    return isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
}

/* x ** y for doubles, with CPython's special cases and errors. */
static double float_pow(VM *vm, double x, double y)
{
    if (y == 0) {
        return 1.0;
    }
    if (isnan(x)) {
        return x;
    }
    if (isnan(y)) {
        return x == 1.0 ? 1.0 : y;
    }
    if (isinf(y)) {
        double ax = fabs(x);
        if (ax == 1.0) {
            return 1.0;
        }
        return (y > 0) == (ax > 1.0) ? HUGE_VAL : 0.0;
    }
    if (isinf(x)) {
        if (y > 0) {
            return odd_integer(y) ? x : fabs(x);
        }
        return odd_integer(y) ? copysign(0.0, x) : 0.0;
    }
    if (x == 0) {
        if (y < 0) {
            spy_raise(vm, EXC(vm, ZeroDivisionError), "0.0 cannot be raised to a negative power");
        }
        return odd_integer(y) ? x : 0.0;
    }
    bool negate = false;
    if (x < 0) {
        if (y != floor(y)) {
            /* CPython returns a complex number here; this interpreter has no complex. */
            spy_raise(vm, EXC(vm, ValueError), "complex numbers are not supported");
        }
        negate = odd_integer(y);
        x = -x;
    }
    if (x == 1.0) {
        return negate ? -1.0 : 1.0;
    }
    double r = pow(x, y);
    if (isinf(r)) {
        Tuple *args = spy_tuple_pack(vm, 2, mk_int(34),
                                     mk_obj(spy_str_cstr(vm, "Numerical result out of range")));
        spy_raise_args(vm, EXC(vm, OverflowError), args);
    }
    return negate ? -r : r;
}

static Value float_binop(VM *vm, BinOp op, double x, double y)
{
    double q, r;
    switch (op) {
    case BO_ADD:
        return mk_float(x + y);
    case BO_SUB:
        return mk_float(x - y);
    case BO_MUL:
        return mk_float(x * y);
    case BO_TRUEDIV:
        if (y == 0) {
            spy_raise(vm, EXC(vm, ZeroDivisionError), "float division by zero");
        }
        return mk_float(x / y);
    case BO_FLOORDIV:
        if (y == 0) {
            spy_raise(vm, EXC(vm, ZeroDivisionError), "float floor division by zero");
        }
        float_divmod(x, y, &q, &r);
        return mk_float(q);
    case BO_MOD:
        if (y == 0) {
            spy_raise(vm, EXC(vm, ZeroDivisionError), "float modulo");
        }
        float_divmod(x, y, &q, &r);
        return mk_float(r);
    case BO_POW:
        return mk_float(float_pow(vm, x, y));
    default:
        return NULLV;
    }
}

Value spy_num_binop(VM *vm, BinOp op, Value a, Value b)
{
    op = (BinOp)(op & ~BO_INPLACE);
    if (IS_ANYINT(a) && IS_ANYINT(b)) {
        return spy_int_binop(vm, op, a, b);
    }
    if (!IS_NUMBER(a) || !IS_NUMBER(b)) {
        return NULLV;
    }
    if (op >= BO_LSHIFT || op == BO_MATMUL) {
        return NULLV;   /* shifts, bitwise ops and @ do not take floats */
    }
    return float_binop(vm, op, to_double(vm, a), to_double(vm, b));
}

Value spy_num_divmod(VM *vm, Value a, Value b)
{
    if (!IS_NUMBER(a) || !IS_NUMBER(b)) {
        return NULLV;
    }
    if (IS_ANYINT(a) && IS_ANYINT(b)) {
        Value q = spy_int_binop(vm, BO_FLOORDIV, a, b);
        Value r = spy_int_binop(vm, BO_MOD, a, b);
        return mk_obj(spy_tuple_pack(vm, 2, q, r));
    }
    double x = to_double(vm, a), y = to_double(vm, b), q, r;
    if (y == 0) {
        spy_raise(vm, EXC(vm, ZeroDivisionError), "float divmod()");
    }
    float_divmod(x, y, &q, &r);
    return mk_obj(spy_tuple_pack(vm, 2, mk_float(q), mk_float(r)));
}

/* }==== */

/* {==== comparisons */

/* Exact three-way comparison of an int with a non-nan double. */
static int cmp_int_double(Value i, double d)
{
    if (isinf(d)) {
        return d > 0 ? -1 : 1;
    }
    if (!IS_BIGINT(i)) {
        int64_t x = AS_INT(i);
        const int64_t lim = INT64_C(1) << 53;
        if (x >= -lim && x <= lim) {
            double xd = (double)x;   /* exact */
            return xd < d ? -1 : xd > d;
        }
        /* |x| > 2**53: compare with the integral part exactly, then the fraction. */
        if (d >= 9223372036854775808.0) {
            return -1;
        }
        if (d < -9223372036854775808.0) {
            return 1;
        }
        double t = floor(d);
        int64_t ti = (int64_t)t;
        if (x != ti) {
            return x < ti ? -1 : 1;
        }
        return t == d ? 0 : -1;
    }
    int c = mpz_cmp_d(AS_BIGINT(i)->z, d);   /* exact, fraction included */
    return c < 0 ? -1 : c > 0;
}

static bool apply_cmp(CmpOp op, int c)
{
    switch (op) {
    case CMP_LT:
        return c < 0;
    case CMP_LE:
        return c <= 0;
    case CMP_EQ:
        return c == 0;
    case CMP_NE:
        return c != 0;
    case CMP_GT:
        return c > 0;
    default:
        return c >= 0;
    }
}

bool spy_num_compare(VM *vm, CmpOp op, Value a, Value b)
{
    if (IS_FLOAT(a) && IS_FLOAT(b)) {
        double x = AS_FLOAT(a), y = AS_FLOAT(b);
        switch (op) {
        case CMP_LT:
            return x < y;
        case CMP_LE:
            return x <= y;
        case CMP_EQ:
            return x == y;
        case CMP_NE:
            return x != y;
        case CMP_GT:
            return x > y;
        default:
            return x >= y;
        }
    }
    if (IS_ANYINT(a) && IS_ANYINT(b)) {
        return apply_cmp(op, spy_int_cmp(a, b));
    }
    if (IS_FLOAT(a)) {
        if (isnan(AS_FLOAT(a))) {
            return op == CMP_NE;
        }
        return apply_cmp(op, -cmp_int_double(b, AS_FLOAT(a)));
    }
    if (isnan(AS_FLOAT(b))) {
        return op == CMP_NE;
    }
    return apply_cmp(op, cmp_int_double(a, AS_FLOAT(b)));
}

bool spy_num_eq(Value a, Value b)
{
    if (IS_FLOAT(a) && IS_FLOAT(b)) {
        return AS_FLOAT(a) == AS_FLOAT(b);
    }
    if (IS_ANYINT(a) && IS_ANYINT(b)) {
        return spy_int_cmp(a, b) == 0;
    }
    if (IS_FLOAT(a) && IS_ANYINT(b)) {
        return !isnan(AS_FLOAT(a)) && cmp_int_double(b, AS_FLOAT(a)) == 0;
    }
    if (IS_ANYINT(a) && IS_FLOAT(b)) {
        return !isnan(AS_FLOAT(b)) && cmp_int_double(a, AS_FLOAT(b)) == 0;
    }
    return false;
}

/* }==== */

/* {==== round */

/* Rounds the ratio a/b (b > 0) to the nearest integer, half to even, into q. */
static void round_ratio(mpz_ptr q, mpz_srcptr a, mpz_srcptr b, mpz_ptr r)
{
    mpz_fdiv_qr(q, r, a, b);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, b);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) {
        mpz_add_ui(q, q, 1);
    }
}

/* round(int, n) for n < 0: to a multiple of 10**-n, half to even. */
static Value round_int(VM *vm, Value x, Value nd)
{
    if (IS_BIGINT(nd) ? mpz_sgn(AS_BIGINT(nd)->z) > 0 : AS_INT(nd) >= 0) {
        return IS_BOOL(x) ? mk_int(AS_INT(x)) : x;
    }
    BigInt *xb = spy_bigint_new(vm);
    spy_int_to_mpz(x, xb->z);
    size_t digits = mpz_sizeinbase(xb->z, 10);   /* the true count or one more */
    if (IS_BIGINT(nd) || AS_INT(nd) < -(int64_t)digits) {
        return mk_int(0);   /* 10**-n > 2|x|: everything rounds to 0 */
    }
    unsigned long p = (unsigned long)-AS_INT(nd);
    spy_mem_precheck(vm, (double)digits * 1.5 + 64);
    spy_charge(vm, 1 + (int64_t)(digits / 64));
    BigInt *pw = spy_bigint_new(vm), *q = spy_bigint_new(vm), *r = spy_bigint_new(vm);
    mpz_ui_pow_ui(pw->z, 10, p);
    round_ratio(q->z, xb->z, pw->z, r->z);
    mpz_mul(q->z, q->z, pw->z);
    return spy_bigint_finish(vm, q);
}

/* round(float, n): the exact binary value of x times 10**n, rounded half to even, then
 * divided back (correctly rounded) — the result CPython gets from its dtoa. */
static Value round_float(VM *vm, double x, int64_t n)
{
    /* Beyond these, rounding cannot change a double (or leaves only zero). */
    if (!isfinite(x) || n > 323 || x == 0) {
        return mk_float(x);
    }
    if (n < -308) {
        return mk_float(0.0 * x);
    }
    if (n >= 0 && n <= 40 && fabs(x) < 1e30) {
        /* glibc's %f is the exactly rounded (half to even) decimal of the binary value,
         * the same digits the exact path below computes; strtod rounds them back. */
        char buf[96];
        snprintf(buf, sizeof buf, "%.*f", (int)n, x);
        return mk_float(strtod(buf, NULL));
    }
    int e;
    double m = frexp(fabs(x), &e);
    int64_t mi = (int64_t)ldexp(m, 53);
    e -= 53;
    BigInt *a = spy_bigint_new(vm), *b = spy_bigint_new(vm), *p = spy_bigint_new(vm);
    BigInt *q = spy_bigint_new(vm), *r = spy_bigint_new(vm);
    mpz_set_si(a->z, mi);
    mpz_set_ui(b->z, 1);
    mpz_ui_pow_ui(p->z, 10, (unsigned long)(n < 0 ? -n : n));
    if (n >= 0) {
        mpz_mul(a->z, a->z, p->z);
    } else {
        mpz_set(b->z, p->z);
    }
    if (e >= 0) {
        mpz_mul_2exp(a->z, a->z, (mp_bitcnt_t)e);
    } else {
        mpz_mul_2exp(b->z, b->z, (mp_bitcnt_t)-e);
    }
    round_ratio(q->z, a->z, b->z, r->z);
    double y;
    if (n >= 0) {
        Value qv = spy_bigint_finish(vm, q), pv = spy_bigint_finish(vm, p);
        y = AS_FLOAT(spy_int_truediv(vm, qv, pv));
    } else {
        mpz_mul(q->z, q->z, p->z);
        if (!spy_int_to_double_ok(spy_bigint_finish(vm, q), &y)) {
            spy_raise(vm, EXC(vm, OverflowError), "rounded value too large to represent");
        }
    }
    return mk_float(copysign(y, x));
}

Value spy_num_round(VM *vm, Value x, Value ndigits)
{
    if (!IS_NUMBER(x)) {
        return NULLV;
    }
    bool none = IS_NULL(ndigits) || IS_NONE(ndigits);
    if (IS_ANYINT(x)) {
        if (none) {
            return IS_BOOL(x) ? mk_int(AS_INT(x)) : x;
        }
        return round_int(vm, x, spy_index(vm, ndigits));
    }
    double d = AS_FLOAT(x);
    if (none) {
        return spy_int_from_double(vm, nearbyint(d));   /* half to even */
    }
    Value nd = spy_index(vm, ndigits);
    int64_t n = IS_BIGINT(nd) ? (mpz_sgn(AS_BIGINT(nd)->z) < 0 ? INT64_MIN : INT64_MAX)
                              : AS_INT(nd);
    return round_float(vm, d, n);
}

/* }==== */
