/* fold.c: the compiler's constant table and constant folding (CPython 3.11's AST optimizer).
 * Constants are shared by type and value (floats by bits) across the units of a compile.
 * Folding never produces a big result (ints <= 128 bits, strs <= 4096 chars, tuples <= 256
 * items) and never anything that would raise: those are left to run time, so `2**10**10`
 * costs nothing here.  Non-int64 arithmetic uses the runtime's own functions. */
#include <math.h>
#include <string.h>

#include "compile.h"

static bool fold_binop_chain(Compiler *c, Node *e, Value *out);

/* ================================================================ constant table */

static uint64_t value_hash(Value v)
{
    uint64_t h = v.tag * 0x9e3779b97f4a7c15ULL;
    switch (v.tag) {
    case VT_BOOL:
    case VT_INT:
    case VT_FLOAT:
        return h ^ (uint64_t)v.u.i * 0xff51afd7ed558ccdULL;
    case VT_OBJ: {
        Obj *o = AS_OBJ(v);
        if (o->kind == K_STR) {
            return h ^ (uint64_t)spy_str_hash((Str *)o);
        }
        if (o->kind == K_TUPLE) {
            Tuple *t = (Tuple *)o;
            for (int64_t i = 0; i < t->len; i++) {
                h = (h ^ value_hash(t->items[i])) * 0x100000001b3ULL;
            }
            return h ^ (uint64_t)t->len;
        }
        if (o->kind == K_BIGINT) {
            mpz_srcptr z = ((BigInt *)o)->z;
            return h ^ (uint64_t)mpz_get_ui(z) ^ (uint64_t)mpz_size(z) << 32;
        }
        return h ^ spy_comp_hash_ptr(o);
    }
    default:
        return h;
    }
}

/* Constant identity for sharing: same type and same value (floats by bits, so 0.0 and
 * -0.0 stay apart; True and 1 differ by tag). */
static bool value_same(Value a, Value b)
{
    if (a.tag != b.tag) {
        return false;
    }
    if (a.tag != VT_OBJ) {
        return a.u.i == b.u.i;
    }
    Obj *x = AS_OBJ(a), *y = AS_OBJ(b);
    if (x == y) {
        return true;
    }
    if (x->kind != y->kind) {
        return false;
    }
    switch (x->kind) {
    case K_STR:
        return spy_str_eq((Str *)x, (Str *)y);
    case K_BIGINT:
        return mpz_cmp(((BigInt *)x)->z, ((BigInt *)y)->z) == 0;
    case K_TUPLE: {
        Tuple *s = (Tuple *)x, *t = (Tuple *)y;
        if (s->len != t->len) {
            return false;
        }
        for (int64_t i = 0; i < s->len; i++) {
            if (!value_same(s->items[i], t->items[i])) {
                return false;
            }
        }
        return true;
    }
    default:
        return false;
    }
}

/* Finds `v` among vals[] through `ix`; returns its index or -(slot)-2 for insertion. */
static int vindex_find(const VIndex *ix, const Value *vals, Value v, uint64_t h)
{
    uint32_t i = (uint32_t)h & (uint32_t)ix->mask;
    while (ix->slots[i] >= 0) {
        if (value_same(vals[ix->slots[i]], v)) {
            return ix->slots[i];
        }
        i = (i + 1) & (uint32_t)ix->mask;
    }
    return -(int)i - 2;
}

static void vindex_rebuild(Compiler *c, VIndex *ix, const Value *vals, int n)
{
    int size = 16;
    while (size < (n + 1) * 2) {
        size *= 2;
    }
    ix->slots = spy_arena_alloc(c->vm, c->a, sizeof(int32_t) * (size_t)size);
    memset(ix->slots, 0xff, sizeof(int32_t) * (size_t)size);
    ix->mask = size - 1;
    ix->n = 0;
    for (int k = 0; k < n; k++) {
        int r = vindex_find(ix, vals, vals[k], value_hash(vals[k]));
        ix->slots[-r - 2] = k;
        ix->n++;
    }
}

/* The compile-wide canonical copy of a str/tuple/bigint constant, so that equal constants
 * of different units are one object (as CPython's const cache makes them). */
Value spy_comp_canonical(Compiler *c, Value v)
{
    if (!IS_OBJ(v) || (OBJ_KIND(v) != K_STR && OBJ_KIND(v) != K_TUPLE &&
                       OBJ_KIND(v) != K_BIGINT)) {
        return v;
    }
    if (!c->canonidx.slots || (c->canonidx.n + 1) * 2 > c->canonidx.mask + 1) {
        vindex_rebuild(c, &c->canonidx, c->canon, c->ncanon);
    }
    uint64_t h = value_hash(v);
    int r = vindex_find(&c->canonidx, c->canon, v, h);
    if (r >= 0) {
        return c->canon[r];
    }
    c->canon = spy_comp_grow(c, c->canon, &c->capcanon, c->ncanon, sizeof(Value));
    c->canon[c->ncanon] = v;
    c->canonidx.slots[-r - 2] = c->ncanon++;
    c->canonidx.n++;
    return v;
}

int spy_comp_add_const(Compiler *c, Value v)
{
    Unit *u = c->u;
    v = spy_comp_canonical(c, v);
    int slot = -1;
    if (!IS_KIND(v, K_CODE)) {
        if (!u->constidx.slots || (u->constidx.n + 1) * 2 > u->constidx.mask + 1) {
            vindex_rebuild(c, &u->constidx, u->consts, u->nconsts);
        }
        int r = vindex_find(&u->constidx, u->consts, v, value_hash(v));
        if (r >= 0) {
            return r;
        }
        slot = -r - 2;
    }
    u->consts = spy_comp_grow(c, u->consts, &u->capconsts, u->nconsts, sizeof(Value));
    u->consts[u->nconsts] = v;
    if (slot >= 0) {
        u->constidx.slots[slot] = u->nconsts;
        u->constidx.n++;
    }
    return u->nconsts++;
}

static bool is_identifier_like(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
              ch == '_')) {
            return false;
        }
    }
    return true;
}

Value spy_comp_str_const(Compiler *c, const char *s, size_t n)
{
    Str *str = spy_str_new(c->vm, s, (int64_t)n);
    if (n <= 64 && is_identifier_like(s, n)) {
        /* CPython interns name-like constants: 'abc' is 'abc' holds across code units. */
        str = spy_str_intern(c->vm, str);
    }
    return mk_obj(str);
}

/* Decimal literals longer than CPython's int/str digit limit are a SyntaxError. */
static Value bigint_const(Compiler *c, Node *e)
{
    const char *s = e->str;
    size_t n = strlen(s);
    bool decimal = !(n > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X' || s[1] == 'o' ||
                                              s[1] == 'O' || s[1] == 'b' || s[1] == 'B'));
    if (decimal && n > SPY_MAX_STR_DIGITS) {
        Pos p = spy_comp_pos(e);
        p.col = -1;
        p.end_col = -1;
        p.end_line = p.line;
        spy_comp_error(c, p, "Exceeds the limit (%d digits) for integer string conversion: "
                       "value has %zu digits; use sys.set_int_max_str_digits() to increase the "
                       "limit - Consider hexadecimal for huge integer literals to avoid decimal "
                       "conversion limits.", SPY_MAX_STR_DIGITS, n);
    }
    return spy_int_from_str(c->vm, s, (int64_t)n, 0);
}

bool spy_comp_truthy(Value v)
{
    switch (v.tag) {
    case VT_NONE:
        return false;
    case VT_BOOL:
    case VT_INT:
        return v.u.i != 0;
    case VT_FLOAT:
        return v.u.f != 0.0;
    case VT_OBJ:
        if (OBJ_KIND(v) == K_STR) {
            return AS_STR(v)->len != 0;
        }
        if (OBJ_KIND(v) == K_TUPLE) {
            return AS_TUPLE(v)->len != 0;
        }
        return true;
    default:
        return true;
    }
}

/* ================================================================ folding */

static FoldEntry *fold_slot(Compiler *c, const Node *n)
{
    uint32_t i = spy_comp_hash_ptr(n) & (uint32_t)c->foldmask;
    while (c->fold[i].node && c->fold[i].node != n) {
        i = (i + 1) & (uint32_t)c->foldmask;
    }
    return &c->fold[i];
}

static void fold_put(Compiler *c, const Node *n, bool ok, Value v)
{
    if (!c->fold || (c->nfold + 1) * 2 > c->foldmask + 1) {
        FoldEntry *old = c->fold;
        int omask = c->foldmask;
        int size = old ? (omask + 1) * 2 : 64;
        c->fold = spy_arena_alloc(c->vm, c->a, sizeof(FoldEntry) * (size_t)size);
        c->foldmask = size - 1;
        for (int i = 0; old && i <= omask; i++) {
            if (old[i].node) {
                *fold_slot(c, old[i].node) = old[i];
            }
        }
    }
    FoldEntry *f = fold_slot(c, n);
    if (!f->node) {
        c->nfold++;
    }
    f->node = n;
    f->ok = ok;
    f->v = v;
}

static FoldEntry *fold_get(Compiler *c, const Node *n)
{
    if (!c->fold) {
        return NULL;
    }
    FoldEntry *f = fold_slot(c, n);
    return f->node ? f : NULL;
}

static bool int_like(Value v)
{
    return IS_INT(v) || IS_BOOL(v);
}

static bool fold_int_pow(int64_t base, int64_t e, int64_t *out)
{
    int64_t r = 1;
    if (e < 0) {
        return false;
    }
    while (e > 0) {
        if (e & 1) {
            if (__builtin_mul_overflow(r, base, &r)) {
                return false;
            }
        }
        e >>= 1;
        if (e > 0 && __builtin_mul_overflow(base, base, &base)) {
            return false;
        }
    }
    *out = r;
    return true;
}

/* Integer operations whose result fits int64 (the runtime computes everything else). */
static bool fold_int(int op, Value va, Value vb, Value *out)
{
    int64_t a = va.u.i, b = vb.u.i, r;
    bool both_bool = IS_BOOL(va) && IS_BOOL(vb);
    switch (op) {
    case BO_ADD:
        if (__builtin_add_overflow(a, b, &r)) {
            return false;
        }
        break;
    case BO_SUB:
        if (__builtin_sub_overflow(a, b, &r)) {
            return false;
        }
        break;
    case BO_MUL:
        if (__builtin_mul_overflow(a, b, &r)) {
            return false;
        }
        break;
    case BO_FLOORDIV:
    case BO_MOD: {
        if (b == 0 || (a == INT64_MIN && b == -1)) {
            return false;
        }
        int64_t q = a / b, m = a % b;
        if (m != 0 && ((m < 0) != (b < 0))) {
            q--;
            m += b;
        }
        r = op == BO_FLOORDIV ? q : m;
        break;
    }
    case BO_POW:
        if (!fold_int_pow(a, b, &r)) {
            return false;
        }
        break;
    case BO_LSHIFT:
        if (b < 0 || b >= 63 || a > (INT64_MAX >> b) || a < (INT64_MIN >> b)) {
            if (!(b >= 0 && a == 0)) {
                return false;
            }
            r = 0;
            break;
        }
        r = (int64_t)((uint64_t)a << b);
        break;
    case BO_RSHIFT:
        if (b < 0) {
            return false;
        }
        if (b >= 63) {
            r = a < 0 ? -1 : 0;
        } else {
            r = a >= 0 ? a >> b : ~(~a >> b);
        }
        break;
    case BO_AND:
        r = a & b;
        break;
    case BO_OR:
        r = a | b;
        break;
    case BO_XOR:
        r = a ^ b;
        break;
    case BO_TRUEDIV: {
        const int64_t lim = (int64_t)1 << 53;
        if (b == 0 || a > lim || a < -lim || b > lim || b < -lim) {
            return false;
        }
        *out = mk_float((double)a / (double)b);
        return true;
    }
    default:
        return false;
    }
    *out = both_bool && (op == BO_AND || op == BO_OR || op == BO_XOR) ? mk_bool(r != 0)
                                                                      : mk_int(r);
    return true;
}

static int64_t int_bits(Value v)
{
    if (IS_BIGINT(v)) {
        return (int64_t)mpz_sizeinbase(AS_BIGINT(v)->z, 2);
    }
    uint64_t m = v.u.i < 0 ? (uint64_t)0 - (uint64_t)v.u.i : (uint64_t)v.u.i;
    return m ? 64 - __builtin_clzll(m) : 0;
}

static bool is_zero(Value v)
{
    return (int_like(v) && v.u.i == 0) || (IS_FLOAT(v) && v.u.f == 0.0);
}

/* Integer operations beyond int64, with CPython's size limits on what a fold may produce
 * (about 128 bits), computed by the runtime's own arithmetic. */
static bool fold_bigint(Compiler *c, int op, Value a, Value b, Value *out)
{
    int64_t ba = int_bits(a), bb = int_bits(b);
    int64_t n = int_like(b) ? b.u.i : -1;
    switch (op) {
    case BO_ADD: case BO_SUB: case BO_AND: case BO_OR: case BO_XOR:
        if (ba > MAX_FOLD_BITS || bb > MAX_FOLD_BITS) {
            return false;
        }
        break;
    case BO_MUL:
        if (ba + bb > MAX_FOLD_BITS) {
            return false;
        }
        break;
    case BO_POW:
        if (n < 0 || (n > 0 && ba > MAX_FOLD_BITS / n)) {
            return false;
        }
        break;
    case BO_LSHIFT:
        if (n < 0 || n > MAX_FOLD_BITS || ba > MAX_FOLD_BITS - n) {
            return false;
        }
        break;
    case BO_RSHIFT:
        if (n < 0 || ba > MAX_FOLD_BITS) {
            return false;
        }
        break;
    case BO_FLOORDIV: case BO_MOD:
        if (is_zero(b) || ba > MAX_FOLD_BITS) {
            return false;
        }
        break;
    case BO_TRUEDIV:
        if (is_zero(b) || ba > MAX_FOLD_BITS || bb > MAX_FOLD_BITS) {
            return false;
        }
        *out = spy_num_binop(c->vm, BO_TRUEDIV, a, b);
        return !IS_NULL(*out);
    default:
        return false;
    }
    *out = spy_int_binop(c->vm, (BinOp)op, a, b);
    return true;
}

static double to_double(Value v)
{
    if (IS_FLOAT(v)) {
        return v.u.f;
    }
    return IS_BIGINT(v) ? mpz_get_d(AS_BIGINT(v)->z) : (double)v.u.i;
}

/* A float power is folded only when it cannot raise (no overflow, no zero to a negative
 * power) and is not complex (a negative base with a fractional exponent). */
static bool pow_foldable(Value a, Value b)
{
    double x = to_double(a), y = to_double(b);
    if (!isfinite(x) || !isfinite(y) || (x == 0.0 && y < 0.0) || (x < 0.0 && y != floor(y))) {
        return false;
    }
    return isfinite(pow(x, y));
}

static bool fold_binop(Compiler *c, int op, Value a, Value b, Value *out)
{
    bool ia = int_like(a) || IS_BIGINT(a), ib = int_like(b) || IS_BIGINT(b);
    if (ia && ib && op == BO_POW && int_like(b) && b.u.i < 0) {
        /* int ** negative int is a float. */
        if (int_bits(a) > MAX_FOLD_BITS || !pow_foldable(a, b)) {
            return false;
        }
        *out = spy_num_binop(c->vm, BO_POW, a, b);
        return !IS_NULL(*out);
    }
    if (ia && ib) {
        return (int_like(a) && int_like(b) && fold_int(op, a, b, out)) ||
               fold_bigint(c, op, a, b, out);
    }
    if ((IS_FLOAT(a) || ia) && (IS_FLOAT(b) || ib)) {
        if ((ia && int_bits(a) > MAX_FOLD_BITS) || (ib && int_bits(b) > MAX_FOLD_BITS)) {
            return false;
        }
        switch (op) {
        case BO_ADD: case BO_SUB: case BO_MUL:
            break;
        case BO_TRUEDIV: case BO_FLOORDIV: case BO_MOD:
            if (is_zero(b)) {
                return false;
            }
            break;
        case BO_POW:
            if (!pow_foldable(a, b)) {
                return false;
            }
            break;
        default:
            return false;
        }
        *out = spy_num_binop(c->vm, (BinOp)op, a, b);
        return !IS_NULL(*out);
    }
    if (op == BO_ADD && IS_STR(a) && IS_STR(b)) {
        if (AS_STR(a)->len + AS_STR(b)->len > MAX_FOLD_STR) {
            return false;
        }
        *out = mk_obj(spy_str_concat(c->vm, AS_STR(a), AS_STR(b)));
        return true;
    }
    if (op == BO_ADD && IS_TUPLE(a) && IS_TUPLE(b)) {
        Tuple *x = AS_TUPLE(a), *y = AS_TUPLE(b);
        if (x->len + y->len > MAX_FOLD_ITEMS) {
            return false;
        }
        Tuple *t = spy_tuple_new(c->vm, x->len + y->len);
        memcpy(t->items, x->items, sizeof(Value) * (size_t)x->len);
        memcpy(t->items + x->len, y->items, sizeof(Value) * (size_t)y->len);
        *out = mk_obj(t);
        return true;
    }
    if (op == BO_MUL && ((IS_TUPLE(a) && int_like(b)) || (int_like(a) && IS_TUPLE(b)))) {
        Tuple *x = IS_TUPLE(a) ? AS_TUPLE(a) : AS_TUPLE(b);
        int64_t n = IS_TUPLE(a) ? b.u.i : a.u.i;
        if (n < 0 || x->len == 0) {
            n = 0;   /* an empty tuple repeated is empty: no loop over a huge count */
        }
        if (x->len && n > MAX_FOLD_ITEMS / x->len) {
            return false;
        }
        Tuple *t = spy_tuple_new(c->vm, x->len * n);
        for (int64_t i = 0; i < n; i++) {
            memcpy(t->items + i * x->len, x->items, sizeof(Value) * (size_t)x->len);
        }
        *out = mk_obj(t);
        return true;
    }
    if (op == BO_MUL && ((IS_STR(a) && int_like(b)) || (int_like(a) && IS_STR(b)))) {
        Str *s = IS_STR(a) ? AS_STR(a) : AS_STR(b);
        int64_t n = IS_STR(a) ? b.u.i : a.u.i;
        if (n > 0 && (s->len > MAX_FOLD_STR || n > MAX_FOLD_STR / (s->len ? s->len : 1))) {
            return false;
        }
        *out = mk_obj(spy_str_repeat(c->vm, s, n < 0 ? 0 : n));
        return true;
    }
    return false;
}

static bool fold_unary(Compiler *c, int op, Value a, Value *out)
{
    if (IS_BIGINT(a) && int_bits(a) <= MAX_FOLD_BITS) {
        if (op == UO_NEG) {
            *out = spy_int_neg(c->vm, a);
            return true;
        }
        if (op == UO_INVERT) {
            *out = spy_int_invert(c->vm, a);
            return true;
        }
        if (op == UO_POS) {
            *out = a;
            return true;
        }
    }
    switch (op) {
    case UO_NOT:
        *out = mk_bool(!spy_comp_truthy(a));
        return true;
    case UO_NEG:
        if (int_like(a) && a.u.i != INT64_MIN) {
            *out = mk_int(-a.u.i);
            return true;
        }
        if (int_like(a)) {
            *out = spy_int_neg(c->vm, a);
            return true;
        }
        if (IS_FLOAT(a)) {
            *out = mk_float(-a.u.f);
            return true;
        }
        return false;
    case UO_POS:
        if (int_like(a)) {
            *out = mk_int(a.u.i);
            return true;
        }
        if (IS_FLOAT(a)) {
            *out = a;
            return true;
        }
        return false;
    case UO_INVERT:
        if (int_like(a)) {
            *out = mk_int(~a.u.i);
            return true;
        }
        return false;
    default:
        return false;
    }
}

/* A left-leaning chain of binary operators is folded bottom-up without recursion. */
static bool fold_binop_chain(Compiler *c, Node *e, Value *out)
{
    Node *buf[SPINE_BUF];
    Node **spine = buf;
    int n = 0;
    for (Node *x = e; x->kind == N_BINOP && !fold_get(c, x); x = x->a) {
        n++;
    }
    if (n > SPINE_BUF) {
        spine = spy_arena_alloc(c->vm, c->a, sizeof(Node *) * (size_t)n);
    }
    n = 0;
    Node *x = e;
    for (; x->kind == N_BINOP && !fold_get(c, x); x = x->a) {
        spine[n++] = x;
    }
    Value acc = NULLV;
    bool ok = spy_comp_fold(c, x, &acc);
    for (int i = n - 1; i >= 0; i--) {
        Value r = NULLV;
        if (ok) {
            Value rhs;
            ok = spy_comp_fold(c, spine[i]->b, &rhs) && fold_binop(c, spine[i]->op, acc, rhs, &r);
        }
        fold_put(c, spine[i], ok, r);
        acc = r;
    }
    *out = acc;
    return ok;
}

/* The constant value of `e` if it is a literal or foldable: literal arithmetic, unary
 * operators on constants, tuples of constants, __debug__. */
bool spy_comp_fold(Compiler *c, Node *e, Value *out)
{
    switch (e->kind) {
    case N_CONST_INT:
        *out = mk_int(e->ival);
        return true;
    case N_CONST_FLOAT:
        *out = mk_float(e->fval);
        return true;
    case N_CONST_NONE:
        *out = NONEV;
        return true;
    case N_CONST_TRUE:
        *out = TRUEV;
        return true;
    case N_CONST_FALSE:
        *out = FALSEV;
        return true;
    case N_CONST_ELLIPSIS:
        *out = mk_obj(c->vm->ellipsis);
        return true;
    case N_NAME:
        if (strcmp(e->str, "__debug__") == 0) {
            *out = TRUEV;
            return true;
        }
        return false;
    case N_CONST_STR: case N_CONST_BIGINT: case N_BINOP: case N_UNARY: case N_TUPLE:
    case N_SET:
        break;
    default:
        return false;
    }
    FoldEntry *f = fold_get(c, e);
    if (f) {
        *out = f->v;
        return f->ok;
    }
    if (e->kind == N_SET) {
        return false;
    }
    bool ok = false;
    Value v = NULLV;
    spy_enter_c(c->vm, " during compilation");
    switch (e->kind) {
    case N_CONST_STR:
        v = spy_comp_str_const(c, e->str, e->slen);
        ok = true;
        break;
    case N_CONST_BIGINT:
        v = bigint_const(c, e);
        ok = true;
        break;
    case N_BINOP:
        ok = fold_binop_chain(c, e, &v);
        break;
    case N_UNARY: {
        Value a;
        ok = spy_comp_fold(c, e->a, &a) && fold_unary(c, e->op, a, &v);
        break;
    }
    case N_TUPLE: {
        int n = e->list ? e->list->n : 0;
        ok = true;
        for (int i = 0; i < n && ok; i++) {
            Value item;
            ok = e->list->items[i]->kind != N_STARRED && spy_comp_fold(c, e->list->items[i], &item);
        }
        if (ok) {
            Tuple *t = spy_tuple_new(c->vm, n);
            for (int i = 0; i < n; i++) {
                t->items[i] = NONEV;
            }
            for (int i = 0; i < n; i++) {
                spy_comp_fold(c, e->list->items[i], &t->items[i]);
                t->items[i] = spy_comp_canonical(c, t->items[i]);
            }
            v = mk_obj(t);
        }
        break;
    }
    default:
        break;
    }
    spy_leave_c(c->vm);
    fold_put(c, e, ok, v);
    *out = v;
    return ok;
}

bool spy_comp_is_const(Compiler *c, Node *e)
{
    Value v;
    return spy_comp_fold(c, e, &v);
}

/* As CPython's AST optimizer, an iterated list display (`for x in [...]`, `x in [...]`)
 * is built as a tuple, and a constant set display iterated or tested with `in` becomes a
 * frozenset constant. */
void spy_comp_fold_iter(Compiler *c, Node *e)
{
    int n = e->list ? e->list->n : 0;
    for (int i = 0; i < n; i++) {
        if (e->list->items[i]->kind == N_STARRED) {
            return;
        }
    }
    if (e->kind == N_LIST) {
        e->kind = N_TUPLE;
        return;
    }
    if (e->kind != N_SET || fold_get(c, e)) {
        return;
    }
    for (int i = 0; i < n; i++) {
        if (!spy_comp_is_const(c, e->list->items[i])) {
            return;
        }
    }
    Set *s = spy_set_new(c->vm, true);
    for (int i = 0; i < n; i++) {
        Value v;
        spy_comp_fold(c, e->list->items[i], &v);
        spy_set_add(c->vm, s, spy_comp_canonical(c, v));
    }
    fold_put(c, e, true, mk_obj(s));
}
