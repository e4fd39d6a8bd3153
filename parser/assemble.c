/* assemble.c: a finished code unit -> Code object.  A flow pass computes the stack depth
 * before each instruction (following jumps and handlers): its maximum is the stacksize,
 * handler depths go into the exception table, unreached code is dropped.  Labels become
 * indexes (a backward unconditional jump is JUMP_BACKWARD, the VM's safe point).  Funnel
 * memory is allocated last, each array straight into its Code field, so nothing leaks. */
#include <string.h>

#include "compile.h"

static bool is_jump(int op)
{
    switch (op) {
    case OP_JUMP: case OP_JUMP_BACKWARD: case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE:
    case OP_POP_JUMP_IF_NONE: case OP_POP_JUMP_IF_NOT_NONE: case OP_JUMP_IF_FALSE_OR_POP:
    case OP_JUMP_IF_TRUE_OR_POP: case OP_FOR_ITER: case OP_SEND:
        return true;
    default:
        return false;
    }
}

static bool is_terminator(int op)
{
    return op == OP_JUMP || op == OP_JUMP_BACKWARD || op == OP_RETURN_VALUE ||
           op == OP_RAISE_VARARGS || op == OP_RERAISE;
}

/* Net stack effect of an instruction; `jump` selects the effect on the taken branch. */
static int stack_effect(Compiler *c, int op, int arg, bool jump)
{
    switch (op) {
    case OP_NOP: case OP_SWAP: case OP_DELETE_FAST: case OP_DELETE_DEREF: case OP_MAKE_CELL:
    case OP_DELETE_GLOBAL: case OP_DELETE_NAME: case OP_LOAD_ATTR: case OP_UNARY_OP:
    case OP_LIST_TO_TUPLE: case OP_JUMP: case OP_JUMP_BACKWARD: case OP_GET_ITER:
    case OP_CHECK_EXC_MATCH: case OP_RETURN_GENERATOR: case OP_YIELD_VALUE:
    case OP_GET_YIELD_FROM_ITER:
        return 0;
    case OP_SEND:
        return jump ? -1 : 0;
    case OP_POP_TOP: case OP_STORE_FAST: case OP_STORE_DEREF: case OP_STORE_GLOBAL:
    case OP_STORE_NAME: case OP_DELETE_ATTR: case OP_BINARY_SUBSCR: case OP_BINARY_OP:
    case OP_COMPARE_OP: case OP_IS_OP: case OP_CONTAINS_OP: case OP_LIST_APPEND:
    case OP_SET_ADD: case OP_LIST_EXTEND: case OP_SET_UPDATE: case OP_DICT_UPDATE:
    case OP_DICT_MERGE: case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE:
    case OP_POP_JUMP_IF_NONE: case OP_POP_JUMP_IF_NOT_NONE: case OP_RETURN_VALUE:
    case OP_POP_EXCEPT: case OP_IMPORT_STAR:
        return -1;
    case OP_PUSH_NULL: case OP_COPY: case OP_LOAD_CONST: case OP_LOAD_SMALL_INT:
    case OP_LOAD_FAST: case OP_LOAD_DEREF: case OP_LOAD_CLOSURE: case OP_LOAD_GLOBAL:
    case OP_LOAD_NAME: case OP_LOAD_METHOD: case OP_PUSH_EXC_INFO: case OP_LOAD_ASSERTION_ERROR:
    case OP_IMPORT_NAME: case OP_IMPORT_FROM: case OP_LOAD_CLASSDEREF: case OP_LOAD_BUILD_CLASS:
    case OP_BEFORE_WITH: case OP_WITH_EXCEPT_START:
        return 1;
    case OP_STORE_ATTR: case OP_DELETE_SUBSCR: case OP_MAP_ADD:
        return -2;
    case OP_STORE_SUBSCR:
        return -3;
    case OP_BUILD_SLICE:
        return 1 - arg;
    case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_SET: case OP_BUILD_STRING:
        return 1 - arg;
    case OP_BUILD_MAP:
        return 1 - 2 * arg;
    case OP_FORMAT_VALUE:
        return (arg & 4) ? -1 : 0;
    case OP_UNPACK_SEQUENCE:
        return arg - 1;
    case OP_UNPACK_EX:
        return (arg & 0xff) + (arg >> 8);
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP:
        return jump ? 0 : -1;
    case OP_FOR_ITER:
        return jump ? -1 : 1;
    case OP_MAKE_FUNCTION:
        return -(((arg & 1) != 0) + ((arg & 2) != 0) + ((arg & 4) != 0) + ((arg & 8) != 0));
    case OP_CALL:
        return -arg - 1;
    case OP_CALL_KW:
        return -arg - 2;
    case OP_CALL_EX:
        return -2 - (arg & 1);
    case OP_RAISE_VARARGS:
        return -arg;
    case OP_RERAISE:
        return -1 - arg;
    default:
        spy_comp_internal_error(c, "no stack effect for opcode");
    }
}

/* Flow pass: the stack depth before every reachable instruction (-1: unreachable), the
 * depth at each handler's SETUP, and the maximum. */
static int stack_depths(Compiler *c, int *depth)
{
    Unit *u = c->u;
    int *work = spy_arena_alloc(c->vm, c->a, sizeof(int) * (size_t)(u->nins + 1));
    int nwork = 0, maxd = 0;
    for (int i = 0; i <= u->nins; i++) {
        depth[i] = -1;
    }
#define REACH(idx, d)                                                  \
    do {                                                               \
        int idx_ = (idx), d_ = (d);                                    \
        if (d_ < 0 || idx_ < 0 || idx_ >= u->nins) {                   \
            spy_comp_internal_error(c, "bad stack depth");                      \
        }                                                              \
        if (depth[idx_] < 0) {                                         \
            depth[idx_] = d_;                                          \
            work[nwork++] = idx_;                                      \
        } else if (depth[idx_] != d_) {                                \
            spy_comp_internal_error(c, "inconsistent stack depth");             \
        }                                                              \
        if (d_ > maxd) {                                               \
            maxd = d_;                                                 \
        }                                                              \
    } while (0)
    if (u->nins == 0) {
        return 0;
    }
    REACH(0, 0);
    while (nwork > 0) {
        int i = work[--nwork];
        int d = depth[i];
        for (;;) {
            Instr *in = &u->ins[i];
            if (in->op == PSEUDO_SETUP) {
                Handler *h = &u->handlers[in->arg];
                if (h->depth >= 0 && h->depth != d) {
                    spy_comp_internal_error(c, "inconsistent handler depth");
                }
                h->depth = d;
                REACH(u->labels[h->label], d + 1 + h->lasti);
            } else {
                if (is_jump(in->op)) {
                    REACH(u->labels[in->arg], d + stack_effect(c, in->op, in->arg, true));
                }
                if ((in->op == OP_UNPACK_SEQUENCE || in->op == OP_UNPACK_EX) && d + 1 > maxd) {
                    /* The VM unpacks through a scratch slot above the sequence. */
                    maxd = d + 1;
                }
                if (is_terminator(in->op)) {
                    break;
                }
                d += stack_effect(c, in->op, in->arg, false);
            }
            if (i + 1 >= u->nins) {
                spy_comp_internal_error(c, "code falls off the end");
            }
            if (d < 0) {
                spy_comp_internal_error(c, "negative stack depth");
            }
            if (depth[i + 1] >= 0) {
                if (depth[i + 1] != d) {
                    spy_comp_internal_error(c, "inconsistent stack depth");
                }
                break;
            }
            depth[++i] = d;
            if (d > maxd) {
                maxd = d;
            }
        }
    }
#undef REACH
    return maxd;
}

Code *spy_comp_assemble(Compiler *c)
{
    VM *vm = c->vm;
    Unit *u = c->u;
    Scope *s = u->scope;
    spy_charge(vm, u->nins / 16 + 1);
    int *depth = spy_arena_alloc(vm, c->a, sizeof(int) * (size_t)(u->nins + 1));
    int stacksize = stack_depths(c, depth);
    /* Final index of each kept instruction (unreachable ones and pseudos are dropped). */
    int *final = spy_arena_alloc(vm, c->a, sizeof(int) * (size_t)(u->nins + 1));
    int n = 0;
    for (int i = 0; i < u->nins; i++) {
        final[i] = n;
        if (depth[i] >= 0 && u->ins[i].op != PSEUDO_SETUP) {
            n++;
        }
    }
    final[u->nins] = n;
    int nexc = 0;
    int prev = -1;
    for (int i = 0; i < u->nins; i++) {
        if (depth[i] < 0 || u->ins[i].op == PSEUDO_SETUP) {
            continue;
        }
        if (u->ins[i].handler != prev && u->ins[i].handler >= 0) {
            nexc++;
        }
        prev = u->ins[i].handler;
    }
    if (stacksize > 0xffff) {
        spy_comp_error(c, u->loc, "too many items on the stack");
    }
    Code *co = spy_obj_alloc(vm, sizeof(Code), K_CODE, vm->t_code);
    co->flags = u->flags;
    co->firstline = u->firstline;
    /* One slot of slack: BUILD_SET/BUILD_MAP (and BEFORE_WITH) park the object they
     * build above their operands while filling it, so it stays rooted. */
    co->stacksize = stacksize + 1;
    co->name = spy_str_intern_cstr(vm, u->name);
    co->qualname = spy_str_intern_cstr(vm, u->qualname);
    co->filename = c->filename_str;
    co->source = c->source_str;
    if (s->kind == SCOPE_FUNCTION) {
        co->nargs = s->nargs;
        co->nposonly = s->nposonly;
        co->nkwonly = s->nkwonly;
        co->nlocals = s->nlocals;
        co->ncells = s->ncells;
        co->nfree = s->nfree;
    } else if (s->kind == SCOPE_CLASS) {
        co->ncells = s->ncells;
        co->nfree = s->nfree;
    }
    int nlp = co->nlocals + co->ncells + co->nfree;
    if (n > 0) {
        co->code = spy_mem_calloc(vm, sizeof(uint32_t) * (size_t)n);
        co->pos = spy_mem_calloc(vm, sizeof(Pos) * (size_t)n);
        co->cache = spy_mem_calloc(vm, sizeof(uint32_t) * CACHE_WORDS_PER_INSTR * (size_t)n);
        co->ncache = n * CACHE_WORDS_PER_INSTR;
    }
    for (int i = 0; i < u->nins; i++) {
        Instr *in = &u->ins[i];
        if (depth[i] < 0 || in->op == PSEUDO_SETUP) {
            continue;
        }
        int op = in->op;
        uint32_t arg = (uint32_t)in->arg;
        if (is_jump(op)) {
            int target = final[u->labels[in->arg]];
            if (op == OP_JUMP || op == OP_JUMP_BACKWARD) {
                op = target <= final[i] ? OP_JUMP_BACKWARD : OP_JUMP;
            } else if (target <= final[i]) {
                spy_comp_internal_error(c, "conditional backward jump");
            }
            arg = (uint32_t)target;
        }
        co->code[final[i]] = INSTR(op, arg);
        co->pos[final[i]] = in->pos;
    }
    co->ncode = n;
    if (nexc > 0) {
        co->exc = spy_mem_calloc(vm, sizeof(ExcEntry) * (size_t)nexc);
        int k = -1;
        prev = -1;
        for (int i = 0; i < u->nins; i++) {
            Instr *in = &u->ins[i];
            if (depth[i] < 0 || in->op == PSEUDO_SETUP) {
                continue;
            }
            if (in->handler >= 0) {
                if (in->handler != prev) {
                    Handler *h = &u->handlers[in->handler];
                    ExcEntry *e = &co->exc[++k];
                    e->start = (uint32_t)final[i];
                    e->handler = (uint32_t)final[u->labels[h->label]];
                    e->depth = (uint16_t)(h->depth < 0 ? 0 : h->depth);
                    e->lasti = h->lasti;
                }
                co->exc[k].end = (uint32_t)final[i] + 1;
            }
            prev = in->handler;
        }
        co->nexc = nexc;
    }
    if (u->nconsts > 0) {
        co->consts = spy_mem_calloc(vm, sizeof(Value) * (size_t)u->nconsts);
        memcpy(co->consts, u->consts, sizeof(Value) * (size_t)u->nconsts);
        co->nconsts = u->nconsts;
    }
    if (u->nnames > 0) {
        co->names = spy_mem_calloc(vm, sizeof(Str *) * (size_t)u->nnames);
        for (int i = 0; i < u->nnames; i++) {
            co->names[i] = spy_str_intern_cstr(vm, u->names[i]);
            co->nnames = i + 1;
        }
    }
    if (nlp > 0) {
        co->localnames = spy_mem_calloc(vm, sizeof(Str *) * (size_t)nlp);
        for (int i = 0; i < nlp; i++) {
            co->localnames[i] = spy_str_intern_cstr(vm, s->slots[i]->name);
        }
    }
    co->nlocalsplus = nlp;
    return co;
}
