/* int.c: Python's int.  Values that fit int64 are VT_INT with overflow-checked fast paths;
 * larger ones are BigInts (GMP mpz), and every result is normalised (value.h).
 * GMP allocates through the VM's funnel (spy_mem_gmp_enter) and cannot survive a failed
 * allocation, so each operation whose result can be large is sized with spy_mem_precheck
 * BEFORE GMP runs and charged to the step budget for its work.  Scratch mpz values live
 * in GC-owned BigInts, so a throw never leaks their limbs. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "vm.h"

_Static_assert(GMP_NUMB_BITS == 64 && GMP_NAIL_BITS == 0, "int.c assumes 64-bit GMP limbs");
_Static_assert(sizeof(long) == 8, "int.c assumes LP64 (mpz_*_si take int64)");

#define HASH_MOD ((UINT64_C(1) << 61) - 1)   /* CPython's numeric hash modulus, 2**61-1 */

/* {==== views, results and budgets */

/* A read-only mpz view of an int Value: a BigInt's own mpz, or a one-limb stack copy of a
 * small int (no allocation, so views never throw). */
typedef struct ZView {
    __mpz_struct z;
    mp_limb_t limb;
} ZView;

static mpz_srcptr zv(Value v, ZView *t)
{
    if (IS_BIGINT(v)) {
        return AS_BIGINT(v)->z;
    }
    int64_t i = AS_INT(v);
    t->limb = i < 0 ? 0 - (uint64_t)i : (uint64_t)i;
    return mpz_roinit_n(&t->z, &t->limb, i < 0 ? -1 : i > 0 ? 1 : 0);
}

/* |z| as a read-only view sharing z's limbs. */
static mpz_srcptr zabs(mpz_srcptr z, __mpz_struct *t)
{
    return mpz_roinit_n(t, mpz_limbs_read(z), (mp_size_t)mpz_size(z));
}

BigInt *spy_bigint_new(VM *vm)
{
    spy_mem_gmp_enter(vm);
    BigInt *b = spy_obj_alloc(vm, sizeof(BigInt), K_BIGINT, vm->t_int);
    mpz_init(b->z);
    return b;
}

Value spy_bigint_finish(VM *vm, BigInt *b)
{
    if (mpz_fits_slong_p(b->z)) {
        int64_t i = mpz_get_si(b->z);
        /* The object becomes garbage; hand its limbs back now rather than at the next GC. */
        mpz_clear(b->z);
        mpz_init(b->z);
        return mk_int(i);
    }
    return mk_obj(b);
}

Value spy_int_from_mpz(VM *vm, mpz_srcptr z)
{
    if (mpz_fits_slong_p(z)) {
        return mk_int(mpz_get_si(z));
    }
    spy_mem_precheck(vm, (double)mpz_size(z) * 8.0);
    BigInt *b = spy_bigint_new(vm);
    mpz_set(b->z, z);
    return mk_obj(b);
}

void spy_int_to_mpz(Value v, mpz_ptr out)
{
    ZView t;
    mpz_set(out, zv(v, &t));
}

static size_t zbits(mpz_srcptr z)
{
    return mpz_sgn(z) == 0 ? 0 : mpz_sizeinbase(z, 2);
}

/* Throws the memory-limit error unless a result of `bits` bits, plus GMP's scratch space
 * (`factor` times the result), can fit the budget. */
static void need_bits(VM *vm, double bits, double factor)
{
    spy_mem_precheck(vm, bits / 8.0 * factor + 64.0);
}

/* Step costs of big operations, calibrated against GMP 6.2 where a step of bytecode takes
 * about 17 ns: linear work costs one step per 8 limbs; a product of m x n limbs (m >= n)
 * costs like schoolbook (m*n/16) while small and like FFT (c m log2 n) when large, within
 * 1.5x of measured times from 10 to 400,000 limbs; a division about 2.5 products.
 * Charged before computing, so `x = x * x` loops stop at the step budget. */
static void charge_steps(VM *vm, double cost)
{
    spy_charge(vm, 1 + (int64_t)(cost < 1e15 ? cost : 1e15));
}

static void charge_linear(VM *vm, double limbs)
{
    charge_steps(vm, limbs / 8.0);
}

static double mul_cost(double na, double nb)
{
    double lo = na < nb ? na : nb, hi = na < nb ? nb : na;
    lo = lo < 1 ? 1 : lo;
    /* FFT's constant grows with size (cache misses): x3 from about 20,000 limbs up. */
    double big = lo < 20000 ? lo / 20000.0 : 1.0;
    double school = lo * hi / 16.0, fast = (2.0 + 4.0 * big) * hi * log2(lo + 1.0);
    return school < fast ? school : fast;
}

static void charge_mul(VM *vm, double na, double nb)
{
    charge_steps(vm, mul_cost(na, nb));
}

SPY_NORETURN static void zero_div(VM *vm, const char *msg)
{
    spy_raise(vm, EXC(vm, ZeroDivisionError), "%s", msg);
}

/* }==== */

/* {==== conversions to and from double */

/* Correctly rounds q * 2**e to a double, half to even.  q > 0; its lowest bit may stand
 * for nonzero bits below it (sticky) provided at least two bits of q are dropped.
 * Returns HUGE_VAL on overflow.  Never throws. */
static double round_q(uint64_t q, int64_t e)
{
    int top = 63 - __builtin_clzll(q);
    int64_t lead = top + e;                    /* binary exponent of the leading bit */
    if (lead > 1023) {
        return HUGE_VAL;
    }
    int64_t low = lead - 52 < -1074 ? -1074 : lead - 52;   /* exponent of the last kept bit */
    int64_t drop = low - e;
    if (drop <= 0) {
        return ldexp((double)q, (int)e);
    }
    if (drop > 64) {
        return 0.0;
    }
    uint64_t m = drop == 64 ? 0 : q >> drop;
    uint64_t rem = drop == 64 ? q : q & ((UINT64_C(1) << drop) - 1);
    uint64_t half = UINT64_C(1) << (drop - 1);
    if (rem > half || (rem == half && (m & 1))) {
        m++;
    }
    return ldexp((double)m, (int)low);
}

/* The top 64 bits of |z| (z != 0) with the rest folded into the lowest bit, and the
 * exponent `e` such that |z| ~ q * 2**e (e is 0 when |z| fits 64 bits, q then exact). */
static uint64_t top64(mpz_srcptr z, int64_t *e)
{
    size_t n = mpz_size(z);
    const mp_limb_t *l = mpz_limbs_read(z);
    if (n == 1) {
        *e = 0;
        return l[0];
    }
    int lz = __builtin_clzll(l[n - 1]);
    uint64_t q = l[n - 1];
    bool sticky = false;
    if (lz) {
        q = (q << lz) | (l[n - 2] >> (64 - lz));
        sticky = (l[n - 2] << lz) != 0;
    } else {
        sticky = l[n - 2] != 0;
    }
    for (size_t i = 0; !sticky && i + 2 < n; i++) {
        sticky = l[i] != 0;
    }
    *e = (int64_t)(n - 1) * 64 - lz;
    return q | (sticky ? 1 : 0);
}

bool spy_int_to_double_ok(Value v, double *out)
{
    if (!IS_BIGINT(v)) {
        *out = (double)AS_INT(v);
        return true;
    }
    mpz_srcptr z = AS_BIGINT(v)->z;
    int64_t e;
    uint64_t q = top64(z, &e);
    double d = round_q(q, e);
    if (isinf(d)) {
        *out = mpz_sgn(z) < 0 ? -HUGE_VAL : HUGE_VAL;
        return false;
    }
    *out = mpz_sgn(z) < 0 ? -d : d;
    return true;
}

double spy_int_to_double(VM *vm, Value v)
{
    double d;
    if (!spy_int_to_double_ok(v, &d)) {
        spy_raise(vm, EXC(vm, OverflowError), "int too large to convert to float");
    }
    return d;
}

double spy_int_frexp(Value v, int64_t *e)
{
    ZView t;
    mpz_srcptr z = zv(v, &t);
    if (mpz_sgn(z) == 0) {
        *e = 0;
        return 0.0;
    }
    int64_t qe;
    uint64_t q = top64(z, &qe);
    int top = 63 - __builtin_clzll(q);
    /* Scale so the leading bit has weight 2**-1; exponents stay in the normal range. */
    double m = round_q(q, -(int64_t)top - 1);
    *e = qe + top + 1;
    if (m == 1.0) {
        m = 0.5;
        (*e)++;
    }
    return mpz_sgn(z) < 0 ? -m : m;
}

Value spy_int_from_double(VM *vm, double d)
{
    if (isnan(d)) {
        spy_raise(vm, EXC(vm, ValueError), "cannot convert float NaN to integer");
    }
    if (isinf(d)) {
        spy_raise(vm, EXC(vm, OverflowError), "cannot convert float infinity to integer");
    }
    double t = trunc(d);
    if (t >= -9223372036854775808.0 && t < 9223372036854775808.0) {
        return mk_int((int64_t)t);
    }
    BigInt *b = spy_bigint_new(vm);
    mpz_set_d(b->z, t);
    return mk_obj(b);
}

/* }==== */

/* {==== arithmetic */

static Value big_binop(VM *vm, BinOp op, Value a, Value b);

/* Exact small-int power; false on overflow. */
static bool pow_small(int64_t base, int64_t e, int64_t *out)
{
    int64_t r = 1;
    for (;;) {
        if ((e & 1) && __builtin_mul_overflow(r, base, &r)) {
            return false;
        }
        e >>= 1;
        if (!e) {
            break;
        }
        if (__builtin_mul_overflow(base, base, &base)) {
            return false;
        }
    }
    *out = r;
    return true;
}

static bool is_negative(Value v)
{
    return IS_BIGINT(v) ? mpz_sgn(AS_BIGINT(v)->z) < 0 : AS_INT(v) < 0;
}

Value spy_int_binop(VM *vm, BinOp op, Value a, Value b)
{
    op = (BinOp)(op & ~BO_INPLACE);
    if (op == BO_TRUEDIV) {
        return spy_int_truediv(vm, a, b);
    }
    if (op == BO_MATMUL) {
        return NULLV;
    }
    if (op == BO_POW && is_negative(b)) {
        /* CPython hands a negative exponent to float's power. */
        return spy_num_binop(vm, BO_POW, mk_float(spy_int_to_double(vm, a)),
                             mk_float(spy_int_to_double(vm, b)));
    }
    if (!IS_SMALLINT_LIKE(a) || !IS_SMALLINT_LIKE(b)) {
        return big_binop(vm, op, a, b);
    }
    /* Machine-word paths; each `break` is an overflow that falls through to GMP.  Division
     * and modulo round toward negative infinity (the remainder takes the divisor's sign). */
    int64_t x = AS_INT(a), y = AS_INT(b), r;
    switch (op) {
    case BO_ADD:
        if (!__builtin_add_overflow(x, y, &r)) {
            return mk_int(r);
        }
        break;
    case BO_SUB:
        if (!__builtin_sub_overflow(x, y, &r)) {
            return mk_int(r);
        }
        break;
    case BO_MUL:
        if (!__builtin_mul_overflow(x, y, &r)) {
            return mk_int(r);
        }
        break;
    case BO_FLOORDIV:
        if (y == 0) {
            zero_div(vm, "integer division or modulo by zero");
        }
        if (x == INT64_MIN && y == -1) {
            break;
        }
        r = x / y;
        if (x % y != 0 && ((x < 0) != (y < 0))) {
            r--;
        }
        return mk_int(r);
    case BO_MOD:
        if (y == 0) {
            zero_div(vm, "integer modulo by zero");
        }
        if (y == -1) {
            return mk_int(0);
        }
        r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) {
            r += y;
        }
        return mk_int(r);
    case BO_POW:
        if (pow_small(x, y, &r)) {
            return mk_int(r);
        }
        break;
    case BO_LSHIFT:
        if (y < 0) {
            spy_raise(vm, EXC(vm, ValueError), "negative shift count");
        }
        if (x == 0) {
            return mk_int(0);
        }
        if (y < 63) {
            r = (int64_t)((uint64_t)x << y);
            if ((r >> y) == x) {
                return mk_int(r);
            }
        }
        break;
    case BO_RSHIFT:
        if (y < 0) {
            spy_raise(vm, EXC(vm, ValueError), "negative shift count");
        }
        if (y >= 64) {
            return mk_int(x < 0 ? -1 : 0);
        }
        /* Floor shift without relying on implementation-defined >> of negatives. */
        return mk_int(x >= 0 ? x >> y : ~(~x >> y));
    case BO_AND:
        /* bool & bool stays a bool (bool overrides these three); all else gives an int */
        return IS_BOOL(a) && IS_BOOL(b) ? mk_bool(x & y) : mk_int(x & y);
    case BO_OR:
        return IS_BOOL(a) && IS_BOOL(b) ? mk_bool(x | y) : mk_int(x | y);
    case BO_XOR:
        return IS_BOOL(a) && IS_BOOL(b) ? mk_bool(x ^ y) : mk_int(x ^ y);
    default:
        return NULLV;
    }
    return big_binop(vm, op, a, b);
}

static Value big_pow(VM *vm, Value a, Value b)
{
    ZView ta, tb;
    mpz_srcptr za = zv(a, &ta), zb = zv(b, &tb);
    /* Bases whose powers stay small, whatever the exponent. */
    if (mpz_cmpabs_ui(za, 1) <= 0) {
        if (mpz_sgn(za) == 0) {
            return mk_int(mpz_sgn(zb) == 0 ? 1 : 0);
        }
        if (mpz_sgn(za) > 0) {
            return mk_int(1);
        }
        return mk_int(mpz_odd_p(zb) ? -1 : 1);
    }
    if (!mpz_fits_ulong_p(zb)) {
        spy_mem_precheck(vm, 1e30);
    }
    unsigned long e = mpz_get_ui(zb);
    long ex;
    double m = mpz_get_d_2exp(&ex, za);
    double bits = (log2(fabs(m)) + (double)ex) * (double)e + 1.0;
    need_bits(vm, bits, 2.0);
    /* Repeated squaring: the last squaring (operands half the result) dominates. */
    double limbs = bits / 64.0;
    charge_steps(vm, 2.0 * mul_cost(limbs / 2, limbs / 2));
    BigInt *r = spy_bigint_new(vm);
    mpz_pow_ui(r->z, za, e);
    return spy_bigint_finish(vm, r);
}

/* Left shift by a count that is a BigInt or does not fit the small path. */
static Value big_lshift(VM *vm, mpz_srcptr za, mpz_srcptr zb)
{
    if (mpz_sgn(za) == 0) {
        return mk_int(0);
    }
    if (!mpz_fits_slong_p(zb)) {
        /* CPython cannot even size such a result. */
        spy_raise(vm, EXC(vm, OverflowError), "too many digits in integer");
    }
    int64_t s = mpz_get_si(zb);
    double bits = (double)zbits(za) + (double)s;
    need_bits(vm, bits, 1.0);
    charge_linear(vm, bits / 64.0);
    BigInt *r = spy_bigint_new(vm);
    mpz_mul_2exp(r->z, za, (mp_bitcnt_t)s);
    return spy_bigint_finish(vm, r);
}

/* The GMP side of spy_int_binop.  Operand views cost nothing; each case prechecks the
 * result's size (x2-x3 where GMP needs scratch space) and charges before computing.  GMP's
 * fdiv and bitwise functions already have Python's floor and two's complement semantics. */
static Value big_binop(VM *vm, BinOp op, Value a, Value b)
{
    spy_mem_gmp_enter(vm);
    ZView ta, tb;
    mpz_srcptr za = zv(a, &ta), zb = zv(b, &tb);
    double na = (double)mpz_size(za), nb = (double)mpz_size(zb);
    double nmax = na > nb ? na : nb;
    BigInt *r;
    switch (op) {
    case BO_ADD:
    case BO_SUB:
        need_bits(vm, nmax * 64 + 64, 1.0);
        charge_linear(vm, nmax);
        r = spy_bigint_new(vm);
        (op == BO_ADD ? mpz_add : mpz_sub)(r->z, za, zb);
        return spy_bigint_finish(vm, r);
    case BO_MUL:
        need_bits(vm, (na + nb) * 64, 2.0);
        charge_mul(vm, na, nb);
        r = spy_bigint_new(vm);
        mpz_mul(r->z, za, zb);
        return spy_bigint_finish(vm, r);
    case BO_FLOORDIV:
    case BO_MOD:
        if (mpz_sgn(zb) == 0) {
            zero_div(vm, op == BO_MOD ? "integer modulo by zero"
                                      : "integer division or modulo by zero");
        }
        need_bits(vm, (na + 2) * 64, 2.0);
        charge_steps(vm, 2.5 * mul_cost(na - nb + 1, nb));
        r = spy_bigint_new(vm);
        (op == BO_MOD ? mpz_fdiv_r : mpz_fdiv_q)(r->z, za, zb);
        return spy_bigint_finish(vm, r);
    case BO_POW:
        return big_pow(vm, a, b);
    case BO_LSHIFT:
        if (mpz_sgn(zb) < 0) {
            spy_raise(vm, EXC(vm, ValueError), "negative shift count");
        }
        return big_lshift(vm, za, zb);
    case BO_RSHIFT:
        if (mpz_sgn(zb) < 0) {
            spy_raise(vm, EXC(vm, ValueError), "negative shift count");
        }
        if (!mpz_fits_ulong_p(zb) || mpz_get_ui(zb) >= zbits(za)) {
            return mk_int(mpz_sgn(za) < 0 ? -1 : 0);
        }
        charge_linear(vm, na);
        r = spy_bigint_new(vm);
        mpz_fdiv_q_2exp(r->z, za, mpz_get_ui(zb));
        return spy_bigint_finish(vm, r);
    case BO_AND:
    case BO_OR:
    case BO_XOR:
        need_bits(vm, nmax * 64 + 64, 1.0);
        charge_linear(vm, nmax);
        r = spy_bigint_new(vm);
        (op == BO_AND ? mpz_and : op == BO_OR ? mpz_ior : mpz_xor)(r->z, za, zb);
        return spy_bigint_finish(vm, r);
    default:
        return NULLV;
    }
}

/* a / b correctly rounded, as CPython: for operands beyond 2**53 the exact quotient is
 * computed to 55-56 significant bits plus a sticky bit for the remainder, then rounded once
 * (round_q), so no double rounding happens even for subnormal results. */
Value spy_int_truediv(VM *vm, Value a, Value b)
{
    if (IS_SMALLINT_LIKE(a) && IS_SMALLINT_LIKE(b)) {
        int64_t x = AS_INT(a), y = AS_INT(b);
        if (y == 0) {
            zero_div(vm, "division by zero");
        }
        const int64_t lim = INT64_C(1) << 53;
        if (x >= -lim && x <= lim && y >= -lim && y <= lim) {
            /* Both exact as doubles: one IEEE division rounds correctly. */
            return mk_float((double)x / (double)y);
        }
    }
    spy_mem_gmp_enter(vm);
    ZView ta, tb;
    mpz_srcptr za = zv(a, &ta), zb = zv(b, &tb);
    if (mpz_sgn(zb) == 0) {
        zero_div(vm, "division by zero");
    }
    bool neg = (mpz_sgn(za) < 0) != (mpz_sgn(zb) < 0);
    if (mpz_sgn(za) == 0) {
        return mk_float(neg ? -0.0 : 0.0);
    }
    __mpz_struct aa, ab;
    mpz_srcptr num = zabs(za, &aa), den = zabs(zb, &ab);
    int64_t diff = (int64_t)zbits(num) - (int64_t)zbits(den);
    if (diff > 1025) {
        spy_raise(vm, EXC(vm, OverflowError), "integer division result too large for a float");
    }
    if (diff < -1080) {
        return mk_float(neg ? -0.0 : 0.0);
    }
    /* Scale so the quotient has 55 or 56 bits: enough for the rounding and sticky bits. */
    int64_t s = 55 - diff;
    need_bits(vm, (double)(zbits(num) > zbits(den) ? zbits(num) : zbits(den)) + 1200, 2.0);
    charge_linear(vm, (double)(mpz_size(num) + mpz_size(den)));
    BigInt *t = spy_bigint_new(vm), *q = spy_bigint_new(vm), *rem = spy_bigint_new(vm);
    if (s >= 0) {
        mpz_mul_2exp(t->z, num, (mp_bitcnt_t)s);
        mpz_tdiv_qr(q->z, rem->z, t->z, den);
    } else {
        mpz_mul_2exp(t->z, den, (mp_bitcnt_t)-s);
        mpz_tdiv_qr(q->z, rem->z, num, t->z);
    }
    uint64_t qv = mpz_get_ui(q->z) | (mpz_sgn(rem->z) != 0 ? 1 : 0);
    double d = round_q(qv, -s);
    if (isinf(d)) {
        spy_raise(vm, EXC(vm, OverflowError), "integer division result too large for a float");
    }
    return mk_float(neg ? -d : d);
}

/* Modular exponentiation entirely in 128-bit arithmetic (0 <= x < m, m > 1). */
static uint64_t powmod_small(uint64_t x, uint64_t e, uint64_t m)
{
    unsigned __int128 r = 1 % m, b = x;
    while (e) {
        if (e & 1) {
            r = r * b % m;
        }
        b = b * b % m;
        e >>= 1;
    }
    return (uint64_t)r;
}

/* pow(base, exp, mod): a negative exponent uses the modular inverse of base; the result
 * has the sign of mod, as Python's % does. */
Value spy_int_pow_mod(VM *vm, Value base, Value exp, Value mod)
{
    spy_mem_gmp_enter(vm);
    ZView tb, te, tm;
    mpz_srcptr zb = zv(base, &tb), ze = zv(exp, &te), zm = zv(mod, &tm);
    if (mpz_sgn(zm) == 0) {
        spy_raise(vm, EXC(vm, ValueError), "pow() 3rd argument cannot be 0");
    }
    __mpz_struct am;
    mpz_srcptr m = zabs(zm, &am);
    double nm = (double)mpz_size(m);
    BigInt *r = spy_bigint_new(vm);
    if (mpz_sgn(ze) >= 0 && mpz_size(m) == 1 && mpz_size(ze) <= 1) {
        /* Small modulus: reduce the base once, then stay in machine words. */
        uint64_t mv = mpz_getlimbn(m, 0);
        charge_linear(vm, (double)mpz_size(zb));
        uint64_t x = mpz_fdiv_ui(zb, mv);
        uint64_t v = mv == 1 ? 0 : powmod_small(x, mpz_get_ui(ze), mv);
        mpz_set_ui(r->z, v);
    } else {
        need_bits(vm, (nm + mpz_size(zb) + 2) * 64, 4.0);
        charge_mul(vm, nm, nm);
        /* a modular product and reduction per exponent bit */
        charge_steps(vm, (double)zbits(ze) * 2.0 * mul_cost(nm, nm));
        if (mpz_sgn(ze) < 0) {
            BigInt *inv = spy_bigint_new(vm);
            if (!mpz_invert(inv->z, zb, m)) {
                spy_raise(vm, EXC(vm, ValueError),
                          "base is not invertible for the given modulus");
            }
            __mpz_struct ae;
            mpz_powm(r->z, inv->z, zabs(ze, &ae), m);
        } else {
            mpz_powm(r->z, zb, ze, m);
        }
    }
    /* Python's result takes the modulus's sign. */
    if (mpz_sgn(zm) < 0 && mpz_sgn(r->z) != 0) {
        mpz_add(r->z, r->z, zm);
    }
    return spy_bigint_finish(vm, r);
}

Value spy_int_neg(VM *vm, Value a)
{
    if (IS_SMALLINT_LIKE(a) && AS_INT(a) != INT64_MIN) {
        return mk_int(-AS_INT(a));
    }
    spy_mem_gmp_enter(vm);
    ZView t;
    mpz_srcptr z = zv(a, &t);
    need_bits(vm, (double)mpz_size(z) * 64 + 64, 1.0);
    charge_linear(vm, (double)mpz_size(z));
    BigInt *r = spy_bigint_new(vm);
    mpz_neg(r->z, z);
    return spy_bigint_finish(vm, r);
}

Value spy_int_abs(VM *vm, Value a)
{
    return is_negative(a) ? spy_int_neg(vm, a) : IS_BOOL(a) ? mk_int(AS_INT(a)) : a;
}

Value spy_int_invert(VM *vm, Value a)
{
    if (IS_SMALLINT_LIKE(a)) {
        return mk_int(~AS_INT(a));
    }
    spy_mem_gmp_enter(vm);
    mpz_srcptr z = AS_BIGINT(a)->z;
    need_bits(vm, (double)mpz_size(z) * 64 + 64, 1.0);
    charge_linear(vm, (double)mpz_size(z));
    BigInt *r = spy_bigint_new(vm);
    mpz_com(r->z, z);
    return spy_bigint_finish(vm, r);
}

int spy_int_cmp(Value a, Value b)
{
    if (IS_SMALLINT_LIKE(a) && IS_SMALLINT_LIKE(b)) {
        return AS_INT(a) < AS_INT(b) ? -1 : AS_INT(a) > AS_INT(b);
    }
    ZView ta, tb;
    int c = mpz_cmp(zv(a, &ta), zv(b, &tb));
    return c < 0 ? -1 : c > 0;
}

/* CPython's int hash: |v| mod 2**61-1 with v's sign, and -1 (reserved for errors in
 * CPython's C API) mapped to -2. */
int64_t spy_int_hash(Value v)
{
    int64_t h;
    if (!IS_BIGINT(v)) {
        int64_t i = AS_INT(v);
        uint64_t u = i < 0 ? 0 - (uint64_t)i : (uint64_t)i;
        h = (int64_t)(u % HASH_MOD);
        h = i < 0 ? -h : h;
    } else {
        /* |v| mod 2**61-1 from the top limb down, using 2**64 == 2**3 (mod 2**61-1). */
        mpz_srcptr z = AS_BIGINT(v)->z;
        const mp_limb_t *l = mpz_limbs_read(z);
        uint64_t acc = 0;
        for (size_t i = mpz_size(z); i-- > 0;) {
            uint64_t x = acc << 3;
            x = (x & HASH_MOD) + (x >> 61);
            uint64_t y = (l[i] & HASH_MOD) + (l[i] >> 61);
            acc = x + y;
            acc = (acc & HASH_MOD) + (acc >> 61);
            if (acc >= HASH_MOD) {
                acc -= HASH_MOD;
            }
        }
        h = mpz_sgn(z) < 0 ? -(int64_t)acc : (int64_t)acc;
    }
    return h == -1 ? -2 : h;
}

/* }==== */

/* {==== text conversions */

/* Code points of the '0' of each run of ten Unicode decimal digits (category Nd, Unicode
 * 14 as CPython 3.11), beyond ASCII: int() and float() accept any of them. */
static const uint32_t nd_zeros[] = {
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80,
    0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50,
    0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450,
    0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0,
    0x16A60, 0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140,
    0x1E2F0, 0x1E950, 0x1FBF0,
};

static bool unicode_space(uint32_t c)
{
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
           c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

int64_t spy_num_ascii(VM *vm, const char *s, int64_t n, const char **out)
{
    int64_t i = 0;
    while (i < n && (unsigned char)s[i] < 0x80) {
        i++;
    }
    if (i == n) {
        *out = s;
        return n;
    }
    Buf *b = spy_buf_new(vm, n + 1);
    char *d = b->data;
    int64_t k = 0;
    charge_linear(vm, (double)n / 8.0);
    for (i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            d[k++] = (char)c;
            i++;
            continue;
        }
        int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        uint32_t cp = c & (len == 4 ? 0x07 : len == 3 ? 0x0F : 0x1F);
        for (int j = 1; j < len && i + j < n; j++) {
            cp = (cp << 6) | ((unsigned char)s[i + j] & 0x3F);
        }
        i += len;
        char r = '?';   /* anything else makes the parse fail, as in CPython */
        if (unicode_space(cp)) {
            r = ' ';
        } else {
            for (size_t z = 0; z < sizeof nd_zeros / sizeof nd_zeros[0]; z++) {
                if (cp >= nd_zeros[z] && cp < nd_zeros[z] + 10) {
                    r = (char)('0' + (cp - nd_zeros[z]));
                    break;
                }
            }
        }
        d[k++] = r;
    }
    d[k] = 0;
    *out = d;
    return k;
}

static bool ascii_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static int digit_value(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c = (char)(c | 0x20);
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 10;
    }
    return 99;
}

SPY_NORETURN static void invalid_literal(VM *vm, const char *s, int64_t n, int base)
{
    Str *r = spy_str_repr(vm, spy_str_new(vm, s, n));
    if (r->len > 200) {
        r = spy_str_substr(vm, r, 0, 200);   /* CPython's %.200R */
    }
    spy_raise(vm, EXC(vm, ValueError), "invalid literal for int() with base %d: %U", base, r);
}

/* CPython's int(str, base) rules: surrounding whitespace, one sign, a 0x/0o/0b prefix when
 * base is 0 or matches, digits separated by single underscores (one may follow a prefix),
 * base 0 decimal without leading zeros unless all zeros.  The digit-limit check comes
 * after scanning the digits but before any trailing junk is looked at, as in CPython. */
Value spy_int_from_str(VM *vm, const char *s0, int64_t n0, int base)
{
    const char *s;
    int64_t n = spy_num_ascii(vm, s0, n0, &s);
    charge_linear(vm, (double)n / 8.0);
    const char *p = s, *end = s + n;
    while (p < end && ascii_space(*p)) {
        p++;
    }
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    int b = base;
    bool prefixed = false;
    if (end - p >= 2 && p[0] == '0') {
        char c = (char)(p[1] | 0x20);
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb && (b == 0 || b == pb)) {
            b = pb;
            p += 2;
            prefixed = true;
        }
    }
    bool zeros_only = false;   /* base 0 decimal: no leading zeros unless the value is 0 */
    if (b == 0) {
        b = 10;
        zeros_only = p < end && *p == '0';
    }
    const char *dstart = p;
    int64_t digits = 0;
    bool last_us = false, us_ok = prefixed;
    while (p < end) {
        if (*p == '_') {
            if (!us_ok || last_us) {
                invalid_literal(vm, s0, n0, base);
            }
            last_us = true;
        } else if (digit_value(*p) < b) {
            digits++;
            last_us = false;
            us_ok = true;
        } else {
            break;
        }
        p++;
    }
    const char *dend = p;
    if (last_us || digits == 0) {
        invalid_literal(vm, s0, n0, base);
    }
    if ((b & (b - 1)) != 0 && digits > SPY_MAX_STR_DIGITS) {
        spy_raise(vm, EXC(vm, ValueError),
                  "Exceeds the limit (%d digits) for integer string conversion: value has %D "
                  "digits; use sys.set_int_max_str_digits() to increase the limit",
                  SPY_MAX_STR_DIGITS, digits);
    }
    while (p < end && ascii_space(*p)) {
        p++;
    }
    if (p != end) {
        invalid_literal(vm, s0, n0, base);
    }
    if (zeros_only) {
        for (const char *q = dstart; q < dend; q++) {
            if (*q != '0' && *q != '_') {
                invalid_literal(vm, s0, n0, base);
            }
        }
    }
    uint64_t acc = 0;
    const char *q = dstart;
    for (; q < dend; q++) {
        if (*q == '_') {
            continue;
        }
        if (__builtin_mul_overflow(acc, (uint64_t)b, &acc) ||
            __builtin_add_overflow(acc, (uint64_t)digit_value(*q), &acc)) {
            break;
        }
    }
    if (q == dend) {
        if (!neg && acc <= (uint64_t)INT64_MAX) {
            return mk_int((int64_t)acc);
        }
        if (neg && acc <= (UINT64_C(1) << 63)) {
            return mk_int((int64_t)(0 - acc));
        }
    }
    spy_mem_gmp_enter(vm);
    double bits = (double)digits * log2((double)b) + 64;
    need_bits(vm, bits, 3.0);
    if ((b & (b - 1)) == 0) {
        charge_linear(vm, bits / 64.0);
    } else {
        charge_mul(vm, bits / 64.0, bits / 64.0);
    }
    Buf *buf = spy_buf_new(vm, digits + 1);
    int64_t k = 0;
    for (q = dstart; q < dend; q++) {
        if (*q != '_') {
            buf->data[k++] = *q;
        }
    }
    buf->data[k] = 0;
    BigInt *r = spy_bigint_new(vm);
    mpz_set_str(r->z, buf->data, b);
    if (neg) {
        mpz_neg(r->z, r->z);
    }
    return spy_bigint_finish(vm, r);
}

SPY_NORETURN static void str_digits_limit(VM *vm)
{
    spy_raise(vm, EXC(vm, ValueError),
              "Exceeds the limit (%d digits) for integer string conversion; use "
              "sys.set_int_max_str_digits() to increase the limit",
              SPY_MAX_STR_DIGITS);
}

Str *spy_int_to_str(VM *vm, Value v, int base)
{
    const char *prefix = base == 16 ? "0x" : base == 8 ? "0o" : base == 2 ? "0b" : "";
    if (!IS_BIGINT(v)) {
        char tmp[80];
        int64_t i = AS_INT(v);
        if (base == 10) {
            int len = snprintf(tmp, sizeof tmp, "%lld", (long long)i);
            return spy_str_new(vm, tmp, len);
        }
        uint64_t u = i < 0 ? 0 - (uint64_t)i : (uint64_t)i;
        char *e = tmp + sizeof tmp, *p = e;
        do {
            *--p = "0123456789abcdef"[u % (unsigned)base];
            u /= (unsigned)base;
        } while (u);
        *--p = prefix[1];
        *--p = prefix[0];
        if (i < 0) {
            *--p = '-';
        }
        return spy_str_new(vm, p, e - p);
    }
    spy_mem_gmp_enter(vm);
    mpz_srcptr z = AS_BIGINT(v)->z;
    size_t nd = mpz_sizeinbase(z, base);   /* exact, or one too many for base 10 */
    if (base == 10 && nd > SPY_MAX_STR_DIGITS + 1) {
        str_digits_limit(vm);
    }
    need_bits(vm, (double)nd * 8, base == 10 ? 3.0 : 1.0);
    if (base == 10) {
        charge_mul(vm, (double)mpz_size(z), (double)mpz_size(z));
    } else {
        charge_linear(vm, (double)mpz_size(z));
    }
    Buf *b = spy_buf_new(vm, (int64_t)nd + 4);
    char *d = b->data;
    /* Digits land at d+2 ("-1f"); the sign and prefix are then written in front. */
    mpz_get_str(d + 2, base, z);
    int64_t len = (int64_t)strlen(d + 2);
    bool neg = d[2] == '-';
    if (base == 10) {
        if (len - neg > SPY_MAX_STR_DIGITS) {
            str_digits_limit(vm);
        }
        return spy_str_new(vm, d + 2, len);
    }
    if (neg) {
        d[0] = '-';
        d[1] = prefix[0];
        d[2] = prefix[1];
    } else {
        d[0] = prefix[0];
        d[1] = prefix[1];
    }
    return spy_str_new(vm, d, len + 2);
}

/* }==== */

/* {==== constructors and methods */

/* Calls a conversion dunder of a user object, or returns VT_NULL when it has none. */
static Value call_dunder(VM *vm, Value x, const char *name)
{
    Value m = spy_type_lookup(vm, spy_typeof(vm, x), spy_str_intern_cstr(vm, name));
    if (IS_NULL(m)) {
        return NULLV;
    }
    return spy_call1(vm, m, x);
}

/* int(x) for a non-str x. */
static Value int_of(VM *vm, Value x)
{
    if (IS_BIGINT(x) && (AS_OBJ(x)->type->tflags & TF_HEAPTYPE)) {
        /* An instance of a user subclass of int: its __int__ if any, else its value. */
        Value r = spy_call_dunder(vm, x, DN_INT, 0, NULL);
        if (!IS_NULL(r)) {
            if (!IS_ANYINT(r)) {
                spy_raise(vm, EXC(vm, TypeError), "__int__ returned non-int (type %T)", r);
            }
            x = r;
        }
        return IS_BIGINT(x) ? spy_int_from_mpz(vm, AS_BIGINT(x)->z) : IS_BOOL(x) ? mk_int(AS_INT(x)) : x;
    }
    if (IS_ANYINT(x)) {
        return IS_BOOL(x) ? mk_int(AS_INT(x)) : x;
    }
    if (IS_FLOAT(x)) {
        return spy_int_from_double(vm, AS_FLOAT(x));
    }
    static const char *const dunders[] = {"__int__", "__index__", "__trunc__"};
    for (int i = 0; i < 3; i++) {
        Value r = call_dunder(vm, x, dunders[i]);
        if (IS_NULL(r)) {
            continue;
        }
        if (!IS_ANYINT(r)) {
            spy_raise(vm, EXC(vm, TypeError), "%s returned non-int (type %T)", dunders[i], r);
        }
        return IS_BOOL(r) ? mk_int(AS_INT(r)) : r;
    }
    spy_raise(vm, EXC(vm, TypeError),
              "int() argument must be a string, a bytes-like object or a real number, not '%T'",
              x);
}

/* int(), int(x), int(s, base).  `x` is positional-only, `base` may be a keyword.  Always a
 * plain int: instances of user subclasses are made by class.c from this value. */
Value spy_int_ctor(VM *vm, TypeObj *t, int nargs, Value *args, Tuple *kwnames)
{
    int nkw = kwnames ? (int)kwnames->len : 0;
    if (nargs + nkw > 2) {
        spy_raise(vm, EXC(vm, TypeError), "int() takes at most 2 arguments (%d given)",
                  nargs + nkw);
    }
    Value x = nargs > 0 ? args[0] : NULLV, base = nargs > 1 ? args[1] : NULLV;
    for (int i = 0; i < nkw; i++) {
        Str *k = AS_STR(kwnames->items[i]);
        if (!spy_str_eq_cstr(k, "base")) {
            spy_raise(vm, EXC(vm, TypeError), "'%U' is an invalid keyword argument for int()", k);
        }
        if (!IS_NULL(base)) {
            spy_raise(vm, EXC(vm, TypeError),
                      "argument for int() given by name ('base') and position (2)");
        }
        base = args[nargs + i];
    }
    if (IS_NULL(x)) {
        if (!IS_NULL(base)) {
            spy_raise(vm, EXC(vm, TypeError), "int() missing string argument");
        }
        return mk_int(0);
    }
    if (IS_NULL(base)) {
        if (IS_STR(x)) {
            int64_t n;
            const char *s = spy_str_utf8(vm, AS_STR(x), &n);
            return spy_int_from_str(vm, s, n, 10);
        }
        return int_of(vm, x);
    }
    Value bv = spy_index(vm, base);
    if (!IS_STR(x)) {
        spy_raise(vm, EXC(vm, TypeError), "int() can't convert non-string with explicit base");
    }
    int64_t b = IS_BIGINT(bv) ? -1 : AS_INT(bv);
    if (b != 0 && (b < 2 || b > 36)) {
        spy_raise(vm, EXC(vm, ValueError), "int() base must be >= 2 and <= 36, or 0");
    }
    int64_t n;
    const char *s = spy_str_utf8(vm, AS_STR(x), &n);
    return spy_int_from_str(vm, s, n, (int)b);
}

Value spy_bool_ctor(VM *vm, TypeObj *t, int nargs, Value *args, Tuple *kwnames)
{
    if (kwnames && kwnames->len > 0) {
        spy_raise(vm, EXC(vm, TypeError), "bool() takes no keyword arguments");
    }
    if (nargs > 1) {
        spy_raise(vm, EXC(vm, TypeError), "bool expected at most 1 argument, got %d", nargs);
    }
    return mk_bool(nargs == 1 && spy_truthy(vm, args[0]));
}

/* Checks an int method's self and argument count ("int.bit_length() takes no arguments
 * (1 given)") and returns self. */
static Value int_self(VM *vm, const char *name, int nargs, Value *args, Tuple *kwnames)
{
    if (nargs < 1) {
        spy_raise(vm, EXC(vm, TypeError), "unbound method int.%s() needs an argument", name);
    }
    if (!IS_ANYINT(args[0])) {
        spy_raise(vm, EXC(vm, TypeError),
                  "descriptor '%s' for 'int' objects doesn't apply to a '%T' object", name,
                  args[0]);
    }
    char fname[48];
    snprintf(fname, sizeof fname, "int.%s", name);
    spy_check_args(vm, fname, nargs - 1, kwnames, 0, 0);
    return args[0];
}

static Value int_bit_length(VM *vm, int nargs, Value *args, Tuple *kwnames)
{
    Value v = int_self(vm, "bit_length", nargs, args, kwnames);
    if (IS_BIGINT(v)) {
        return mk_int((int64_t)mpz_sizeinbase(AS_BIGINT(v)->z, 2));
    }
    int64_t i = AS_INT(v);
    uint64_t u = i < 0 ? 0 - (uint64_t)i : (uint64_t)i;
    return mk_int(u ? 64 - __builtin_clzll(u) : 0);
}

static Value int_bit_count(VM *vm, int nargs, Value *args, Tuple *kwnames)
{
    Value v = int_self(vm, "bit_count", nargs, args, kwnames);
    if (IS_BIGINT(v)) {
        mpz_srcptr z = AS_BIGINT(v)->z;
        const mp_limb_t *l = mpz_limbs_read(z);
        int64_t c = 0;
        charge_linear(vm, (double)mpz_size(z));
        for (size_t i = 0; i < mpz_size(z); i++) {
            c += __builtin_popcountll(l[i]);
        }
        return mk_int(c);
    }
    int64_t i = AS_INT(v);
    return mk_int(__builtin_popcountll(i < 0 ? 0 - (uint64_t)i : (uint64_t)i));
}

static Value int_conjugate(VM *vm, int nargs, Value *args, Tuple *kwnames)
{
    Value v = int_self(vm, "conjugate", nargs, args, kwnames);
    return IS_BOOL(v) ? mk_int(AS_INT(v)) : v;
}

static Value int_as_integer_ratio(VM *vm, int nargs, Value *args, Tuple *kwnames)
{
    Value v = int_self(vm, "as_integer_ratio", nargs, args, kwnames);
    return mk_obj(spy_tuple_pack(vm, 2, IS_BOOL(v) ? mk_int(AS_INT(v)) : v, mk_int(1)));
}

const MethodDef spy_int_methods[] = {
    {"as_integer_ratio", int_as_integer_ratio, 0},
    {"bit_count", int_bit_count, 0},
    {"bit_length", int_bit_length, 0},
    {"conjugate", int_conjugate, 0},
    {NULL, NULL, 0},
};

/* }==== */
