/* compile.c: code generation (AST -> instructions), after the scope pass (symtable.c).
 * Each unit is emitted into arena arrays: jump arguments are label numbers, and every
 * instruction records its innermost exception handler and its CPython 3.11 position (as
 * compiler.c does, so tracebacks match).  fold.c supplies constants, assemble.c turns a
 * finished unit into a Code.  Work in progress lives in the Arena or in GC objects (the
 * constants), so a throw at any point leaks nothing. */
#include <stdio.h>
#include <string.h>

#include "compile.h"

static void visit_expr(Compiler *c, Node *e);
static void visit_stmt(Compiler *c, Node *s);
static void visit_stmts(Compiler *c, NodeList *l);
static void visit_store(Compiler *c, Node *e);
static void jump_if(Compiler *c, Node *e, int label, bool cond);

/* ================================================================ errors and utilities */

SPY_NORETURN void spy_comp_error(Compiler *c, Pos p, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    spy_raise_syntax(c->vm, EXC(c->vm, SyntaxError), c->filename, c->src, c->srclen, p.line,
                     p.col, p.end_line, p.end_col, "%s", msg);
}

SPY_NORETURN void spy_comp_internal_error(Compiler *c, const char *what)
{
    spy_raise(c->vm, EXC(c->vm, SystemError), "compiler: %s", what);
}

void *spy_comp_grow(Compiler *c, void *p, int *cap, int n, size_t elem)
{
    if (n < *cap) {
        return p;
    }
    int ncap = *cap ? *cap * 2 : 16;
    p = spy_arena_grow(c->vm, c->a, p, elem * (size_t)*cap, elem * (size_t)ncap);
    *cap = ncap;
    return p;
}

static uint32_t hash_bytes(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h = (h ^ (uint8_t)s[i]) * 16777619u;
    }
    return h;
}

static char *arena_concat(Compiler *c, const char *a, const char *b, const char *d)
{
    size_t na = strlen(a), nb = strlen(b), nd = strlen(d);
    char *s = spy_arena_alloc(c->vm, c->a, na + nb + nd + 1);
    memcpy(s, a, na);
    memcpy(s + na, b, nb);
    memcpy(s + na + nb, d, nd + 1);
    return s;
}

/* ================================================================ emitting */

static int emit(Compiler *c, int op, int64_t arg)
{
    Unit *u = c->u;
    if (arg < 0 || arg > (int64_t)MAX_ARG) {
        spy_comp_error(c, u->loc, "too many items in one instruction (limit %u)", MAX_ARG);
    }
    u->ins = spy_comp_grow(c, u->ins, &u->capins, u->nins, sizeof(Instr));
    Instr *in = &u->ins[u->nins];
    in->op = (uint16_t)op;
    in->arg = (int32_t)arg;
    in->handler = u->nh ? u->hstack[u->nh - 1] : -1;
    in->pos = u->loc;
    return u->nins++;
}

static void emit0(Compiler *c, int op)
{
    emit(c, op, 0);
}

static int new_label(Compiler *c)
{
    Unit *u = c->u;
    u->labels = spy_comp_grow(c, u->labels, &u->caplabels, u->nlabels, sizeof(int));
    u->labels[u->nlabels] = -1;
    return u->nlabels++;
}

static void use_label(Compiler *c, int label)
{
    c->u->labels[label] = c->u->nins;
    c->u->label_end = c->u->nins;
}

static void emit_jump(Compiler *c, int op, int label)
{
    emit(c, op, label);
}

static void emit_const(Compiler *c, Value v)
{
    if (IS_INT(v) && v.u.i >= -SMALL_INT_BIAS && v.u.i < SMALL_INT_BIAS) {
        emit(c, OP_LOAD_SMALL_INT, v.u.i + SMALL_INT_BIAS);
        return;
    }
    emit(c, OP_LOAD_CONST, spy_comp_add_const(c, v));
}

static void emit_none(Compiler *c)
{
    emit_const(c, NONEV);
}

static int add_name(Compiler *c, const char *name)
{
    Unit *u = c->u;
    uint32_t h = hash_bytes(name, strlen(name));
    if (!u->nameidx || (u->nnames + 1) * 2 > u->namemask + 1) {
        int size = u->nameidx ? (u->namemask + 1) * 2 : 16;
        u->nameidx = spy_arena_alloc(c->vm, c->a, sizeof(int32_t) * (size_t)size);
        memset(u->nameidx, 0xff, sizeof(int32_t) * (size_t)size);
        u->namemask = size - 1;
        for (int k = 0; k < u->nnames; k++) {
            uint32_t i = hash_bytes(u->names[k], strlen(u->names[k])) & (uint32_t)u->namemask;
            while (u->nameidx[i] >= 0) {
                i = (i + 1) & (uint32_t)u->namemask;
            }
            u->nameidx[i] = k;
        }
    }
    uint32_t i = h & (uint32_t)u->namemask;
    while (u->nameidx[i] >= 0) {
        if (strcmp(u->names[u->nameidx[i]], name) == 0) {
            return u->nameidx[i];
        }
        i = (i + 1) & (uint32_t)u->namemask;
    }
    u->names = spy_comp_grow(c, u->names, &u->capnames, u->nnames, sizeof(char *));
    u->names[u->nnames] = name;
    u->nameidx[i] = u->nnames;
    return u->nnames++;
}

static const char *mangle(Compiler *c, const char *name)
{
    return spy_sym_mangle(c->vm, c->a, c->u->scope->private_, name);
}

/* Handlers: push_handler starts a protected range (recording the SETUP point for the depth
 * pass); pop_handler ends it; repush re-enters an existing handler's range. */
static int push_handler(Compiler *c, int label, bool lasti)
{
    Unit *u = c->u;
    if (u->nh >= MAX_HANDLERS) {
        spy_comp_error(c, u->loc, "too many statically nested blocks");
    }
    u->handlers = spy_comp_grow(c, u->handlers, &u->caphandlers, u->nhandlers, sizeof(Handler));
    Handler *h = &u->handlers[u->nhandlers];
    h->label = label;
    h->depth = -1;
    h->lasti = lasti;
    emit(c, PSEUDO_SETUP, u->nhandlers);
    u->hstack[u->nh++] = u->nhandlers;
    return u->nhandlers++;
}

static void pop_handler(Compiler *c)
{
    c->u->nh--;
}

static void repush_handler(Compiler *c, int h)
{
    if (c->u->nh >= MAX_HANDLERS) {
        spy_comp_internal_error(c, "handler stack overflow");
    }
    c->u->hstack[c->u->nh++] = h;
}

static void push_fblock(Compiler *c, FBKind kind, int start, int exit, NodeList *final,
                        const char *name)
{
    Unit *u = c->u;
    if (u->nfb >= MAX_BLOCKS) {
        spy_comp_error(c, u->loc, "too many statically nested blocks");
    }
    FBlock *f = &u->fb[u->nfb++];
    f->kind = kind;
    f->start = start;
    f->exit = exit;
    f->final = final;
    f->name = name;
}

static void pop_fblock(Compiler *c)
{
    c->u->nfb--;
}

/* ================================================================ names */

typedef enum NameCtx { NC_LOAD, NC_STORE, NC_DEL } NameCtx;

static void check_forbidden(Compiler *c, const char *name, NameCtx ctx, Pos p)
{
    if (ctx != NC_LOAD && strcmp(name, "__debug__") == 0) {
        spy_comp_error(c, p, ctx == NC_DEL ? "cannot delete __debug__"
                                           : "cannot assign to __debug__");
    }
}

/* Emits the load/store/delete of a variable, choosing FAST, DEREF, GLOBAL or NAME ops from
 * the symbol's scope as CPython's compiler_nameop does. */
static void nameop(Compiler *c, const char *name, NameCtx ctx)
{
    Unit *u = c->u;
    check_forbidden(c, name, ctx, u->loc);
    const char *m = mangle(c, name);
    Symbol *sym = spy_sym_lookup(u->scope, m);
    int scope = sym ? sym->scope : SC_NONE;
    bool function = u->scope->kind == SCOPE_FUNCTION;
    static const uint8_t fast[3] = {OP_LOAD_FAST, OP_STORE_FAST, OP_DELETE_FAST};
    static const uint8_t deref[3] = {OP_LOAD_DEREF, OP_STORE_DEREF, OP_DELETE_DEREF};
    static const uint8_t global[3] = {OP_LOAD_GLOBAL, OP_STORE_GLOBAL, OP_DELETE_GLOBAL};
    static const uint8_t byname[3] = {OP_LOAD_NAME, OP_STORE_NAME, OP_DELETE_NAME};
    switch (scope) {
    case SC_FREE:
    case SC_CELL:
        if (u->scope->kind == SCOPE_CLASS) {
            /* Class bodies (issue 4) read free variables with LOAD_CLASSDEREF. */
            emit(c, ctx == NC_LOAD ? OP_LOAD_CLASSDEREF : deref[ctx], sym->slot);
            return;
        }
        emit(c, deref[ctx], sym->slot);
        return;
    case SC_LOCAL:
        if (function) {
            emit(c, fast[ctx], sym->slot);
            return;
        }
        break;
    case SC_GLOBAL_IMPLICIT:
        if (function) {
            emit(c, global[ctx], add_name(c, m));
            return;
        }
        break;
    case SC_GLOBAL_EXPLICIT:
        emit(c, global[ctx], add_name(c, m));
        return;
    default:
        break;
    }
    emit(c, byname[ctx], add_name(c, m));
}

/* ================================================================ units */

static void enter_unit(Compiler *c, Scope *scope, Node *node, const char *name, int firstline)
{
    Unit *u = spy_arena_alloc(c->vm, c->a, sizeof(Unit));
    u->parent = c->u;
    u->scope = scope;
    u->node = node;
    u->name = name;
    u->firstline = firstline;
    u->loc = spy_comp_pos(node);
    u->label_end = -1;
    if (scope->kind == SCOPE_MODULE) {
        u->flags = CO_MODULE;
        u->qualname = name;
    } else {
        Unit *p = c->u;
        bool force_global = false;
        if (scope->kind == SCOPE_CLASS || (!scope->is_lambda && !scope->is_comprehension)) {
            Symbol *s = spy_sym_lookup(p->scope, spy_sym_mangle(c->vm, c->a,
                                                                p->scope->private_, name));
            force_global = s && s->scope == SC_GLOBAL_EXPLICIT;
        }
        if (force_global || p->scope->kind == SCOPE_MODULE) {
            u->qualname = name;
        } else if (p->scope->kind == SCOPE_FUNCTION && !p->scope->is_comprehension) {
            u->qualname = arena_concat(c, p->qualname, ".<locals>.", name);
        } else {
            u->qualname = arena_concat(c, p->qualname, ".", name);
        }
        if (scope->kind == SCOPE_FUNCTION) {
            u->flags = (scope->has_varargs ? CO_VARARGS : 0) |
                       (scope->has_varkw ? CO_VARKEYWORDS : 0) |
                       (scope->is_nested ? CO_NESTED : 0) |
                       (scope->is_generator ? CO_GENERATOR : 0);
        }
    }
    c->u = u;
}

static Scope *scope_of(Compiler *c, Node *n)
{
    Scope *s = spy_sym_scope_of(c->st, n);
    if (!s) {
        spy_comp_internal_error(c, "node without a scope");
    }
    return s;
}

/* Function prologue: every cell variable's slot gets its Cell (an argument's value moves
 * into it). */
static void emit_prologue(Compiler *c)
{
    Scope *s = c->u->scope;
    Pos saved = c->u->loc;
    if (c->u->flags & CO_GENERATOR) {
        /* Never executed (a new generator starts after it): the position of a throw()
         * into an unstarted generator, the first line without columns, as CPython. */
        c->u->loc = (Pos){c->u->firstline, c->u->firstline, -1, -1};
        emit0(c, OP_RETURN_GENERATOR);
    }
    c->u->loc = (Pos){0, 0, 0, 0};
    for (int i = 0; i < s->nlocals + s->ncells; i++) {
        if (s->slots[i]->scope == SC_CELL) {
            emit(c, OP_MAKE_CELL, i);
        }
    }
    c->u->loc = saved;
}

static Code *leave_unit(Compiler *c)
{
    Code *co = spy_comp_assemble(c);
    c->u = c->u->parent;
    return co;
}

/* Pushes a function object for `co` (defaults etc. already pushed per `flags`), with the
 * closure tuple of the cells it captures from the current unit. */
static void make_closure(Compiler *c, Scope *child, Code *co, int flags)
{
    if (child->nfree > 0) {
        Scope *s = c->u->scope;
        for (int i = 0; i < child->nfree; i++) {
            Symbol *fv = child->slots[child->nlocals + child->ncells + i];
            Symbol *mine = spy_sym_lookup(s, fv->name);
            if (!mine || mine->slot < 0 ||
                (mine->scope != SC_CELL && mine->scope != SC_FREE &&
                 !(mine->flags & DEF_FREE_CLASS))) {
                spy_comp_internal_error(c, "free variable without a cell in the enclosing scope");
            }
            emit(c, OP_LOAD_CLOSURE, mine->slot);
        }
        emit(c, OP_BUILD_TUPLE, child->nfree);
        flags |= 8;
    }
    emit(c, OP_LOAD_CONST, spy_comp_add_const(c, mk_obj(co)));
    emit(c, OP_MAKE_FUNCTION, flags);
}

/* ================================================================ expressions */

static void emit_compare_op(Compiler *c, int op)
{
    switch (op) {
    case CMPX_IS:
        emit(c, OP_IS_OP, 0);
        break;
    case CMPX_ISNOT:
        emit(c, OP_IS_OP, 1);
        break;
    case CMPX_IN:
        emit(c, OP_CONTAINS_OP, 0);
        break;
    case CMPX_NOTIN:
        emit(c, OP_CONTAINS_OP, 1);
        break;
    default:
        emit(c, OP_COMPARE_OP, op);
        break;
    }
}

static void visit_opt_or_none(Compiler *c, Node *e)
{
    if (e) {
        visit_expr(c, e);
    } else {
        emit_none(c);
    }
}

/* When an attribute's name sits on a later line than the start of the expression, CPython
 * moves the start of the instruction's position to the name (multi-line method chains). */
static void attr_loc(Compiler *c, Node *attr)
{
    Pos *p = &c->u->loc;
    if (p->line != attr->end_line) {
        p->line = attr->end_line;
        int64_t len = 0;
        for (const unsigned char *s = (const unsigned char *)attr->str; *s; s++) {
            len += (*s & 0xc0) != 0x80;
        }
        if (len <= attr->end_col) {
            p->col = attr->end_col - (int32_t)len;
        } else {
            p->col = -1;
            p->end_col = -1;
        }
        if (p->end_line < p->line) {
            p->end_line = p->line;
        }
        if (p->line == p->end_line && p->end_col < p->col) {
            p->end_col = p->col;
        }
    }
}

static void visit_slice_or_index(Compiler *c, Node *e)
{
    if (e->kind != N_SLICE) {
        visit_expr(c, e);
        return;
    }
    Pos saved = c->u->loc;
    c->u->loc = spy_comp_pos(e);
    visit_opt_or_none(c, e->a);
    visit_opt_or_none(c, e->b);
    if (e->c) {
        visit_expr(c, e->c);
    }
    emit(c, OP_BUILD_SLICE, e->c ? 3 : 2);
    c->u->loc = saved;
}

/* Builds a list/tuple/set display (or a call's positional arguments) from `elts`, which may
 * contain starred items; `pushed` items are already on the stack.  As CPython's
 * starunpack_helper: constant runs become one tuple constant, and big displays are built
 * incrementally to keep the stack small. */
static void starunpack(Compiler *c, NodeList *elts, int pushed, int build, int add, int extend,
                       bool tuple)
{
    int n = elts ? elts->n : 0;
    if (n > 2) {
        bool all_const = true;
        for (int i = 0; i < n && all_const; i++) {
            all_const = elts->items[i]->kind != N_STARRED && spy_comp_is_const(c, elts->items[i]);
        }
        if (all_const) {
            Tuple *t = spy_tuple_new(c->vm, n);
            for (int i = 0; i < n; i++) {
                t->items[i] = NONEV;
            }
            for (int i = 0; i < n; i++) {
                spy_comp_fold(c, elts->items[i], &t->items[i]);
                t->items[i] = spy_comp_canonical(c, t->items[i]);
            }
            if (tuple && pushed == 0) {
                emit(c, OP_LOAD_CONST, spy_comp_add_const(c, mk_obj(t)));
                return;
            }
            emit(c, build, pushed);
            emit(c, OP_LOAD_CONST, spy_comp_add_const(c, mk_obj(t)));
            emit(c, extend, 1);
            if (tuple) {
                emit0(c, OP_LIST_TO_TUPLE);
            }
            return;
        }
    }
    bool big = n + pushed > STACK_USE_GUIDELINE;
    bool star = false;
    for (int i = 0; i < n; i++) {
        star = star || elts->items[i]->kind == N_STARRED;
    }
    if (!star && !big) {
        for (int i = 0; i < n; i++) {
            visit_expr(c, elts->items[i]);
        }
        emit(c, tuple ? OP_BUILD_TUPLE : build, n + pushed);
        return;
    }
    bool built = false;
    if (big) {
        emit(c, build, pushed);
        built = true;
    }
    for (int i = 0; i < n; i++) {
        Node *elt = elts->items[i];
        if (elt->kind == N_STARRED) {
            if (!built) {
                emit(c, build, i + pushed);
                built = true;
            }
            visit_expr(c, elt->a);
            emit(c, extend, 1);
        } else {
            visit_expr(c, elt);
            if (built) {
                emit(c, add, 1);
            }
        }
    }
    if (tuple) {
        emit0(c, OP_LIST_TO_TUPLE);
    }
}

/* Pushes keys/values [from, to) of a dict display and builds a dict of them. */
static void subdict(Compiler *c, Node *e, int from, int to)
{
    for (int i = from; i < to; i++) {
        visit_expr(c, e->list->items[i]);
        visit_expr(c, e->list2->items[i]);
    }
    emit(c, OP_BUILD_MAP, to - from);
}

static void compile_dict(Compiler *c, Node *e)
{
    int n = e->list ? e->list->n : 0;
    bool have_dict = false;
    int elements = 0;
    for (int i = 0; i < n; i++) {
        if (!e->list->items[i]) {
            if (elements) {
                subdict(c, e, i - elements, i);
                if (have_dict) {
                    emit(c, OP_DICT_UPDATE, 1);
                }
                have_dict = true;
                elements = 0;
            }
            if (!have_dict) {
                emit(c, OP_BUILD_MAP, 0);
                have_dict = true;
            }
            visit_expr(c, e->list2->items[i]);
            emit(c, OP_DICT_UPDATE, 1);
        } else {
            if (elements * 2 > STACK_USE_GUIDELINE) {
                subdict(c, e, i - elements, i);
                if (have_dict) {
                    emit(c, OP_DICT_UPDATE, 1);
                }
                have_dict = true;
                elements = 0;
            }
            elements++;
        }
    }
    if (elements) {
        subdict(c, e, n - elements, n);
        if (have_dict) {
            emit(c, OP_DICT_UPDATE, 1);
        }
        have_dict = true;
    }
    if (!have_dict) {
        emit(c, OP_BUILD_MAP, 0);
    }
}

/* Keyword arguments of a call: forbidden and repeated names. */
static void validate_keywords(Compiler *c, NodeList *kws)
{
    for (int i = 0; kws && i < kws->n; i++) {
        Node *k = kws->items[i];
        if (!k->str) {
            continue;
        }
        check_forbidden(c, k->str, NC_STORE, c->u->loc);
        for (int j = i + 1; j < kws->n; j++) {
            Node *o = kws->items[j];
            if (o->str && strcmp(k->str, o->str) == 0) {
                spy_comp_error(c, spy_comp_pos(o), "keyword argument repeated: %s", k->str);
            }
        }
    }
}

static Value kwname(Compiler *c, Node *kw)
{
    return spy_comp_canonical(c, mk_obj(spy_str_intern_cstr(c->vm, kw->str)));
}

static void kwnames_const(Compiler *c, NodeList *kws)
{
    Tuple *t = spy_tuple_new(c->vm, kws->n);
    for (int i = 0; i < kws->n; i++) {
        t->items[i] = NONEV;
    }
    for (int i = 0; i < kws->n; i++) {
        t->items[i] = kwname(c, kws->items[i]);
    }
    emit(c, OP_LOAD_CONST, spy_comp_add_const(c, mk_obj(t)));
}

/* Arguments of a call whose callable and self-or-NULL are on the stack. */
/* Emits the arguments and the call; `pushed` positional arguments are already on the
 * stack (the class body function and name of a class statement). */
static void call_helper_n(Compiler *c, int pushed, NodeList *args, NodeList *kws)
{
    int nargs = args ? args->n : 0, nkws = kws ? kws->n : 0;
    bool ex = nargs + nkws > STACK_USE_GUIDELINE;
    for (int i = 0; i < nargs; i++) {
        ex = ex || args->items[i]->kind == N_STARRED;
    }
    for (int i = 0; i < nkws; i++) {
        ex = ex || !kws->items[i]->str;
    }
    if (!ex) {
        for (int i = 0; i < nargs; i++) {
            visit_expr(c, args->items[i]);
        }
        for (int i = 0; i < nkws; i++) {
            visit_expr(c, kws->items[i]->a);
        }
        if (nkws) {
            kwnames_const(c, kws);
            emit(c, OP_CALL_KW, pushed + nargs + nkws);
        } else {
            emit(c, OP_CALL, pushed + nargs);
        }
        return;
    }
    /* CALL_EX: positional arguments as one tuple (a lone *x is passed as is: CALL_EX turns
     * it into a tuple with its own error message), keywords as one fresh dict. */
    if (pushed == 0 && nargs == 1 && args->items[0]->kind == N_STARRED) {
        visit_expr(c, args->items[0]->a);
    } else {
        starunpack(c, args, pushed, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, true);
    }
    if (nkws) {
        bool have_dict = false;
        int seen = 0;
        for (int i = 0; i < nkws; i++) {
            Node *k = kws->items[i];
            if (k->str) {
                seen++;
                continue;
            }
            if (seen) {
                for (int j = i - seen; j < i; j++) {
                    emit_const(c, kwname(c, kws->items[j]));
                    visit_expr(c, kws->items[j]->a);
                }
                emit(c, OP_BUILD_MAP, seen);
                if (have_dict) {
                    emit(c, OP_DICT_MERGE, 1);
                }
                have_dict = true;
                seen = 0;
            }
            if (!have_dict) {
                emit(c, OP_BUILD_MAP, 0);
                have_dict = true;
            }
            visit_expr(c, k->a);
            emit(c, OP_DICT_MERGE, 1);
        }
        if (seen) {
            for (int j = nkws - seen; j < nkws; j++) {
                emit_const(c, kwname(c, kws->items[j]));
                visit_expr(c, kws->items[j]->a);
            }
            emit(c, OP_BUILD_MAP, seen);
            if (have_dict) {
                emit(c, OP_DICT_MERGE, 1);
            }
        }
    }
    emit(c, OP_CALL_EX, nkws > 0);
}

static void call_helper(Compiler *c, NodeList *args, NodeList *kws)
{
    call_helper_n(c, 0, args, kws);
}

static void compile_call(Compiler *c, Node *e)
{
    Node *func = e->a;
    NodeList *args = e->list, *kws = e->list2;
    int nargs = args ? args->n : 0, nkws = kws ? kws->n : 0;
    validate_keywords(c, kws);
    bool plain = nargs + nkws <= STACK_USE_GUIDELINE;
    for (int i = 0; i < nargs; i++) {
        plain = plain && args->items[i]->kind != N_STARRED;
    }
    for (int i = 0; i < nkws; i++) {
        plain = plain && kws->items[i]->str;
    }
    if (func->kind == N_ATTRIBUTE && plain) {
        /* obj.m(...): LOAD_METHOD avoids making a bound method. */
        visit_expr(c, func->a);
        Pos saved = c->u->loc;
        c->u->loc = spy_comp_pos(func);
        attr_loc(c, func);
        emit(c, OP_LOAD_METHOD, add_name(c, mangle(c, func->str)));
        c->u->loc = saved;
        for (int i = 0; i < nargs; i++) {
            visit_expr(c, args->items[i]);
        }
        for (int i = 0; i < nkws; i++) {
            visit_expr(c, kws->items[i]->a);
        }
        attr_loc(c, func);
        if (nkws) {
            kwnames_const(c, kws);
            emit(c, OP_CALL_KW, nargs + nkws);
        } else {
            emit(c, OP_CALL, nargs);
        }
        return;
    }
    visit_expr(c, func);
    emit0(c, OP_PUSH_NULL);
    call_helper(c, args, kws);
}

static void compile_boolop(Compiler *c, Node *e)
{
    int end = new_label(c);
    int n = e->list->n;
    for (int i = 0; i < n - 1; i++) {
        visit_expr(c, e->list->items[i]);
        emit_jump(c, e->op == 0 ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP, end);
    }
    visit_expr(c, e->list->items[n - 1]);
    use_label(c, end);
}

static void fold_compare(Compiler *c, Node *e)
{
    int n = e->list->n;
    if (e->ops[n - 1] == CMPX_IN || e->ops[n - 1] == CMPX_NOTIN) {
        spy_comp_fold_iter(c, e->list->items[n - 1]);
    }
}

static void compile_compare(Compiler *c, Node *e)
{
    int n = e->list->n;
    fold_compare(c, e);
    visit_expr(c, e->a);
    if (n == 1) {
        visit_expr(c, e->list->items[0]);
        emit_compare_op(c, e->ops[0]);
        return;
    }
    int cleanup = new_label(c), end = new_label(c);
    for (int i = 0; i < n - 1; i++) {
        visit_expr(c, e->list->items[i]);
        emit(c, OP_SWAP, 2);
        emit(c, OP_COPY, 2);
        emit_compare_op(c, e->ops[i]);
        emit_jump(c, OP_JUMP_IF_FALSE_OR_POP, cleanup);
    }
    visit_expr(c, e->list->items[n - 1]);
    emit_compare_op(c, e->ops[n - 1]);
    emit_jump(c, OP_JUMP, end);
    use_label(c, cleanup);
    emit(c, OP_SWAP, 2);
    emit0(c, OP_POP_TOP);
    use_label(c, end);
}

/* f-string pieces: adjacent literal text is merged into one
 * constant; formatting instructions carry the position of the outermost f-string.  In
 * `join` mode (many pieces) each piece is appended to a list for ''.join(), as CPython
 * does to keep the stack small. */
typedef struct FParts {
    char *buf;
    size_t len, cap;
    int pieces;
    bool join;
} FParts;

static void fparts_add(Compiler *c, FParts *f, const char *s, size_t n)
{
    if (f->len + n + 1 > f->cap) {
        size_t ncap = (f->len + n + 1) * 2;
        f->buf = spy_arena_grow(c->vm, c->a, f->buf, f->cap, ncap);
        f->cap = ncap;
    }
    memcpy(f->buf + f->len, s, n);
    f->len += n;
}

static void fparts_pushed(Compiler *c, FParts *f)
{
    f->pieces++;
    if (f->join) {
        emit(c, OP_LIST_APPEND, 1);
    }
}

static void fparts_flush(Compiler *c, FParts *f)
{
    if (f->len) {
        emit_const(c, spy_comp_str_const(c, f->buf, f->len));
        f->len = 0;
        fparts_pushed(c, f);
    }
}

static void compile_fstring(Compiler *c, Node *e, Pos outer)
{
    Pos saved = c->u->loc;
    c->u->loc = outer;
    int n = e->list ? e->list->n : 0;
    FParts f = {0};
    f.join = n > STACK_USE_GUIDELINE;
    if (f.join) {
        emit_const(c, spy_comp_str_const(c, "", 0));
        emit(c, OP_LOAD_METHOD, add_name(c, "join"));
        emit(c, OP_BUILD_LIST, 0);
    }
    for (int i = 0; i < n; i++) {
        Node *part = e->list->items[i];
        if (part->kind == N_CONST_STR) {
            fparts_add(c, &f, part->str, part->slen);
            continue;
        }
        if (part->kind != N_FORMATTED) {
            spy_comp_internal_error(c, "unexpected f-string part");
        }
        /* `{x=}`: the parser has already put the debug text into the literal before this
         * part and made 'r' the default conversion. */
        fparts_flush(c, &f);
        visit_expr(c, part->a);
        int conv = part->op;
        int flags = conv == 's' ? 1 : conv == 'r' ? 2 : conv == 'a' ? 3 : 0;
        if (part->b) {
            compile_fstring(c, part->b, outer);
            flags |= 4;
        }
        c->u->loc = outer;
        emit(c, OP_FORMAT_VALUE, flags);
        fparts_pushed(c, &f);
    }
    fparts_flush(c, &f);
    c->u->loc = outer;
    if (f.join) {
        emit(c, OP_CALL, 1);
    } else if (f.pieces == 0) {
        emit_const(c, spy_comp_str_const(c, "", 0));
    } else if (f.pieces > 1) {
        emit(c, OP_BUILD_STRING, f.pieces);
    }
    c->u->loc = saved;
}

/* Pushes the defaults tuple and kw-only defaults dict of a def/lambda; returns the
 * MAKE_FUNCTION flags they need. */
static int compile_defaults(Compiler *c, Node *args)
{
    int flags = 0, n = 0;
    NodeList *pos = args->list, *kwonly = args->list2;
    for (int i = 0; pos && i < pos->n; i++) {
        n += pos->items[i]->b != NULL;
    }
    if (n) {
        bool all_const = true;
        for (int i = 0; i < pos->n; i++) {
            if (pos->items[i]->b && !spy_comp_is_const(c, pos->items[i]->b)) {
                all_const = false;
            }
        }
        if (all_const) {
            Tuple *t = spy_tuple_new(c->vm, n);
            for (int i = 0; i < n; i++) {
                t->items[i] = NONEV;
            }
            for (int i = 0, k = 0; i < pos->n; i++) {
                if (pos->items[i]->b) {
                    spy_comp_fold(c, pos->items[i]->b, &t->items[k]);
                    t->items[k] = spy_comp_canonical(c, t->items[k]);
                    k++;
                }
            }
            emit(c, OP_LOAD_CONST, spy_comp_add_const(c, mk_obj(t)));
        } else {
            for (int i = 0; i < pos->n; i++) {
                if (pos->items[i]->b) {
                    visit_expr(c, pos->items[i]->b);
                }
            }
            emit(c, OP_BUILD_TUPLE, n);
        }
        flags |= 1;
    }
    n = 0;
    for (int i = 0; kwonly && i < kwonly->n; i++) {
        Node *arg = kwonly->items[i];
        if (arg->b) {
            emit_const(c, spy_comp_str_const(c, mangle(c, arg->str), strlen(mangle(c, arg->str))));
            visit_expr(c, arg->b);
            n++;
        }
    }
    if (n) {
        emit(c, OP_BUILD_MAP, n);
        flags |= 2;
    }
    return flags;
}

static void check_arg_names(Compiler *c, Node *args, Pos at)
{
    NodeList *lists[2] = {args->list, args->list2};
    for (int k = 0; k < 2; k++) {
        for (int i = 0; lists[k] && i < lists[k]->n; i++) {
            check_forbidden(c, lists[k]->items[i]->str, NC_STORE, at);
        }
    }
    if (args->c) {
        check_forbidden(c, args->c->str, NC_STORE, at);
    }
    if (args->d) {
        check_forbidden(c, args->d->str, NC_STORE, at);
    }
}

static void compile_lambda(Compiler *c, Node *e)
{
    Scope *scope = scope_of(c, e);
    check_arg_names(c, e->a, c->u->loc);
    int flags = compile_defaults(c, e->a);
    enter_unit(c, scope, e, "<lambda>", e->line);
    /* None first: a lambda has no docstring. */
    spy_comp_add_const(c, NONEV);
    emit_prologue(c);
    visit_expr(c, e->b);
    emit0(c, OP_RETURN_VALUE);
    Code *co = leave_unit(c);
    make_closure(c, scope, co, flags);
}

/* One `for` clause of a comprehension (recursing into the next), as CPython's
 * compiler_comprehension_generator; `depth` counts the iterators on the stack. */
static void comprehension_generator(Compiler *c, Node *comp, int gi, int depth)
{
    NodeList *gens = comp->list;
    Node *gen = gens->items[gi];
    int start = new_label(c), if_cleanup = new_label(c), anchor = new_label(c);
    bool loop = true;
    if (gi == 0) {
        emit(c, OP_LOAD_FAST, 0);
    } else {
        Node *it = gen->b;
        if ((it->kind == N_LIST || it->kind == N_TUPLE) && it->list && it->list->n == 1 &&
            it->list->items[0]->kind != N_STARRED) {
            /* `for y in [expr]` just binds y. */
            visit_expr(c, it->list->items[0]);
            loop = false;
        } else {
            visit_expr(c, it);
            emit0(c, OP_GET_ITER);
        }
    }
    if (loop) {
        depth++;
        use_label(c, start);
        emit_jump(c, OP_FOR_ITER, anchor);
    }
    visit_store(c, gen->a);
    for (int i = 0; gen->list && i < gen->list->n; i++) {
        jump_if(c, gen->list->items[i], if_cleanup, false);
    }
    if (gi + 1 < gens->n) {
        comprehension_generator(c, comp, gi + 1, depth);
    } else {
        switch (comp->kind) {
        case N_SETCOMP:
            visit_expr(c, comp->a);
            emit(c, OP_SET_ADD, depth + 1);
            break;
        case N_DICTCOMP:
            visit_expr(c, comp->a);
            visit_expr(c, comp->b);
            emit(c, OP_MAP_ADD, depth + 1);
            break;
        case N_GENEXP:
            visit_expr(c, comp->a);
            emit(c, OP_YIELD_VALUE, 0);
            emit0(c, OP_POP_TOP);
            break;
        default:
            visit_expr(c, comp->a);
            emit(c, OP_LIST_APPEND, depth + 1);
            break;
        }
    }
    use_label(c, if_cleanup);
    if (loop) {
        emit_jump(c, OP_JUMP, start);
        use_label(c, anchor);
    }
}

/* A comprehension is a nested function called with the iterator of its first iterable;
 * for a generator expression that function is a generator (calling it runs nothing). */
static void compile_comprehension(Compiler *c, Node *e)
{
    Scope *scope = scope_of(c, e);
    Node *outer = e->list->items[0];
    for (int i = 0; i < e->list->n; i++) {
        spy_comp_fold_iter(c, e->list->items[i]->b);
        if (e->list->items[i]->op) {
            spy_comp_error(c, spy_comp_pos(e), "asynchronous comprehension outside of an "
                           "asynchronous function");
        }
    }
    enter_unit(c, scope, e, scope->name, e->line);
    emit_prologue(c);
    if (e->kind != N_GENEXP) {
        emit(c, e->kind == N_SETCOMP ? OP_BUILD_SET : e->kind == N_DICTCOMP ? OP_BUILD_MAP
                                                                             : OP_BUILD_LIST, 0);
    }
    comprehension_generator(c, e, 0, 0);
    if (e->kind == N_GENEXP) {
        emit_none(c);
    }
    emit0(c, OP_RETURN_VALUE);
    Code *co = leave_unit(c);
    make_closure(c, scope, co, 0);
    visit_expr(c, outer->b);
    emit0(c, OP_GET_ITER);
    emit(c, OP_CALL, 0);
}

static void compile_binop(Compiler *c, Node *e)
{
    /* The left spine is walked iteratively: a + b + c + ... does not recurse. */
    Node *buf[SPINE_BUF];
    Node **spine = buf;
    int n = 0;
    for (Node *x = e; x->kind == N_BINOP && (x == e || !spy_comp_is_const(c, x)); x = x->a) {
        n++;
    }
    if (n > SPINE_BUF) {
        spine = spy_arena_alloc(c->vm, c->a, sizeof(Node *) * (size_t)n);
    }
    n = 0;
    Node *x = e;
    for (; x->kind == N_BINOP && (x == e || !spy_comp_is_const(c, x)); x = x->a) {
        spine[n++] = x;
    }
    Pos saved = c->u->loc;
    visit_expr(c, x);
    for (int i = n - 1; i >= 0; i--) {
        visit_expr(c, spine[i]->b);
        c->u->loc = spy_comp_pos(spine[i]);
        emit(c, OP_BINARY_OP, spine[i]->op);
    }
    c->u->loc = saved;
}

static SPY_NORETURN void compile_unsupported_expr(Compiler *c, Node *e)
{
    Scope *s = c->u->scope;
    if (e->kind == N_AWAIT) {
        spy_comp_error(c, c->u->loc, s->kind == SCOPE_FUNCTION
                                         ? "'await' outside async function"
                                         : "'await' outside function");
    }
    spy_comp_error(c, c->u->loc, "'yield' outside function");
}

/* `yield v` and `yield from it` (CPython 3.11's sequence: SEND resumes the sub-iterator,
 * YIELD_VALUE 1 passes what it yields on, the loop ends when it returns). */
static void compile_yield(Compiler *c, Node *e)
{
    if (c->u->scope->kind != SCOPE_FUNCTION) {
        compile_unsupported_expr(c, e);
    }
    if (e->kind == N_YIELD) {
        if (e->a) {
            visit_expr(c, e->a);
        } else {
            emit_none(c);
        }
        emit(c, OP_YIELD_VALUE, 0);
        return;
    }
    int send = new_label(c), exit = new_label(c);
    visit_expr(c, e->a);
    emit0(c, OP_GET_YIELD_FROM_ITER);
    emit_none(c);
    use_label(c, send);
    emit_jump(c, OP_SEND, exit);
    emit(c, OP_YIELD_VALUE, 1);
    emit_jump(c, OP_JUMP, send);
    use_label(c, exit);
}

static void compile_expr1(Compiler *c, Node *e)
{
    Value v;
    if (spy_comp_fold(c, e, &v)) {
        emit_const(c, v);
        return;
    }
    switch (e->kind) {
    case N_NAME:
        nameop(c, e->str, NC_LOAD);
        break;
    case N_BINOP:
        compile_binop(c, e);
        break;
    case N_UNARY:
        visit_expr(c, e->a);
        emit(c, OP_UNARY_OP, e->op);
        break;
    case N_BOOLOP:
        compile_boolop(c, e);
        break;
    case N_COMPARE:
        compile_compare(c, e);
        break;
    case N_IFEXP: {
        int end = new_label(c), orelse = new_label(c);
        jump_if(c, e->a, orelse, false);
        visit_expr(c, e->b);
        emit_jump(c, OP_JUMP, end);
        use_label(c, orelse);
        visit_expr(c, e->c);
        use_label(c, end);
        break;
    }
    case N_LAMBDA:
        compile_lambda(c, e);
        break;
    case N_NAMEDEXPR:
        visit_expr(c, e->b);
        emit(c, OP_COPY, 1);
        visit_store(c, e->a);
        break;
    case N_CALL:
        compile_call(c, e);
        break;
    case N_ATTRIBUTE: {
        visit_expr(c, e->a);
        Pos saved = c->u->loc;
        attr_loc(c, e);
        emit(c, OP_LOAD_ATTR, add_name(c, mangle(c, e->str)));
        c->u->loc = saved;
        break;
    }
    case N_SUBSCRIPT:
        visit_expr(c, e->a);
        visit_slice_or_index(c, e->b);
        emit0(c, OP_BINARY_SUBSCR);
        break;
    case N_SLICE:
        /* A slice outside brackets only appears inside a subscript's tuple. */
        visit_slice_or_index(c, e);
        break;
    case N_STARRED:
        spy_comp_error(c, c->u->loc, "can't use starred expression here");
    case N_LIST:
        starunpack(c, e->list, 0, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, false);
        break;
    case N_TUPLE:
        starunpack(c, e->list, 0, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, true);
        break;
    case N_SET:
        starunpack(c, e->list, 0, OP_BUILD_SET, OP_SET_ADD, OP_SET_UPDATE, false);
        break;
    case N_DICT:
        compile_dict(c, e);
        break;
    case N_LISTCOMP: case N_SETCOMP: case N_DICTCOMP: case N_GENEXP:
        compile_comprehension(c, e);
        break;
    case N_FSTRING:
        compile_fstring(c, e, c->u->loc);
        break;
    case N_YIELD: case N_YIELD_FROM:
        compile_yield(c, e);
        break;
    case N_AWAIT:
        compile_unsupported_expr(c, e);
    default:
        spy_comp_internal_error(c, "unexpected expression node");
    }
}

static void visit_expr(Compiler *c, Node *e)
{
    Pos saved = c->u->loc;
    c->u->loc = spy_comp_pos(e);
    spy_enter_c(c->vm, " during compilation");
    compile_expr1(c, e);
    spy_leave_c(c->vm);
    c->u->loc = saved;
}

/* Unpacks TOS into the targets of a tuple/list target. */
static void unpack_targets(Compiler *c, NodeList *elts)
{
    int n = elts ? elts->n : 0;
    bool star = false;
    for (int i = 0; i < n; i++) {
        if (elts->items[i]->kind != N_STARRED) {
            continue;
        }
        if (star) {
            spy_comp_error(c, c->u->loc, "multiple starred expressions in assignment");
        }
        if (i >= 256 || n - i - 1 >= (int)(MAX_ARG >> 8)) {
            spy_comp_error(c, c->u->loc, "too many expressions in star-unpacking assignment");
        }
        emit(c, OP_UNPACK_EX, i + ((n - i - 1) << 8));
        star = true;
    }
    Unit *u = c->u;
    Instr *last = u->nins > 0 ? &u->ins[u->nins - 1] : NULL;
    if (!star && n >= 1 && n <= 3 && last && last->op == OP_BUILD_TUPLE && last->arg == n &&
        u->label_end != u->nins) {
        /* a, b = b, a: the values are already on the stack in the right order once the
         * top n are reversed. */
        if (n == 1) {
            u->nins--;
        } else {
            last->op = OP_SWAP;
        }
    } else if (!star) {
        emit(c, OP_UNPACK_SEQUENCE, n);
    }
    for (int i = 0; i < n; i++) {
        Node *elt = elts->items[i];
        visit_store(c, elt->kind == N_STARRED ? elt->a : elt);
    }
}

/* Stores TOS into an assignment target. */
static void visit_store(Compiler *c, Node *e)
{
    Pos saved = c->u->loc;
    c->u->loc = spy_comp_pos(e);
    spy_enter_c(c->vm, " during compilation");
    switch (e->kind) {
    case N_NAME:
        nameop(c, e->str, NC_STORE);
        break;
    case N_ATTRIBUTE:
        visit_expr(c, e->a);
        check_forbidden(c, e->str, NC_STORE, c->u->loc);
        attr_loc(c, e);
        emit(c, OP_STORE_ATTR, add_name(c, mangle(c, e->str)));
        break;
    case N_SUBSCRIPT:
        visit_expr(c, e->a);
        visit_slice_or_index(c, e->b);
        emit0(c, OP_STORE_SUBSCR);
        break;
    case N_TUPLE: case N_LIST:
        unpack_targets(c, e->list);
        break;
    case N_STARRED:
        spy_comp_error(c, c->u->loc, "starred assignment target must be in a list or tuple");
    default:
        spy_comp_internal_error(c, "invalid assignment target");
    }
    spy_leave_c(c->vm);
    c->u->loc = saved;
}

static void visit_del(Compiler *c, Node *e)
{
    Pos saved = c->u->loc;
    c->u->loc = spy_comp_pos(e);
    spy_enter_c(c->vm, " during compilation");
    switch (e->kind) {
    case N_NAME:
        nameop(c, e->str, NC_DEL);
        break;
    case N_ATTRIBUTE:
        visit_expr(c, e->a);
        attr_loc(c, e);
        emit(c, OP_DELETE_ATTR, add_name(c, mangle(c, e->str)));
        break;
    case N_SUBSCRIPT:
        visit_expr(c, e->a);
        visit_slice_or_index(c, e->b);
        emit0(c, OP_DELETE_SUBSCR);
        break;
    case N_TUPLE: case N_LIST:
        for (int i = 0; e->list && i < e->list->n; i++) {
            visit_del(c, e->list->items[i]);
        }
        break;
    default:
        spy_comp_internal_error(c, "invalid del target");
    }
    spy_leave_c(c->vm);
    c->u->loc = saved;
}

/* Jumps to `label` when `e` is truthy (cond) / falsy (!cond), with CPython's short-cuts for
 * not/and/or/if-else/comparison chains.  Like CPython 3.11, a comparison leaves the
 * current position at itself (the instructions that follow in the statement, e.g. an
 * assert's raise, report the comparison's position). */
static void jump_if(Compiler *c, Node *e, int label, bool cond)
{
    Value v;
    spy_enter_c(c->vm, " during compilation");
    if (spy_comp_fold(c, e, &v)) {
        if (spy_comp_truthy(v) == cond) {
            emit_jump(c, OP_JUMP, label);
        }
        spy_leave_c(c->vm);
        return;
    }
    switch (e->kind) {
    case N_UNARY:
        if (e->op == UO_NOT) {
            jump_if(c, e->a, label, !cond);
            spy_leave_c(c->vm);
            return;
        }
        break;
    case N_BOOLOP: {
        bool cond2 = e->op == 1;
        int next2 = cond2 == cond ? label : new_label(c);
        int n = e->list->n;
        for (int i = 0; i < n - 1; i++) {
            jump_if(c, e->list->items[i], next2, cond2);
        }
        jump_if(c, e->list->items[n - 1], label, cond);
        if (next2 != label) {
            use_label(c, next2);
        }
        spy_leave_c(c->vm);
        return;
    }
    case N_IFEXP: {
        int end = new_label(c), next2 = new_label(c);
        jump_if(c, e->a, next2, false);
        jump_if(c, e->b, label, cond);
        emit_jump(c, OP_JUMP, end);
        use_label(c, next2);
        jump_if(c, e->c, label, cond);
        use_label(c, end);
        spy_leave_c(c->vm);
        return;
    }
    case N_COMPARE: {
        c->u->loc = spy_comp_pos(e);
        int n = e->list->n;
        fold_compare(c, e);
        if (n == 1 && (e->ops[0] == CMPX_IS || e->ops[0] == CMPX_ISNOT) &&
            e->list->items[0]->kind == N_CONST_NONE) {
            /* x is None / x is not None: one test-and-jump. */
            visit_expr(c, e->a);
            bool none = (e->ops[0] == CMPX_IS) == cond;
            emit_jump(c, none ? OP_POP_JUMP_IF_NONE : OP_POP_JUMP_IF_NOT_NONE, label);
            spy_leave_c(c->vm);
            return;
        }
        if (n == 1) {
            break;
        }
        int cleanup = new_label(c), end = new_label(c);
        visit_expr(c, e->a);
        for (int i = 0; i < n - 1; i++) {
            visit_expr(c, e->list->items[i]);
            emit(c, OP_SWAP, 2);
            emit(c, OP_COPY, 2);
            emit_compare_op(c, e->ops[i]);
            emit_jump(c, OP_POP_JUMP_IF_FALSE, cleanup);
        }
        visit_expr(c, e->list->items[n - 1]);
        emit_compare_op(c, e->ops[n - 1]);
        emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
        emit_jump(c, OP_JUMP, end);
        use_label(c, cleanup);
        emit0(c, OP_POP_TOP);
        if (!cond) {
            emit_jump(c, OP_JUMP, label);
        }
        use_label(c, end);
        spy_leave_c(c->vm);
        return;
    }
    default:
        break;
    }
    visit_expr(c, e);
    emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
    spy_leave_c(c->vm);
}

/* ================================================================ statements */

/* The code leaving one fblock early (return/break/continue), as CPython's
 * compiler_unwind_fblock.  `preserve_tos`: a return value sits on top and must survive. */
/* Stack: exit  ->  exit(None, None, None): the bound __exit__ is called with a None in
 * the self slot of the call protocol, as CPython 3.11 does. */
static void call_exit_with_nones(Compiler *c)
{
    emit_none(c);
    emit_none(c);
    emit_none(c);
    emit(c, OP_CALL, 2);
}

static void unwind_fblock(Compiler *c, FBlock *fb, bool preserve_tos)
{
    switch (fb->kind) {
    case FB_WHILE:
    case FB_EXCEPTION_HANDLER:
        break;
    case FB_FOR:
        if (preserve_tos) {
            emit(c, OP_SWAP, 2);
        }
        emit0(c, OP_POP_TOP);
        break;
    case FB_TRY_EXCEPT:
        pop_handler(c);
        break;
    case FB_FINALLY_TRY:
        pop_handler(c);
        if (preserve_tos) {
            push_fblock(c, FB_POP_VALUE, -1, -1, NULL, NULL);
        }
        visit_stmts(c, fb->final);
        if (preserve_tos) {
            pop_fblock(c);
        }
        break;
    case FB_FINALLY_END:
        if (preserve_tos) {
            emit(c, OP_SWAP, 2);
        }
        emit0(c, OP_POP_TOP);
        if (preserve_tos) {
            emit(c, OP_SWAP, 2);
        }
        pop_handler(c);
        emit0(c, OP_POP_EXCEPT);
        break;
    case FB_HANDLER_CLEANUP:
        if (fb->name) {
            pop_handler(c);
        }
        if (preserve_tos) {
            emit(c, OP_SWAP, 2);
        }
        pop_handler(c);
        emit0(c, OP_POP_EXCEPT);
        if (fb->name) {
            emit_none(c);
            nameop(c, fb->name, NC_STORE);
            nameop(c, fb->name, NC_DEL);
        }
        break;
    case FB_POP_VALUE:
        if (preserve_tos) {
            emit(c, OP_SWAP, 2);
        }
        emit0(c, OP_POP_TOP);
        break;
    case FB_WITH: {
        /* Leaving a with block by break/continue/return: __exit__(None, None, None). */
        pop_handler(c);
        Pos saved = c->u->loc;
        c->u->loc = fb->pos;
        if (preserve_tos) {
            emit(c, OP_SWAP, 2);
        }
        call_exit_with_nones(c);
        emit0(c, OP_POP_TOP);
        c->u->loc = saved;
        break;
    }
    }
}

typedef struct SavedBlocks {
    FBlock fb[MAX_BLOCKS];
    int nfb;
    int hstack[MAX_HANDLERS];
    int nh;
} SavedBlocks;

static void save_blocks(Compiler *c, SavedBlocks *s)
{
    Unit *u = c->u;
    s->nfb = u->nfb;
    memcpy(s->fb, u->fb, sizeof(FBlock) * (size_t)u->nfb);
    s->nh = u->nh;
    memcpy(s->hstack, u->hstack, sizeof(int) * (size_t)u->nh);
}

static void restore_blocks(Compiler *c, const SavedBlocks *s)
{
    Unit *u = c->u;
    u->nfb = s->nfb;
    memcpy(u->fb, s->fb, sizeof(FBlock) * (size_t)s->nfb);
    u->nh = s->nh;
    memcpy(u->hstack, s->hstack, sizeof(int) * (size_t)s->nh);
}

/* Unwinds fblocks from the innermost; with `loop`, stops at the innermost loop and
 * returns it there (false when there is none). */
static bool unwind_fblock_stack(Compiler *c, bool preserve_tos, FBlock *loop)
{
    Unit *u = c->u;
    while (u->nfb > 0) {
        FBlock *top = &u->fb[u->nfb - 1];
        if (loop && (top->kind == FB_WHILE || top->kind == FB_FOR)) {
            *loop = *top;
            return true;
        }
        FBlock copy = *top;
        u->nfb--;
        unwind_fblock(c, &copy, preserve_tos);
    }
    return false;
}

static void compile_return(Compiler *c, Node *s)
{
    if (c->u->scope->kind != SCOPE_FUNCTION) {
        spy_comp_error(c, spy_comp_pos(s), "'return' outside function");
    }
    Value v = NULLV;
    bool preserve = s->a && !spy_comp_fold(c, s->a, &v);
    if (preserve) {
        visit_expr(c, s->a);
    }
    SavedBlocks saved;
    save_blocks(c, &saved);
    unwind_fblock_stack(c, preserve, NULL);
    c->u->loc = spy_comp_pos(s);
    if (!s->a) {
        emit_none(c);
    } else if (!preserve) {
        visit_expr(c, s->a);
    }
    emit0(c, OP_RETURN_VALUE);
    restore_blocks(c, &saved);
}

static void compile_break_continue(Compiler *c, Node *s)
{
    SavedBlocks saved;
    FBlock loop;
    save_blocks(c, &saved);
    bool found = unwind_fblock_stack(c, false, &loop);
    c->u->loc = spy_comp_pos(s);
    if (!found) {
        spy_comp_error(c, spy_comp_pos(s), s->kind == N_BREAK
                                               ? "'break' outside loop"
                                               : "'continue' not properly in loop");
    }
    if (s->kind == N_BREAK) {
        unwind_fblock(c, &loop, false);
        emit_jump(c, OP_JUMP, loop.exit);
    } else {
        emit_jump(c, OP_JUMP, loop.start);
    }
    restore_blocks(c, &saved);
}

static void compile_if(Compiler *c, Node *s)
{
    int end = new_label(c);
    for (;;) {
        bool has_else = s->list2 && s->list2->n > 0;
        int next = has_else ? new_label(c) : end;
        jump_if(c, s->a, next, false);
        visit_stmts(c, s->list);
        if (!has_else) {
            break;
        }
        emit_jump(c, OP_JUMP, end);
        use_label(c, next);
        if (s->list2->n == 1 && s->list2->items[0]->kind == N_IF) {
            /* elif: iterate rather than recurse. */
            s = s->list2->items[0];
            c->u->loc = spy_comp_pos(s);
            continue;
        }
        visit_stmts(c, s->list2);
        break;
    }
    use_label(c, end);
}

static void compile_while(Compiler *c, Node *s)
{
    int loop = new_label(c), anchor = new_label(c), end = new_label(c);
    use_label(c, loop);
    push_fblock(c, FB_WHILE, loop, end, NULL, NULL);
    jump_if(c, s->a, anchor, false);
    visit_stmts(c, s->list);
    emit_jump(c, OP_JUMP, loop);
    pop_fblock(c);
    use_label(c, anchor);
    visit_stmts(c, s->list2);
    use_label(c, end);
}

static void compile_for(Compiler *c, Node *s)
{
    int start = new_label(c), cleanup = new_label(c), end = new_label(c);
    push_fblock(c, FB_FOR, start, end, NULL, NULL);
    spy_comp_fold_iter(c, s->b);
    visit_expr(c, s->b);
    emit0(c, OP_GET_ITER);
    use_label(c, start);
    emit_jump(c, OP_FOR_ITER, cleanup);
    visit_store(c, s->a);
    visit_stmts(c, s->list);
    emit_jump(c, OP_JUMP, start);
    use_label(c, cleanup);
    pop_fblock(c);
    visit_stmts(c, s->list2);
    use_label(c, end);
}

/* try/except[/else], as CPython 3.11: the handlers run under a cleanup handler that
 * restores the previously handled exception (COPY 3; POP_EXCEPT; RERAISE 1), and an
 * `as` name is cleared at the end of its handler, even when the handler raises. */
static void compile_try_except(Compiler *c, Node *s)
{
    int except = new_label(c), end = new_label(c), cleanup = new_label(c);
    push_handler(c, except, false);
    push_fblock(c, FB_TRY_EXCEPT, -1, -1, NULL, NULL);
    visit_stmts(c, s->list);
    pop_fblock(c);
    pop_handler(c);
    visit_stmts(c, s->list3);
    emit_jump(c, OP_JUMP, end);
    use_label(c, except);
    int h2 = push_handler(c, cleanup, true);
    emit0(c, OP_PUSH_EXC_INFO);
    push_fblock(c, FB_EXCEPTION_HANDLER, -1, -1, NULL, NULL);
    int n = s->list2 ? s->list2->n : 0;
    for (int i = 0; i < n; i++) {
        Node *h = s->list2->items[i];
        c->u->loc = spy_comp_pos(h);
        if (!h->a && i < n - 1) {
            spy_comp_error(c, spy_comp_pos(h), "default 'except:' must be last");
        }
        int next = new_label(c);
        if (h->a) {
            visit_expr(c, h->a);
            emit0(c, OP_CHECK_EXC_MATCH);
            emit_jump(c, OP_POP_JUMP_IF_FALSE, next);
        }
        if (h->str) {
            int cleanup_body = new_label(c);
            nameop(c, h->str, NC_STORE);
            push_handler(c, cleanup_body, true);
            push_fblock(c, FB_HANDLER_CLEANUP, -1, -1, NULL, h->str);
            visit_stmts(c, h->list);
            pop_fblock(c);
            pop_handler(c);
            pop_handler(c);
            emit0(c, OP_POP_EXCEPT);
            emit_none(c);
            nameop(c, h->str, NC_STORE);
            nameop(c, h->str, NC_DEL);
            emit_jump(c, OP_JUMP, end);
            repush_handler(c, h2);
            use_label(c, cleanup_body);
            emit_none(c);
            nameop(c, h->str, NC_STORE);
            nameop(c, h->str, NC_DEL);
            emit(c, OP_RERAISE, 1);
        } else {
            emit0(c, OP_POP_TOP);
            push_fblock(c, FB_HANDLER_CLEANUP, -1, -1, NULL, NULL);
            visit_stmts(c, h->list);
            pop_fblock(c);
            pop_handler(c);
            emit0(c, OP_POP_EXCEPT);
            emit_jump(c, OP_JUMP, end);
            repush_handler(c, h2);
        }
        use_label(c, next);
    }
    pop_fblock(c);
    emit(c, OP_RERAISE, 0);
    pop_handler(c);
    use_label(c, cleanup);
    emit(c, OP_COPY, 3);
    emit0(c, OP_POP_EXCEPT);
    emit(c, OP_RERAISE, 1);
    use_label(c, end);
}

/* try/finally: the finally body is compiled for the normal path and again for the
 * exceptional path (which re-raises); early exits inline it (unwind_fblock). */
static void compile_try_finally(Compiler *c, Node *s)
{
    int final = new_label(c), exit = new_label(c), cleanup = new_label(c);
    push_handler(c, final, false);
    push_fblock(c, FB_FINALLY_TRY, -1, -1, s->list4, NULL);
    if (s->list2 && s->list2->n > 0) {
        compile_try_except(c, s);
    } else {
        visit_stmts(c, s->list);
    }
    pop_fblock(c);
    pop_handler(c);
    visit_stmts(c, s->list4);
    emit_jump(c, OP_JUMP, exit);
    use_label(c, final);
    push_handler(c, cleanup, true);
    emit0(c, OP_PUSH_EXC_INFO);
    push_fblock(c, FB_FINALLY_END, -1, -1, NULL, NULL);
    visit_stmts(c, s->list4);
    pop_fblock(c);
    emit(c, OP_RERAISE, 0);
    pop_handler(c);
    use_label(c, cleanup);
    emit(c, OP_COPY, 3);
    emit0(c, OP_POP_EXCEPT);
    emit(c, OP_RERAISE, 1);
    use_label(c, exit);
}

/* with a as x, b: body  ==  nested single-item with statements (CPython 3.11's code):
 *      <a>; BEFORE_WITH (pushes the bound __exit__ and __enter__'s result); store or pop
 *      SETUP handler; body; exit(None, None, None); POP_TOP
 *   handler: PUSH_EXC_INFO; WITH_EXCEPT_START (calls exit with the exception);
 *      POP_JUMP_IF_TRUE suppress; RERAISE
 *   suppress: POP_TOP; POP_EXCEPT; POP_TOP; POP_TOP */
static void compile_with(Compiler *c, Node *s, int item)
{
    Node *wi = s->list->items[item];
    Pos stmt = spy_comp_pos(s);
    int final = new_label(c), exit = new_label(c), cleanup = new_label(c);
    int suppress = new_label(c);
    visit_expr(c, wi->a);
    c->u->loc = spy_comp_pos(wi->a);
    emit0(c, OP_BEFORE_WITH);
    /* The protected range starts once __enter__'s result is stored, so the handler's depth
     * is the stack with the bound __exit__ on top. */
    if (wi->b) {
        visit_store(c, wi->b);
    } else {
        emit0(c, OP_POP_TOP);
    }
    push_handler(c, final, true);
    push_fblock(c, FB_WITH, -1, -1, NULL, NULL);
    c->u->fb[c->u->nfb - 1].pos = stmt;
    if (item + 1 < s->list->n) {
        compile_with(c, s, item + 1);
    } else {
        visit_stmts(c, s->list2);
    }
    pop_fblock(c);
    pop_handler(c);
    /* As CPython: the __exit__ calls carry the whole statement's position. */
    c->u->loc = stmt;
    call_exit_with_nones(c);
    emit0(c, OP_POP_TOP);
    emit_jump(c, OP_JUMP, exit);
    use_label(c, final);
    push_handler(c, cleanup, true);
    emit0(c, OP_PUSH_EXC_INFO);
    emit0(c, OP_WITH_EXCEPT_START);
    emit_jump(c, OP_POP_JUMP_IF_TRUE, suppress);
    emit(c, OP_RERAISE, 2);
    use_label(c, suppress);
    emit0(c, OP_POP_TOP);
    pop_handler(c);
    emit0(c, OP_POP_EXCEPT);
    emit0(c, OP_POP_TOP);
    emit0(c, OP_POP_TOP);
    emit_jump(c, OP_JUMP, exit);
    use_label(c, cleanup);
    emit(c, OP_COPY, 3);
    emit0(c, OP_POP_EXCEPT);
    emit(c, OP_RERAISE, 1);
    use_label(c, exit);
    c->u->loc = stmt;
}

static void compile_augassign(Compiler *c, Node *s)
{
    Node *t = s->a;
    Pos stmt = c->u->loc;
    c->u->loc = spy_comp_pos(t);
    switch (t->kind) {
    case N_ATTRIBUTE:
        visit_expr(c, t->a);
        emit(c, OP_COPY, 1);
        attr_loc(c, t);
        emit(c, OP_LOAD_ATTR, add_name(c, mangle(c, t->str)));
        break;
    case N_SUBSCRIPT:
        visit_expr(c, t->a);
        visit_slice_or_index(c, t->b);
        emit(c, OP_COPY, 2);
        emit(c, OP_COPY, 2);
        emit0(c, OP_BINARY_SUBSCR);
        break;
    case N_NAME:
        nameop(c, t->str, NC_LOAD);
        break;
    default:
        spy_comp_internal_error(c, "invalid augmented assignment target");
    }
    c->u->loc = stmt;
    visit_expr(c, s->b);
    emit(c, OP_BINARY_OP, s->op | BO_INPLACE);
    c->u->loc = spy_comp_pos(t);
    switch (t->kind) {
    case N_ATTRIBUTE:
        attr_loc(c, t);
        emit(c, OP_SWAP, 2);
        emit(c, OP_STORE_ATTR, add_name(c, mangle(c, t->str)));
        break;
    case N_SUBSCRIPT:
        emit(c, OP_SWAP, 3);
        emit(c, OP_SWAP, 2);
        emit0(c, OP_STORE_SUBSCR);
        break;
    default:
        nameop(c, t->str, NC_STORE);
        break;
    }
    c->u->loc = stmt;
}

static void eval_and_pop(Compiler *c, Node *e)
{
    visit_expr(c, e);
    emit0(c, OP_POP_TOP);
}

static void ann_subscript(Compiler *c, Node *e)
{
    if (e->kind == N_SLICE) {
        Node *parts[3] = {e->a, e->b, e->c};
        for (int i = 0; i < 3; i++) {
            if (parts[i]) {
                eval_and_pop(c, parts[i]);
            }
        }
    } else if (e->kind == N_TUPLE) {
        for (int i = 0; e->list && i < e->list->n; i++) {
            ann_subscript(c, e->list->items[i]);
        }
    } else {
        eval_and_pop(c, e);
    }
}

/* Annotated assignment.  Annotations are evaluated (for their errors and side effects)
 * where CPython evaluates them -- module level only, as there are no class bodies yet --
 * and then dropped: __annotations__ comes with issue 4. */
static void compile_annassign(Compiler *c, Node *s)
{
    Node *t = s->a;
    bool module = c->u->scope->kind != SCOPE_FUNCTION;
    if (s->c) {
        visit_expr(c, s->c);
        visit_store(c, t);
    }
    if (t->kind == N_NAME) {
        check_forbidden(c, t->str, NC_STORE, spy_comp_pos(t));
        if (s->op && module) {
            eval_and_pop(c, s->b);
        }
    } else if (t->kind == N_ATTRIBUTE) {
        if (!s->c) {
            eval_and_pop(c, t->a);
        }
    } else if (t->kind == N_SUBSCRIPT) {
        if (!s->c) {
            eval_and_pop(c, t->a);
            ann_subscript(c, t->b);
        }
    }
    if (!s->op && module) {
        eval_and_pop(c, s->b);
    }
}

/* Parameter annotations are evaluated at def time (CPython's order: regular, positional-
 * only, *args, keyword-only, **kwargs, return) and dropped. */
static void compile_arg_annotations(Compiler *c, Node *args, Node *returns)
{
    NodeList *pos = args->list;
    int nposonly = (int)args->ival;
    for (int pass = 0; pass < 2; pass++) {
        for (int i = pass ? 0 : nposonly; pos && i < (pass ? nposonly : pos->n); i++) {
            if (pos->items[i]->a && !spy_comp_is_const(c, pos->items[i]->a)) {
                eval_and_pop(c, pos->items[i]->a);
            }
        }
    }
    if (args->c && args->c->a && !spy_comp_is_const(c, args->c->a)) {
        eval_and_pop(c, args->c->a);
    }
    for (int i = 0; args->list2 && i < args->list2->n; i++) {
        Node *a = args->list2->items[i];
        if (a->a && !spy_comp_is_const(c, a->a)) {
            eval_and_pop(c, a->a);
        }
    }
    if (args->d && args->d->a && !spy_comp_is_const(c, args->d->a)) {
        eval_and_pop(c, args->d->a);
    }
    if (returns && !spy_comp_is_const(c, returns)) {
        eval_and_pop(c, returns);
    }
}

/* The docstring of a body: its first statement when that is a str constant. */
static Node *docstring_of(Compiler *c, NodeList *body)
{
    if (!body || body->n == 0 || body->items[0]->kind != N_EXPR_STMT) {
        return NULL;
    }
    Value v;
    Node *e = body->items[0]->a;
    if ((e->kind == N_CONST_STR || e->kind == N_BINOP) && spy_comp_fold(c, e, &v) && IS_STR(v)) {
        return e;
    }
    return NULL;
}

static void compile_funcdef(Compiler *c, Node *s)
{
    if (s->op) {
        spy_comp_error(c, spy_comp_pos(s), "'async def' is not supported yet");
    }
    Scope *scope = scope_of(c, s);
    NodeList *decos = s->list2;
    int ndecos = decos ? decos->n : 0;
    for (int i = 0; i < ndecos; i++) {
        visit_expr(c, decos->items[i]);
        emit0(c, OP_PUSH_NULL);
    }
    check_arg_names(c, s->a, c->u->loc);
    int flags = compile_defaults(c, s->a);
    compile_arg_annotations(c, s->a, s->b);
    int firstline = ndecos ? decos->items[0]->line : s->line;
    enter_unit(c, scope, s, s->str, firstline);
    Node *doc = docstring_of(c, s->list);
    Value docv = NONEV;
    if (doc) {
        spy_comp_fold(c, doc, &docv);
    }
    spy_comp_add_const(c, docv);
    emit_prologue(c);
    for (int i = doc ? 1 : 0; s->list && i < s->list->n; i++) {
        visit_stmt(c, s->list->items[i]);
    }
    emit_none(c);
    emit0(c, OP_RETURN_VALUE);
    Code *co = leave_unit(c);
    make_closure(c, scope, co, flags);
    for (int i = ndecos - 1; i >= 0; i--) {
        Pos saved = c->u->loc;
        c->u->loc = spy_comp_pos(decos->items[i]);
        emit(c, OP_CALL, 1);
        c->u->loc = saved;
    }
    nameop(c, s->str, NC_STORE);
}

/* class C(bases, **kw): body  ==  C = __build_class__(<body function>, 'C', bases, **kw),
 * then the decorators.  The body runs with the class namespace as its locals mapping and
 * returns its __class__ cell (or None), which __build_class__ fills with the new class. */
static void compile_classdef(Compiler *c, Node *s)
{
    Scope *scope = scope_of(c, s);
    NodeList *decos = s->list4;
    int ndecos = decos ? decos->n : 0;
    for (int i = 0; i < ndecos; i++) {
        visit_expr(c, decos->items[i]);
        emit0(c, OP_PUSH_NULL);
    }
    validate_keywords(c, s->list2);
    int firstline = ndecos ? decos->items[0]->line : s->line;
    emit0(c, OP_LOAD_BUILD_CLASS);
    emit0(c, OP_PUSH_NULL);
    enter_unit(c, scope, s, s->str, firstline);
    c->u->flags = CO_CLASS;
    const char *qualname = c->u->qualname;
    spy_comp_add_const(c, NONEV);
    emit_prologue(c);
    Pos saved = c->u->loc;
    c->u->loc = spy_comp_pos(s);
    emit(c, OP_LOAD_NAME, add_name(c, "__name__"));
    emit(c, OP_STORE_NAME, add_name(c, "__module__"));
    emit_const(c, mk_obj(spy_str_intern_cstr(c->vm, qualname)));
    emit(c, OP_STORE_NAME, add_name(c, "__qualname__"));
    c->u->loc = saved;
    Node *doc = docstring_of(c, s->list3);
    if (doc) {
        Value docv;
        spy_comp_fold(c, doc, &docv);
        c->u->loc = spy_comp_pos(s->list3->items[0]);
        emit_const(c, docv);
        emit(c, OP_STORE_NAME, add_name(c, "__doc__"));
    }
    for (int i = doc ? 1 : 0; s->list3 && i < s->list3->n; i++) {
        visit_stmt(c, s->list3->items[i]);
    }
    c->u->loc = (Pos){0, 0, 0, 0};
    if (scope->needs_class_closure) {
        Symbol *cs = spy_sym_lookup(scope, "__class__");
        emit(c, OP_LOAD_CLOSURE, cs->slot);
    } else {
        emit_none(c);
    }
    emit0(c, OP_RETURN_VALUE);
    Code *co = leave_unit(c);
    make_closure(c, scope, co, 0);
    emit_const(c, mk_obj(spy_str_intern_cstr(c->vm, s->str)));
    call_helper_n(c, 2, s->list, s->list2);
    for (int i = ndecos - 1; i >= 0; i--) {
        Pos p = c->u->loc;
        c->u->loc = spy_comp_pos(decos->items[i]);
        emit(c, OP_CALL, 1);
        c->u->loc = p;
    }
    nameop(c, s->str, NC_STORE);
}

static const char *first_component(Compiler *c, const char *dotted)
{
    const char *dot = strchr(dotted, '.');
    return dot ? spy_arena_strndup(c->vm, c->a, dotted, (size_t)(dot - dotted)) : dotted;
}

/* IMPORT_NAME pushes the module named exactly (a dotted name gives the submodule), so
 * `import a.b` imports a.b and then binds the top-level a. */
static void compile_import(Compiler *c, Node *s)
{
    for (int i = 0; s->list && i < s->list->n; i++) {
        Node *alias = s->list->items[i];
        emit(c, OP_IMPORT_NAME, add_name(c, alias->str));
        if (alias->str2) {
            nameop(c, alias->str2, NC_STORE);
        } else if (strchr(alias->str, '.')) {
            const char *top = first_component(c, alias->str);
            emit0(c, OP_POP_TOP);
            emit(c, OP_IMPORT_NAME, add_name(c, top));
            nameop(c, top, NC_STORE);
        } else {
            nameop(c, alias->str, NC_STORE);
        }
    }
}

/* Relative imports keep their leading dots in the module name (there are no packages:
 * the VM reports them). */
static void compile_importfrom(Compiler *c, Node *s)
{
    int level = (int)s->ival;
    const char *mod = s->str ? s->str : "";
    char *name = spy_arena_alloc(c->vm, c->a, (size_t)level + strlen(mod) + 1);
    memset(name, '.', (size_t)level);
    strcpy(name + level, mod);
    emit(c, OP_IMPORT_NAME, add_name(c, name));
    NodeList *aliases = s->list;
    if (aliases && aliases->n == 1 && strcmp(aliases->items[0]->str, "*") == 0) {
        emit0(c, OP_IMPORT_STAR);
        return;
    }
    for (int i = 0; aliases && i < aliases->n; i++) {
        Node *alias = aliases->items[i];
        emit(c, OP_IMPORT_FROM, add_name(c, alias->str));
        nameop(c, alias->str2 ? alias->str2 : alias->str, NC_STORE);
    }
    emit0(c, OP_POP_TOP);
}

static void visit_stmt(Compiler *c, Node *s)
{
    c->u->loc = spy_comp_pos(s);
    spy_enter_c(c->vm, " during compilation");
    switch (s->kind) {
    case N_EXPR_STMT:
        if (!spy_comp_is_const(c, s->a)) {
            visit_expr(c, s->a);
            emit0(c, OP_POP_TOP);
        }
        break;
    case N_ASSIGN: {
        int n = s->list->n;
        visit_expr(c, s->a);
        for (int i = 0; i < n; i++) {
            if (i < n - 1) {
                emit(c, OP_COPY, 1);
            }
            visit_store(c, s->list->items[i]);
        }
        break;
    }
    case N_AUGASSIGN:
        compile_augassign(c, s);
        break;
    case N_ANNASSIGN:
        compile_annassign(c, s);
        break;
    case N_IF:
        compile_if(c, s);
        break;
    case N_WHILE:
        compile_while(c, s);
        break;
    case N_FOR:
        compile_for(c, s);
        break;
    case N_BREAK: case N_CONTINUE:
        compile_break_continue(c, s);
        break;
    case N_PASS: case N_GLOBAL: case N_NONLOCAL:
        break;
    case N_RETURN:
        compile_return(c, s);
        break;
    case N_DEL:
        for (int i = 0; s->list && i < s->list->n; i++) {
            visit_del(c, s->list->items[i]);
        }
        break;
    case N_ASSERT: {
        int end = new_label(c);
        jump_if(c, s->a, end, true);
        emit0(c, OP_LOAD_ASSERTION_ERROR);
        if (s->b) {
            /* The message rides in the self slot: AssertionError(msg). */
            visit_expr(c, s->b);
            emit(c, OP_CALL, 0);
        }
        emit(c, OP_RAISE_VARARGS, 1);
        use_label(c, end);
        break;
    }
    case N_RAISE: {
        int n = 0;
        if (s->a) {
            visit_expr(c, s->a);
            n++;
            if (s->b) {
                visit_expr(c, s->b);
                n++;
            }
        }
        emit(c, OP_RAISE_VARARGS, n);
        break;
    }
    case N_TRY:
        if (s->list4 && s->list4->n > 0) {
            compile_try_finally(c, s);
        } else {
            compile_try_except(c, s);
        }
        break;
    case N_FUNCDEF:
        compile_funcdef(c, s);
        break;
    case N_CLASSDEF:
        compile_classdef(c, s);
        break;
    case N_WITH:
        compile_with(c, s, 0);
        break;
    case N_IMPORT:
        compile_import(c, s);
        break;
    case N_IMPORTFROM:
        compile_importfrom(c, s);
        break;
    default:
        spy_comp_internal_error(c, "unexpected statement node");
    }
    spy_leave_c(c->vm);
}

static void visit_stmts(Compiler *c, NodeList *l)
{
    for (int i = 0; l && i < l->n; i++) {
        visit_stmt(c, l->items[i]);
    }
}

/* ================================================================ entry points */

static bool valid_utf8(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        unsigned char b = p[i];
        int len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
        if (len == 0 || i + (size_t)len > n) {
            return false;
        }
        for (int k = 1; k < len; k++) {
            if ((p[i + (size_t)k] & 0xc0) != 0x80) {
                return false;
            }
        }
        i += (size_t)len;
    }
    return true;
}

Code *spy_compile_ast(VM *vm, Arena *a, Node *mod, const char *src, size_t len,
                      const char *filename, CompileMode mode)
{
    Compiler c;
    memset(&c, 0, sizeof c);
    c.vm = vm;
    c.a = a;
    c.src = src;
    c.srclen = len;
    c.filename = filename;
    c.mode = mode;
    c.st = spy_sym_build(vm, a, mod, src, len, filename);
    c.filename_str = spy_str_new(vm, filename, (int64_t)strlen(filename));
    spy_charge(vm, (int64_t)(len / 4096) + 1);
    if (valid_utf8(src, len)) {
        c.source_str = spy_str_new(vm, src, (int64_t)len);
    }
    enter_unit(&c, c.st->top, mod, "<module>", 1);
    if (mode == MODE_EVAL) {
        visit_expr(&c, mod->a);
        emit0(&c, OP_RETURN_VALUE);
    } else {
        NodeList *body = mod->list;
        Node *doc = docstring_of(&c, body);
        if (doc) {
            c.u->loc = spy_comp_pos(body->items[0]);
            visit_expr(&c, doc);
            nameop(&c, "__doc__", NC_STORE);
        }
        for (int i = doc ? 1 : 0; body && i < body->n; i++) {
            visit_stmt(&c, body->items[i]);
        }
        emit_none(&c);
        emit0(&c, OP_RETURN_VALUE);
    }
    return leave_unit(&c);
}

Code *spy_compile(VM *vm, const char *src, size_t len, const char *filename, CompileMode mode)
{
    Arena *a = spy_arena_new(vm);
    Node *mod = spy_parse(vm, a, src, len, filename, mode);
    Code *co = spy_compile_ast(vm, a, mod, src, len, filename, mode);
    spy_arena_release(vm, a);
    return co;
}
