/* symtable.c: the scope pass (see symtable.h).  Pass 1 walks the AST recording each
 * scope's names with DEF_* flags and raising CPython's walk-time errors in source order;
 * pass 2 resolves names top-down as CPython's analyze_block and raises the late errors
 * (nonlocal without binding, nonlocal and global); pass 3 lays out function frame slots.
 * All memory is arena memory. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "symtable.h"

/* Node * -> Scope * map (open addressing on the pointer). */
struct NodeScopeMap {
    const Node **keys;
    Scope **vals;
    int mask, n;
};

/* A set of names, for the analysis pass (bound / free / global sets). */
typedef struct NameSet {
    const char **names;
    uint32_t *hashes;
    int mask, n;
} NameSet;

typedef struct ST {
    VM *vm;
    Arena *a;
    const char *src;
    size_t len;
    const char *filename;
    Scope *cur;
    Scope *top;
    NodeScopeMap *map;
} ST;

/* ================================================================ small utilities */

static uint32_t hash_name(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++) {
        h = (h ^ (uint8_t)*s) * 16777619u;
    }
    return h;
}

static uint32_t hash_ptr(const void *p)
{
    uint64_t x = (uint64_t)(uintptr_t)p;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return (uint32_t)x;
}

SPY_PRINTF(6, 7)
static SPY_NORETURN void st_error(ST *st, int line, int col, int end_line, int end_col,
                                  const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    spy_raise_syntax(st->vm, EXC(st->vm, SyntaxError), st->filename, st->src, st->len, line,
                     col, end_line, end_col, "%s", msg);
}

#define ERR_AT(st, n, ...) \
    st_error((st), (n)->line, (n)->col, (n)->end_line, (n)->end_col, __VA_ARGS__)

static void map_put(ST *st, const Node *key, Scope *val)
{
    NodeScopeMap *m = st->map;
    if ((m->n + 1) * 2 > m->mask + 1) {
        int nsize = (m->mask + 1) * 2;
        const Node **ok = m->keys;
        Scope **ov = m->vals;
        int omask = m->mask;
        m->keys = spy_arena_alloc(st->vm, st->a, sizeof(Node *) * (size_t)nsize);
        m->vals = spy_arena_alloc(st->vm, st->a, sizeof(Scope *) * (size_t)nsize);
        m->mask = nsize - 1;
        m->n = 0;
        for (int i = 0; i <= omask; i++) {
            if (ok[i]) {
                map_put(st, ok[i], ov[i]);
            }
        }
    }
    uint32_t i = hash_ptr(key) & (uint32_t)m->mask;
    while (m->keys[i] && m->keys[i] != key) {
        i = (i + 1) & (uint32_t)m->mask;
    }
    if (!m->keys[i]) {
        m->n++;
    }
    m->keys[i] = key;
    m->vals[i] = val;
}

Scope *spy_sym_scope_of(SymTable *symt, const Node *n)
{
    NodeScopeMap *m = symt->map;
    uint32_t i = hash_ptr(n) & (uint32_t)m->mask;
    while (m->keys[i]) {
        if (m->keys[i] == n) {
            return m->vals[i];
        }
        i = (i + 1) & (uint32_t)m->mask;
    }
    return NULL;
}

static void set_init(ST *st, NameSet *s, int cap)
{
    int size = 8;
    while (size < cap * 2) {
        size *= 2;
    }
    s->names = spy_arena_alloc(st->vm, st->a, sizeof(char *) * (size_t)size);
    s->hashes = spy_arena_alloc(st->vm, st->a, sizeof(uint32_t) * (size_t)size);
    s->mask = size - 1;
    s->n = 0;
}

static int set_find(const NameSet *s, const char *name, uint32_t h)
{
    if (!s->names) {
        return -1;
    }
    uint32_t i = h & (uint32_t)s->mask;
    while (s->names[i]) {
        if (s->hashes[i] == h && strcmp(s->names[i], name) == 0) {
            return (int)i;
        }
        i = (i + 1) & (uint32_t)s->mask;
    }
    return -(int)i - 2;
}

static bool set_has(const NameSet *s, const char *name, uint32_t h)
{
    return s && set_find(s, name, h) >= 0;
}

static void set_add(ST *st, NameSet *s, const char *name, uint32_t h)
{
    if (!s->names || (s->n + 1) * 2 > s->mask + 1) {
        NameSet old = *s;
        set_init(st, s, old.n + 8);
        for (int i = 0; old.names && i <= old.mask; i++) {
            if (old.names[i]) {
                set_add(st, s, old.names[i], old.hashes[i]);
            }
        }
    }
    int r = set_find(s, name, h);
    if (r >= 0) {
        return;
    }
    int i = -r - 2;
    s->names[i] = name;
    s->hashes[i] = h;
    s->n++;
}

/* Deleted entries would break probing, so removal rebuilds without the name. */
static void set_discard(ST *st, NameSet *s, const char *name, uint32_t h)
{
    if (!set_has(s, name, h)) {
        return;
    }
    NameSet old = *s;
    set_init(st, s, old.n);
    for (int i = 0; i <= old.mask; i++) {
        if (old.names[i] && !(old.hashes[i] == h && strcmp(old.names[i], name) == 0)) {
            set_add(st, s, old.names[i], old.hashes[i]);
        }
    }
}

static void set_copy(ST *st, NameSet *dst, const NameSet *src)
{
    set_init(st, dst, src ? src->n + 8 : 8);
    for (int i = 0; src && src->names && i <= src->mask; i++) {
        if (src->names[i]) {
            set_add(st, dst, src->names[i], src->hashes[i]);
        }
    }
}

static void set_union(ST *st, NameSet *dst, const NameSet *src)
{
    for (int i = 0; src && src->names && i <= src->mask; i++) {
        if (src->names[i]) {
            set_add(st, dst, src->names[i], src->hashes[i]);
        }
    }
}

/* ================================================================ symbols */

const char *spy_sym_mangle(VM *vm, Arena *a, const char *private_, const char *name)
{
    if (!private_ || name[0] != '_' || name[1] != '_') {
        return name;
    }
    size_t n = strlen(name);
    if ((n >= 2 && name[n - 1] == '_' && name[n - 2] == '_') || strchr(name, '.')) {
        return name;
    }
    while (*private_ == '_') {
        private_++;
    }
    if (!*private_) {
        return name;
    }
    size_t pn = strlen(private_);
    char *out = spy_arena_alloc(vm, a, pn + n + 2);
    out[0] = '_';
    memcpy(out + 1, private_, pn);
    memcpy(out + 1 + pn, name, n + 1);
    return out;
}

Symbol *spy_sym_lookup(Scope *s, const char *name)
{
    if (!s->index) {
        return NULL;
    }
    uint32_t h = hash_name(name);
    uint32_t i = h & (uint32_t)s->index_mask;
    while (s->index[i] >= 0) {
        Symbol *sym = &s->syms[s->index[i]];
        if (sym->hash == h && strcmp(sym->name, name) == 0) {
            return sym;
        }
        i = (i + 1) & (uint32_t)s->index_mask;
    }
    return NULL;
}

static void index_insert(Scope *s, int k)
{
    uint32_t i = s->syms[k].hash & (uint32_t)s->index_mask;
    while (s->index[i] >= 0) {
        i = (i + 1) & (uint32_t)s->index_mask;
    }
    s->index[i] = k;
}

static Symbol *sym_get(ST *st, Scope *s, const char *name)
{
    Symbol *sym = spy_sym_lookup(s, name);
    if (sym) {
        return sym;
    }
    if (s->nsyms == s->capsyms) {
        int ncap = s->capsyms ? s->capsyms * 2 : 8;
        s->syms = spy_arena_grow(st->vm, st->a, s->syms, sizeof(Symbol) * (size_t)s->capsyms,
                                 sizeof(Symbol) * (size_t)ncap);
        s->capsyms = ncap;
    }
    if ((s->nsyms + 1) * 2 > s->index_mask + 1) {
        int size = s->index ? (s->index_mask + 1) * 2 : 16;
        s->index = spy_arena_alloc(st->vm, st->a, sizeof(int32_t) * (size_t)size);
        memset(s->index, 0xff, sizeof(int32_t) * (size_t)size);
        s->index_mask = size - 1;
        for (int k = 0; k < s->nsyms; k++) {
            index_insert(s, k);
        }
    }
    sym = &s->syms[s->nsyms];
    memset(sym, 0, sizeof *sym);
    sym->name = name;
    sym->hash = hash_name(name);
    sym->slot = -1;
    index_insert(s, s->nsyms++);
    return sym;
}

/* Adds `flag` to the (already mangled) `name` in scope `s`; (line..end_col) locate errors. */
static void add_def_in(ST *st, Scope *s, const char *name, int flag, const Node *at)
{
    Symbol *sym = sym_get(st, s, name);
    if ((flag & DEF_PARAM) && (sym->flags & DEF_PARAM)) {
        ERR_AT(st, at, "duplicate argument '%s' in function definition", name);
    }
    if ((flag & DEF_LOCAL) && s->comp_iter_target) {
        if (sym->flags & (DEF_GLOBAL | DEF_NONLOCAL)) {
            ERR_AT(st, at, "comprehension inner loop cannot rebind assignment expression "
                   "target '%s'", name);
        }
        flag |= DEF_COMP_ITER;
    }
    sym->flags |= flag;
    if ((flag & DEF_GLOBAL) && s != st->top) {
        /* CPython records every `global x` in the module's table too, which makes the
         * module body itself use LOAD_GLOBAL/STORE_GLOBAL for x. */
        sym_get(st, st->top, name)->flags |= DEF_GLOBAL;
    }
}

static const char *mangled(ST *st, const char *name)
{
    return spy_sym_mangle(st->vm, st->a, st->cur->private_, name);
}

static void add_def(ST *st, const char *name, int flag, const Node *at)
{
    add_def_in(st, st->cur, mangled(st, name), flag, at);
}

static void record_directive(Symbol *sym, const Node *s)
{
    if (sym->dline == 0) {
        sym->dline = s->line;
        sym->dcol = s->col;
        sym->dend_line = s->end_line;
        sym->dend_col = s->end_col;
    }
}

/* ================================================================ scopes */

static Scope *enter_scope(ST *st, ScopeKind kind, Node *node, const char *name)
{
    Scope *s = spy_arena_alloc(st->vm, st->a, sizeof(Scope));
    s->kind = kind;
    s->node = node;
    s->name = name;
    s->parent = st->cur;
    if (st->cur) {
        Scope *p = st->cur;
        if (p->nchildren == p->capchildren) {
            int ncap = p->capchildren ? p->capchildren * 2 : 4;
            p->children = spy_arena_grow(st->vm, st->a, p->children,
                                         sizeof(Scope *) * (size_t)p->capchildren,
                                         sizeof(Scope *) * (size_t)ncap);
            p->capchildren = ncap;
        }
        p->children[p->nchildren++] = s;
        s->is_nested = p->is_nested || p->kind == SCOPE_FUNCTION;
        s->private_ = p->private_;
    }
    if (kind == SCOPE_CLASS) {
        s->private_ = name;
    }
    map_put(st, node, s);
    st->cur = s;
    return s;
}

static void leave_scope(ST *st)
{
    st->cur = st->cur->parent;
}

/* ================================================================ pass 1: the walk */

typedef enum Ctx { CTX_LOAD, CTX_STORE, CTX_DEL } Ctx;

static void visit_expr(ST *st, Node *e, Ctx ctx);
static void visit_stmts(ST *st, NodeList *l);

static void visit_exprs(ST *st, NodeList *l, Ctx ctx)
{
    for (int i = 0; l && i < l->n; i++) {
        if (l->items[i]) {
            visit_expr(st, l->items[i], ctx);
        }
    }
}

static void visit_opt(ST *st, Node *e)
{
    if (e) {
        visit_expr(st, e, CTX_LOAD);
    }
}

static const char *comp_desc(int kind)
{
    switch (kind) {
    case N_LISTCOMP: return "list comprehension";
    case N_SETCOMP: return "set comprehension";
    case N_DICTCOMP: return "dict comprehension";
    default: return "generator expression";
    }
}

/* The walrus target inside a comprehension binds in the nearest enclosing function (as a
 * free variable of the comprehension) or module (as an explicit global). */
static void extend_namedexpr_scope(ST *st, Node *target)
{
    const char *name = mangled(st, target->str);
    for (Scope *s = st->cur; s; s = s->parent) {
        if (s->is_comprehension) {
            Symbol *sym = spy_sym_lookup(s, name);
            if (sym && (sym->flags & DEF_COMP_ITER)) {
                ERR_AT(st, target, "assignment expression cannot rebind comprehension "
                       "iteration variable '%s'", name);
            }
            continue;
        }
        if (s->kind == SCOPE_FUNCTION) {
            Symbol *in = spy_sym_lookup(s, name);
            add_def_in(st, st->cur, name, (in && (in->flags & DEF_GLOBAL)) ? DEF_GLOBAL
                                                                            : DEF_NONLOCAL,
                       target);
            record_directive(spy_sym_lookup(st->cur, name), target);
            add_def_in(st, s, name, DEF_LOCAL, target);
            return;
        }
        if (s->kind == SCOPE_MODULE) {
            add_def_in(st, st->cur, name, DEF_GLOBAL, target);
            record_directive(spy_sym_lookup(st->cur, name), target);
            add_def_in(st, s, name, DEF_GLOBAL, target);
            return;
        }
        ERR_AT(st, target, "assignment expression within a comprehension cannot be used in "
               "a class body");
    }
}

static void visit_comprehension(ST *st, Node *e, const char *name, Node *elt, Node *value)
{
    NodeList *gens = e->list;
    Node *outer = gens->items[0];
    st->cur->comp_iter_expr++;
    visit_expr(st, outer->b, CTX_LOAD);
    st->cur->comp_iter_expr--;
    Scope *s = enter_scope(st, SCOPE_FUNCTION, e, name);
    s->is_comprehension = true;
    s->comp_kind = e->kind;
    s->is_generator = e->kind == N_GENEXP;
    add_def_in(st, s, ".0", DEF_PARAM, e);
    s->nargs = 1;
    s->comp_iter_target = true;
    visit_expr(st, outer->a, CTX_STORE);
    s->comp_iter_target = false;
    visit_exprs(st, outer->list, CTX_LOAD);
    for (int i = 1; i < gens->n; i++) {
        Node *g = gens->items[i];
        s->comp_iter_target = true;
        visit_expr(st, g->a, CTX_STORE);
        s->comp_iter_target = false;
        s->comp_iter_expr++;
        visit_expr(st, g->b, CTX_LOAD);
        s->comp_iter_expr--;
        visit_exprs(st, g->list, CTX_LOAD);
    }
    if (value) {
        visit_expr(st, value, CTX_LOAD);
    }
    visit_expr(st, elt, CTX_LOAD);
    leave_scope(st);
}

/* Defaults and annotations are evaluated in the enclosing scope. */
static void visit_defaults(ST *st, Node *args)
{
    for (int i = 0; args->list && i < args->list->n; i++) {
        visit_opt(st, args->list->items[i]->b);
    }
    for (int i = 0; args->list2 && i < args->list2->n; i++) {
        visit_opt(st, args->list2->items[i]->b);
    }
}

static void visit_annotations(ST *st, Node *args, Node *returns)
{
    for (int i = 0; args->list && i < args->list->n; i++) {
        visit_opt(st, args->list->items[i]->a);
    }
    if (args->c) {
        visit_opt(st, args->c->a);
    }
    if (args->d) {
        visit_opt(st, args->d->a);
    }
    for (int i = 0; args->list2 && i < args->list2->n; i++) {
        visit_opt(st, args->list2->items[i]->a);
    }
    visit_opt(st, returns);
}

/* Parameters in CPython's order (positional, keyword-only, *args, **kwargs), which is
 * also the frame layout and decides which duplicate is reported. */
static void visit_params(ST *st, Node *args)
{
    Scope *s = st->cur;
    for (int i = 0; args->list && i < args->list->n; i++) {
        add_def(st, args->list->items[i]->str, DEF_PARAM, args->list->items[i]);
    }
    for (int i = 0; args->list2 && i < args->list2->n; i++) {
        add_def(st, args->list2->items[i]->str, DEF_PARAM, args->list2->items[i]);
    }
    if (args->c) {
        add_def(st, args->c->str, DEF_PARAM, args->c);
        s->has_varargs = true;
    }
    if (args->d) {
        add_def(st, args->d->str, DEF_PARAM, args->d);
        s->has_varkw = true;
    }
    s->nargs = args->list ? args->list->n : 0;
    s->nposonly = (int)args->ival;
    s->nkwonly = args->list2 ? args->list2->n : 0;
}

static void visit_expr(ST *st, Node *e, Ctx ctx)
{
    if (e->kind == N_BINOP && e->a->kind == N_BINOP) {
        /* Long left-leaning chains (a + b + c + ...) are walked without recursion. */
        int n = 0;
        for (Node *x = e; x->kind == N_BINOP; x = x->a) {
            n++;
        }
        Node **spine = spy_arena_alloc(st->vm, st->a, sizeof(Node *) * (size_t)n);
        n = 0;
        for (Node *x = e; x->kind == N_BINOP; x = x->a) {
            spine[n++] = x;
        }
        visit_expr(st, spine[n - 1]->a, CTX_LOAD);
        for (int i = n - 1; i >= 0; i--) {
            visit_expr(st, spine[i]->b, CTX_LOAD);
        }
        return;
    }
    spy_enter_c(st->vm, " during compilation");
    switch (e->kind) {
    case N_NAME:
        add_def(st, e->str, ctx == CTX_LOAD ? DEF_USE : DEF_LOCAL, e);
        if (ctx == CTX_LOAD && st->cur->kind == SCOPE_FUNCTION && strcmp(e->str, "super") == 0) {
            add_def(st, "__class__", DEF_USE, e);
        }
        break;
    case N_CONST_INT: case N_CONST_BIGINT: case N_CONST_FLOAT: case N_CONST_STR:
    case N_CONST_NONE: case N_CONST_TRUE: case N_CONST_FALSE: case N_CONST_ELLIPSIS:
        break;
    case N_FSTRING:
        visit_exprs(st, e->list, CTX_LOAD);
        break;
    case N_FORMATTED:
        visit_expr(st, e->a, CTX_LOAD);
        visit_opt(st, e->b);
        break;
    case N_BINOP:
        visit_expr(st, e->a, CTX_LOAD);
        visit_expr(st, e->b, CTX_LOAD);
        break;
    case N_UNARY:
        visit_expr(st, e->a, CTX_LOAD);
        break;
    case N_BOOLOP:
        visit_exprs(st, e->list, CTX_LOAD);
        break;
    case N_COMPARE:
        visit_expr(st, e->a, CTX_LOAD);
        visit_exprs(st, e->list, CTX_LOAD);
        break;
    case N_IFEXP:
        visit_expr(st, e->a, CTX_LOAD);
        visit_expr(st, e->b, CTX_LOAD);
        visit_expr(st, e->c, CTX_LOAD);
        break;
    case N_LAMBDA: {
        visit_defaults(st, e->a);
        enter_scope(st, SCOPE_FUNCTION, e, "<lambda>")->is_lambda = true;
        visit_params(st, e->a);
        visit_expr(st, e->b, CTX_LOAD);
        leave_scope(st);
        break;
    }
    case N_NAMEDEXPR:
        if (st->cur->comp_iter_expr > 0) {
            ERR_AT(st, e, "assignment expression cannot be used in a comprehension iterable "
                   "expression");
        }
        if (st->cur->is_comprehension) {
            extend_namedexpr_scope(st, e->a);
        }
        visit_expr(st, e->b, CTX_LOAD);
        visit_expr(st, e->a, CTX_STORE);
        break;
    case N_CALL:
        visit_expr(st, e->a, CTX_LOAD);
        visit_exprs(st, e->list, CTX_LOAD);
        for (int i = 0; e->list2 && i < e->list2->n; i++) {
            visit_expr(st, e->list2->items[i]->a, CTX_LOAD);
        }
        break;
    case N_KEYWORD:
        visit_expr(st, e->a, CTX_LOAD);
        break;
    case N_ATTRIBUTE:
        visit_expr(st, e->a, CTX_LOAD);
        break;
    case N_SUBSCRIPT:
        visit_expr(st, e->a, CTX_LOAD);
        visit_expr(st, e->b, CTX_LOAD);
        break;
    case N_SLICE:
        visit_opt(st, e->a);
        visit_opt(st, e->b);
        visit_opt(st, e->c);
        break;
    case N_STARRED:
        visit_expr(st, e->a, ctx);
        break;
    case N_LIST: case N_TUPLE:
        visit_exprs(st, e->list, ctx);
        break;
    case N_SET:
        visit_exprs(st, e->list, CTX_LOAD);
        break;
    case N_DICT:
        visit_exprs(st, e->list, CTX_LOAD);
        visit_exprs(st, e->list2, CTX_LOAD);
        break;
    case N_LISTCOMP:
        visit_comprehension(st, e, "<listcomp>", e->a, NULL);
        break;
    case N_SETCOMP:
        visit_comprehension(st, e, "<setcomp>", e->a, NULL);
        break;
    case N_GENEXP:
        visit_comprehension(st, e, "<genexpr>", e->a, NULL);
        break;
    case N_DICTCOMP:
        visit_comprehension(st, e, "<dictcomp>", e->a, e->b);
        break;
    case N_YIELD: case N_YIELD_FROM: case N_AWAIT:
        if (st->cur->is_comprehension && e->kind != N_AWAIT) {
            ERR_AT(st, e, "'yield' inside %s", comp_desc(st->cur->comp_kind));
        }
        visit_opt(st, e->a);
        if (e->kind != N_AWAIT) {
            st->cur->is_generator = true;
        }
        break;
    default:
        break;
    }
    spy_leave_c(st->vm);
}

static void visit_alias(ST *st, Node *alias)
{
    const char *name = alias->str;
    if (strcmp(name, "*") == 0) {
        if (st->cur->kind != SCOPE_MODULE) {
            ERR_AT(st, alias, "import * only allowed at module level");
        }
        return;
    }
    if (alias->str2) {
        add_def(st, alias->str2, DEF_IMPORT, alias);
        return;
    }
    const char *dot = strchr(name, '.');
    if (dot) {
        name = spy_arena_strndup(st->vm, st->a, name, (size_t)(dot - name));
    }
    add_def(st, name, DEF_IMPORT, alias);
}

static void visit_global_nonlocal(ST *st, Node *s)
{
    bool global = s->kind == N_GLOBAL;
    for (int i = 0; s->list && i < s->list->n; i++) {
        const char *name = mangled(st, s->list->items[i]->str);
        Symbol *sym = spy_sym_lookup(st->cur, name);
        int cur = sym ? sym->flags : 0;
        const char *what = global ? "global" : "nonlocal";
        if (cur & DEF_PARAM) {
            ERR_AT(st, s, "name '%s' is parameter and %s", name, what);
        } else if (cur & DEF_USE) {
            ERR_AT(st, s, "name '%s' is used prior to %s declaration", name, what);
        } else if (cur & DEF_ANNOT) {
            ERR_AT(st, s, "annotated name '%s' can't be %s", name, what);
        } else if (cur & DEF_LOCAL) {
            ERR_AT(st, s, "name '%s' is assigned to before %s declaration", name, what);
        }
        add_def_in(st, st->cur, name, global ? DEF_GLOBAL : DEF_NONLOCAL, s);
        record_directive(spy_sym_lookup(st->cur, name), s);
    }
}

static void visit_stmt(ST *st, Node *s)
{
    spy_enter_c(st->vm, " during compilation");
    switch (s->kind) {
    case N_EXPR_STMT:
        visit_expr(st, s->a, CTX_LOAD);
        break;
    case N_ASSIGN:
        visit_exprs(st, s->list, CTX_STORE);
        visit_expr(st, s->a, CTX_LOAD);
        break;
    case N_AUGASSIGN:
        visit_expr(st, s->a, CTX_STORE);
        visit_expr(st, s->b, CTX_LOAD);
        break;
    case N_ANNASSIGN: {
        Node *t = s->a;
        if (t->kind == N_NAME) {
            const char *name = mangled(st, t->str);
            Symbol *sym = spy_sym_lookup(st->cur, name);
            int cur = sym ? sym->flags : 0;
            if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && st->cur != st->top && s->op) {
                ERR_AT(st, s, "annotated name '%s' can't be %s", name,
                       (cur & DEF_GLOBAL) ? "global" : "nonlocal");
            }
            if (s->op) {
                add_def_in(st, st->cur, name, DEF_ANNOT | DEF_LOCAL, t);
            } else if (s->c) {
                add_def_in(st, st->cur, name, DEF_LOCAL, t);
            }
        } else {
            visit_expr(st, t, CTX_STORE);
        }
        visit_expr(st, s->b, CTX_LOAD);
        visit_opt(st, s->c);
        break;
    }
    case N_IF:
        /* elif chains are walked iteratively (they nest in the AST). */
        for (;;) {
            visit_expr(st, s->a, CTX_LOAD);
            visit_stmts(st, s->list);
            if (s->list2 && s->list2->n == 1 && s->list2->items[0]->kind == N_IF) {
                s = s->list2->items[0];
                continue;
            }
            visit_stmts(st, s->list2);
            break;
        }
        break;
    case N_WHILE:
        visit_expr(st, s->a, CTX_LOAD);
        visit_stmts(st, s->list);
        visit_stmts(st, s->list2);
        break;
    case N_FOR:
        visit_expr(st, s->a, CTX_STORE);
        visit_expr(st, s->b, CTX_LOAD);
        visit_stmts(st, s->list);
        visit_stmts(st, s->list2);
        break;
    case N_RETURN:
        visit_opt(st, s->a);
        break;
    case N_DEL:
        visit_exprs(st, s->list, CTX_DEL);
        break;
    case N_GLOBAL: case N_NONLOCAL:
        visit_global_nonlocal(st, s);
        break;
    case N_ASSERT:
        visit_expr(st, s->a, CTX_LOAD);
        visit_opt(st, s->b);
        break;
    case N_RAISE:
        visit_opt(st, s->a);
        visit_opt(st, s->b);
        break;
    case N_TRY:
        visit_stmts(st, s->list);
        visit_stmts(st, s->list3);
        for (int i = 0; s->list2 && i < s->list2->n; i++) {
            Node *h = s->list2->items[i];
            visit_opt(st, h->a);
            if (h->str) {
                add_def(st, h->str, DEF_LOCAL, h);
            }
            visit_stmts(st, h->list);
        }
        visit_stmts(st, s->list4);
        break;
    case N_FUNCDEF: {
        add_def(st, s->str, DEF_LOCAL, s);
        visit_defaults(st, s->a);
        visit_annotations(st, s->a, s->b);
        visit_exprs(st, s->list2, CTX_LOAD);
        enter_scope(st, SCOPE_FUNCTION, s, s->str);
        visit_params(st, s->a);
        visit_stmts(st, s->list);
        leave_scope(st);
        break;
    }
    case N_CLASSDEF:
        add_def(st, s->str, DEF_LOCAL, s);
        visit_exprs(st, s->list, CTX_LOAD);
        for (int i = 0; s->list2 && i < s->list2->n; i++) {
            visit_expr(st, s->list2->items[i]->a, CTX_LOAD);
        }
        visit_exprs(st, s->list4, CTX_LOAD);
        enter_scope(st, SCOPE_CLASS, s, s->str);
        visit_stmts(st, s->list3);
        leave_scope(st);
        break;
    case N_IMPORT: case N_IMPORTFROM:
        for (int i = 0; s->list && i < s->list->n; i++) {
            visit_alias(st, s->list->items[i]);
        }
        break;
    case N_WITH:
        for (int i = 0; s->list && i < s->list->n; i++) {
            Node *item = s->list->items[i];
            visit_expr(st, item->a, CTX_LOAD);
            if (item->b) {
                visit_expr(st, item->b, CTX_STORE);
            }
        }
        visit_stmts(st, s->list2);
        break;
    default:
        break;
    }
    spy_leave_c(st->vm);
}

static void visit_stmts(ST *st, NodeList *l)
{
    for (int i = 0; l && i < l->n; i++) {
        visit_stmt(st, l->items[i]);
    }
}

/* ================================================================ pass 2: analysis */

#define DIRECTIVE_ERR(st, sym, ...) \
    st_error((st), (sym)->dline, (sym)->dcol, (sym)->dend_line, (sym)->dend_col, \
             __VA_ARGS__)

static void analyze_name(ST *st, Scope *s, Symbol *sym, NameSet *bound, NameSet *local,
                         NameSet *free, NameSet *global)
{
    int flags = sym->flags;
    const char *name = sym->name;
    uint32_t h = sym->hash;
    if (flags & DEF_GLOBAL) {
        if (flags & DEF_NONLOCAL) {
            DIRECTIVE_ERR(st, sym, "name '%s' is nonlocal and global", name);
        }
        sym->scope = SC_GLOBAL_EXPLICIT;
        set_add(st, global, name, h);
        if (bound) {
            set_discard(st, bound, name, h);
        }
        return;
    }
    if (flags & DEF_NONLOCAL) {
        if (!bound) {
            DIRECTIVE_ERR(st, sym, "nonlocal declaration not allowed at module level");
        }
        if (!set_has(bound, name, h)) {
            DIRECTIVE_ERR(st, sym, "no binding for nonlocal '%s' found", name);
        }
        sym->scope = SC_FREE;
        set_add(st, free, name, h);
        return;
    }
    if (flags & DEF_BOUND) {
        sym->scope = SC_LOCAL;
        set_add(st, local, name, h);
        set_discard(st, global, name, h);
        return;
    }
    if (bound && set_has(bound, name, h)) {
        sym->scope = SC_FREE;
        set_add(st, free, name, h);
        return;
    }
    sym->scope = SC_GLOBAL_IMPLICIT;
}

/* `bound`: names bound in enclosing function scopes (NULL at module level); `global`:
 * names declared global around; `free` receives this scope's free names. */
static void analyze_block(ST *st, Scope *s, NameSet *bound, NameSet *free, NameSet *global)
{
    NameSet local = {0}, newbound = {0}, newglobal = {0}, newfree = {0};
    set_init(st, &local, 8);
    set_init(st, &newbound, 8);
    set_init(st, &newfree, 8);
    set_copy(st, &newglobal, NULL);
    spy_enter_c(st->vm, " during compilation");
    if (s->kind == SCOPE_CLASS) {
        /* Class names are invisible to nested functions: pass down what came in. */
        set_union(st, &newglobal, global);
        set_union(st, &newbound, bound);
    }
    for (int i = 0; i < s->nsyms; i++) {
        analyze_name(st, s, &s->syms[i], bound, &local, free, global);
    }
    if (s->kind != SCOPE_CLASS) {
        if (s->kind == SCOPE_FUNCTION) {
            set_union(st, &newbound, &local);
        }
        set_union(st, &newbound, bound);
        set_union(st, &newglobal, global);
    } else {
        set_add(st, &newbound, "__class__", hash_name("__class__"));
    }
    for (int i = 0; i < s->nchildren; i++) {
        NameSet cb, cg, cf = {0};
        set_copy(st, &cb, &newbound);
        set_copy(st, &cg, &newglobal);
        set_init(st, &cf, 8);
        analyze_block(st, s->children[i], &cb, &cf, &cg);
        set_union(st, &newfree, &cf);
    }
    if (s->kind == SCOPE_FUNCTION) {
        /* Locals captured by children become cells. */
        for (int i = 0; i < s->nsyms; i++) {
            Symbol *sym = &s->syms[i];
            if (sym->scope == SC_LOCAL && set_has(&newfree, sym->name, sym->hash)) {
                sym->scope = SC_CELL;
                set_discard(st, &newfree, sym->name, sym->hash);
            }
        }
    } else if (s->kind == SCOPE_CLASS) {
        uint32_t h = hash_name("__class__");
        if (set_has(&newfree, "__class__", h)) {
            set_discard(st, &newfree, "__class__", h);
            s->needs_class_closure = true;
            /* The implicit cell that methods' __class__ (and super()) refer to. */
            Symbol *cs = sym_get(st, s, "__class__");
            cs->scope = SC_CELL;
        }
    }
    /* Free names of children not resolved here pass through as free in this scope. */
    for (int i = 0; newfree.names && i <= newfree.mask; i++) {
        const char *name = newfree.names[i];
        if (!name) {
            continue;
        }
        Symbol *sym = spy_sym_lookup(s, name);
        if (sym) {
            if (s->kind == SCOPE_CLASS && (sym->flags & (DEF_BOUND | DEF_GLOBAL))) {
                sym->flags |= DEF_FREE_CLASS;
            }
            continue;
        }
        if (bound && !set_has(bound, name, newfree.hashes[i])) {
            continue;
        }
        sym = sym_get(st, s, name);
        sym->scope = SC_FREE;
    }
    set_union(st, free, &newfree);
    spy_leave_c(st->vm);
}

/* ================================================================ pass 3: frame layout */

static int cmp_syms(const void *x, const void *y)
{
    return strcmp((*(Symbol *const *)x)->name, (*(Symbol *const *)y)->name);
}

/* A class body has no fast locals (its names live in the namespace dict): only the
 * implicit __class__ cell, and free variables, which are those it reads from enclosing
 * functions plus those its methods need passed through (DEF_FREE_CLASS: also bound in the
 * class body itself, where they are accessed by name). */
static void layout_class(ST *st, Scope *s)
{
    s->slots = spy_arena_alloc(st->vm, st->a, sizeof(Symbol *) * (size_t)(s->nsyms + 1));
    int n = 0;
    for (int i = 0; i < s->nsyms; i++) {
        if (s->syms[i].scope == SC_CELL) {
            s->slots[n++] = &s->syms[i];
        }
    }
    s->nlocals = 0;
    s->ncells = n;
    int first = n;
    for (int i = 0; i < s->nsyms; i++) {
        Symbol *sym = &s->syms[i];
        if (sym->scope == SC_FREE || (sym->scope != SC_CELL && (sym->flags & DEF_FREE_CLASS))) {
            s->slots[n++] = sym;
        }
    }
    qsort(s->slots + first, (size_t)(n - first), sizeof(Symbol *), cmp_syms);
    s->nfree = n - first;
    for (int i = 0; i < n; i++) {
        s->slots[i]->slot = i;
    }
}

static void layout(ST *st, Scope *s)
{
    for (int i = 0; i < s->nchildren; i++) {
        layout(st, s->children[i]);
    }
    if (s->kind == SCOPE_CLASS) {
        layout_class(st, s);
        return;
    }
    if (s->kind != SCOPE_FUNCTION) {
        return;   /* modules have no slots */
    }
    int total = 0;
    for (int i = 0; i < s->nsyms; i++) {
        Symbol *sym = &s->syms[i];
        if (sym->scope == SC_LOCAL || sym->scope == SC_CELL || sym->scope == SC_FREE) {
            total++;
        }
    }
    s->slots = spy_arena_alloc(st->vm, st->a, sizeof(Symbol *) * (size_t)(total + 1));
    /* Parameters first, in definition order (the symbol order of their DEF_PARAM), which is
     * the insertion order because parameters are the first names added to the scope. */
    int n = 0;
    for (int i = 0; i < s->nsyms; i++) {
        if (s->syms[i].flags & DEF_PARAM) {
            s->syms[i].slot = n;
            s->slots[n++] = &s->syms[i];
        }
    }
    for (int i = 0; i < s->nsyms; i++) {
        Symbol *sym = &s->syms[i];
        if (!(sym->flags & DEF_PARAM) && sym->scope == SC_LOCAL) {
            sym->slot = n;
            s->slots[n++] = sym;
        }
    }
    s->nlocals = n;
    int first = n;
    for (int i = 0; i < s->nsyms; i++) {
        Symbol *sym = &s->syms[i];
        if (!(sym->flags & DEF_PARAM) && sym->scope == SC_CELL) {
            s->slots[n++] = sym;
        }
    }
    qsort(s->slots + first, (size_t)(n - first), sizeof(Symbol *), cmp_syms);
    s->ncells = n - first;
    first = n;
    for (int i = 0; i < s->nsyms; i++) {
        Symbol *sym = &s->syms[i];
        if (sym->scope == SC_FREE) {
            s->slots[n++] = sym;
        }
    }
    qsort(s->slots + first, (size_t)(n - first), sizeof(Symbol *), cmp_syms);
    s->nfree = n - first;
    for (int i = s->nlocals; i < n; i++) {
        s->slots[i]->slot = i;
    }
}

/* ================================================================ entry point */

SymTable *spy_sym_build(VM *vm, Arena *a, Node *mod, const char *src, size_t len,
                        const char *filename)
{
    ST st;
    memset(&st, 0, sizeof st);
    st.vm = vm;
    st.a = a;
    st.src = src;
    st.len = len;
    st.filename = filename;
    st.map = spy_arena_alloc(vm, a, sizeof(NodeScopeMap));
    st.map->mask = 15;
    st.map->keys = spy_arena_alloc(vm, a, sizeof(Node *) * 16);
    st.map->vals = spy_arena_alloc(vm, a, sizeof(Scope *) * 16);
    st.top = enter_scope(&st, SCOPE_MODULE, mod, "<module>");
    if (mod->kind == N_EXPRESSION) {
        visit_expr(&st, mod->a, CTX_LOAD);
    } else {
        visit_stmts(&st, mod->list);
    }
    NameSet free = {0}, global = {0};
    set_init(&st, &free, 8);
    set_init(&st, &global, 8);
    analyze_block(&st, st.top, NULL, &free, &global);
    layout(&st, st.top);
    SymTable *symt = spy_arena_alloc(vm, a, sizeof(SymTable));
    symt->top = st.top;
    symt->map = st.map;
    return symt;
}
