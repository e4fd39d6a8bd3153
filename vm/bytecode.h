/* bytecode.h: the opcode enum (from opcodes.h) and the operator numbering shared by the
 * AST, the compiler and the VM. */
#ifndef SPY_BYTECODE_H
#define SPY_BYTECODE_H

typedef enum Opcode {
#define OP(name) OP_##name,
#include "opcodes.h"
#undef OP
    OP__COUNT
} Opcode;

_Static_assert(OP__COUNT <= 256, "opcodes must fit in 8 bits");

extern const char *const spy_op_names[OP__COUNT];

#define INSTR(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))
#define INSTR_OP(w)    ((w) & 0xffu)
#define INSTR_ARG(w)   ((w) >> 8)
#define MAX_ARG        0xffffffu
#define SMALL_INT_BIAS 0x800000   /* LOAD_SMALL_INT arg = value + bias, value in [-2^23, 2^23) */

/* Binary operators, in BINARY_OP's argument; augmented forms add BO_INPLACE. */
typedef enum BinOp {
    BO_ADD, BO_SUB, BO_MUL, BO_MATMUL, BO_TRUEDIV, BO_FLOORDIV, BO_MOD, BO_POW,
    BO_LSHIFT, BO_RSHIFT, BO_AND, BO_OR, BO_XOR,
    BO_COUNT,
    BO_INPLACE = 16
} BinOp;

/* Symbol of each BinOp for error messages: "+", "-", ..., and "+=" forms for in-place. */
extern const char *const spy_binop_symbols[BO_COUNT];

typedef enum CmpOp { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE } CmpOp;
typedef enum UnOp { UO_NEG, UO_POS, UO_INVERT, UO_NOT } UnOp;

/* Inline caches: every instruction owns CACHE_WORDS_PER_INSTR 32-bit words of code->cache
 * (zero-initialised; the VM reads them as two uint64_t, so the array must be 8-aligned,
 * which spy_mem_alloc guarantees).  Only LOAD_GLOBAL, LOAD_ATTR, STORE_ATTR and
 * LOAD_METHOD use them. */
#define CACHE_WORDS_PER_INSTR 4

#endif
