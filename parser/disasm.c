/* disasm.c: the opcode/operator name tables and the Code listing (see disasm.h).
 * The listing is stable text that tests match against: keep its format in sync with the
 * description in disasm.h. */
#include <stdio.h>
#include <string.h>

#include "disasm.h"

const char *const spy_op_names[OP__COUNT] = {
#define OP(name) #name,
#include "opcodes.h"
#undef OP
};

const char *const spy_binop_symbols[BO_COUNT] = {
    "+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^",
};

static const char *const cmp_symbols[] = {"<", "<=", "==", "!=", ">", ">="};
static const char *const unop_symbols[] = {"-", "+", "~", "not"};

static void addf(VM *vm, StrBuf *sb, const char *fmt, ...) SPY_PRINTF(3, 4);

static void addf(VM *vm, StrBuf *sb, const char *fmt, ...)
{
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n < 0) {
        return;
    }
    spy_sb_add(vm, sb, buf, n < (int)sizeof buf ? n : (int)sizeof buf - 1);
}

static void add_value(VM *vm, StrBuf *sb, Value v)
{
    if (IS_KIND(v, K_CODE)) {
        spy_sb_add_cstr(vm, sb, "<code ");
        spy_sb_add_str(vm, sb, ((Code *)AS_OBJ(v))->qualname);
        spy_sb_add_cstr(vm, sb, ">");
        return;
    }
    if (IS_BIGINT(v) && mpz_sizeinbase(AS_BIGINT(v)->z, 10) > SPY_MAX_STR_DIGITS) {
        /* repr() would raise: beyond the int/str digit limit. */
        spy_sb_add_str(vm, sb, spy_int_to_str(vm, v, 16));
        return;
    }
    spy_sb_add_str(vm, sb, spy_repr(vm, v));
}

static void add_name(VM *vm, StrBuf *sb, Str **names, int n, uint32_t i)
{
    if ((int64_t)i < n && names && names[i]) {
        addf(vm, sb, " %u (", i);
        spy_sb_add_str(vm, sb, names[i]);
        spy_sb_add_cstr(vm, sb, ")");
    } else {
        addf(vm, sb, " %u (?)", i);
    }
}

static void dump_arg(VM *vm, StrBuf *sb, Code *c, int op, uint32_t arg)
{
    switch (op) {
    case OP_NOP: case OP_POP_TOP: case OP_PUSH_NULL: case OP_BINARY_SUBSCR:
    case OP_STORE_SUBSCR: case OP_DELETE_SUBSCR: case OP_LIST_TO_TUPLE: case OP_GET_ITER:
    case OP_RETURN_VALUE: case OP_PUSH_EXC_INFO: case OP_POP_EXCEPT: case OP_CHECK_EXC_MATCH:
    case OP_LOAD_ASSERTION_ERROR: case OP_IMPORT_STAR: case OP_LOAD_BUILD_CLASS:
    case OP_BEFORE_WITH: case OP_WITH_EXCEPT_START:
        return;
    case OP_LOAD_CONST:
        addf(vm, sb, " %u (", arg);
        if ((int64_t)arg < c->nconsts) {
            add_value(vm, sb, c->consts[arg]);
        } else {
            spy_sb_add_cstr(vm, sb, "?");
        }
        spy_sb_add_cstr(vm, sb, ")");
        return;
    case OP_LOAD_SMALL_INT:
        addf(vm, sb, " %lld", (long long)arg - SMALL_INT_BIAS);
        return;
    case OP_LOAD_FAST: case OP_STORE_FAST: case OP_DELETE_FAST: case OP_LOAD_DEREF:
    case OP_STORE_DEREF: case OP_DELETE_DEREF: case OP_LOAD_CLOSURE: case OP_MAKE_CELL:
    case OP_LOAD_CLASSDEREF:
        add_name(vm, sb, c->localnames, c->nlocalsplus, arg);
        return;
    case OP_LOAD_GLOBAL: case OP_STORE_GLOBAL: case OP_DELETE_GLOBAL: case OP_LOAD_NAME:
    case OP_STORE_NAME: case OP_DELETE_NAME: case OP_LOAD_ATTR: case OP_STORE_ATTR:
    case OP_DELETE_ATTR: case OP_LOAD_METHOD: case OP_IMPORT_NAME: case OP_IMPORT_FROM:
        add_name(vm, sb, c->names, c->nnames, arg);
        return;
    case OP_BINARY_OP:
        if ((arg & ~(uint32_t)BO_INPLACE) < BO_COUNT) {
            addf(vm, sb, " %u (%s%s)", arg, spy_binop_symbols[arg & ~(uint32_t)BO_INPLACE],
                 (arg & BO_INPLACE) ? "=" : "");
            return;
        }
        break;
    case OP_UNARY_OP:
        if (arg < 4) {
            addf(vm, sb, " %u (%s)", arg, unop_symbols[arg]);
            return;
        }
        break;
    case OP_COMPARE_OP:
        if (arg < 6) {
            addf(vm, sb, " %u (%s)", arg, cmp_symbols[arg]);
            return;
        }
        break;
    case OP_IS_OP:
        addf(vm, sb, " %u (%s)", arg, arg ? "is not" : "is");
        return;
    case OP_CONTAINS_OP:
        addf(vm, sb, " %u (%s)", arg, arg ? "not in" : "in");
        return;
    case OP_JUMP: case OP_JUMP_BACKWARD: case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE:
    case OP_POP_JUMP_IF_NONE: case OP_POP_JUMP_IF_NOT_NONE: case OP_JUMP_IF_FALSE_OR_POP:
    case OP_JUMP_IF_TRUE_OR_POP: case OP_FOR_ITER: case OP_SEND:
        addf(vm, sb, " to %u", arg);
        return;
    case OP_FORMAT_VALUE: {
        static const char *const conv[] = {"", "str", "repr", "ascii"};
        addf(vm, sb, " %u (%s%s%s)", arg, conv[arg & 3], (arg & 3) && (arg & 4) ? ", " : "",
             (arg & 4) ? "spec" : "");
        return;
    }
    case OP_UNPACK_EX:
        addf(vm, sb, " %u (%u, %u)", arg, arg & 0xff, arg >> 8);
        return;
    default:
        break;
    }
    addf(vm, sb, " %u", arg);
}

static void dump_one(VM *vm, StrBuf *sb, Code *c)
{
    static const char *const flag_names[] = {"VARARGS", "VARKEYWORDS", "GENERATOR", "MODULE",
                                             "NESTED", "CLASS"};
    spy_sb_add_cstr(vm, sb, "code ");
    spy_sb_add_str(vm, sb, c->qualname);
    spy_sb_add_cstr(vm, sb, " name=");
    spy_sb_add_str(vm, sb, c->name);
    addf(vm, sb, " line=%d flags=", c->firstline);
    bool any = false;
    for (int i = 0; i < 6; i++) {
        if (c->flags & (1 << i)) {
            addf(vm, sb, "%s%s", any ? "|" : "", flag_names[i]);
            any = true;
        }
    }
    if (!any) {
        spy_sb_add_cstr(vm, sb, "0");
    }
    addf(vm, sb, " args=%d posonly=%d kwonly=%d locals=%d cells=%d free=%d stack=%d\n",
         c->nargs, c->nposonly, c->nkwonly, c->nlocals, c->ncells, c->nfree, c->stacksize);
    if (c->nlocalsplus > 0 && c->localnames) {
        spy_sb_add_cstr(vm, sb, "  localnames:");
        for (int i = 0; i < c->nlocalsplus; i++) {
            spy_sb_add_cstr(vm, sb, " ");
            spy_sb_add_str(vm, sb, c->localnames[i]);
        }
        spy_sb_add_cstr(vm, sb, "\n");
    }
    if (c->nconsts > 0) {
        spy_sb_add_cstr(vm, sb, "  consts:");
        for (int32_t i = 0; i < c->nconsts; i++) {
            spy_sb_add_cstr(vm, sb, i ? ", " : " ");
            add_value(vm, sb, c->consts[i]);
        }
        spy_sb_add_cstr(vm, sb, "\n");
    }
    spy_charge(vm, c->ncode / 16 + 1);
    for (int32_t i = 0; i < c->ncode; i++) {
        uint32_t w = c->code[i];
        int op = (int)INSTR_OP(w);
        Pos p = c->pos ? c->pos[i] : (Pos){0, 0, 0, 0};
        addf(vm, sb, "%5d %d:%d-%d:%d %s", i, p.line, p.col, p.end_line, p.end_col,
             op < OP__COUNT ? spy_op_names[op] : "?");
        if (op < OP__COUNT) {
            dump_arg(vm, sb, c, op, INSTR_ARG(w));
        }
        spy_sb_add_cstr(vm, sb, "\n");
    }
    if (c->nexc > 0) {
        spy_sb_add_cstr(vm, sb, "  exceptions:\n");
        for (int32_t i = 0; i < c->nexc; i++) {
            ExcEntry *e = &c->exc[i];
            addf(vm, sb, "    %u-%u -> %u depth %u%s\n", e->start, e->end, e->handler,
                 (unsigned)e->depth, e->lasti ? " lasti" : "");
        }
    }
}

static void dump_rec(VM *vm, StrBuf *sb, Code *c)
{
    spy_enter_c(vm, "");
    dump_one(vm, sb, c);
    for (int32_t i = 0; i < c->nconsts; i++) {
        if (IS_KIND(c->consts[i], K_CODE)) {
            dump_rec(vm, sb, (Code *)AS_OBJ(c->consts[i]));
        }
    }
    spy_leave_c(vm);
}

Str *spy_code_dump(VM *vm, Code *c)
{
    StrBuf sb;
    spy_sb_init(vm, &sb);
    dump_rec(vm, &sb, c);
    return spy_sb_finish(vm, &sb);
}
