/* ast.c: AST constructors, the builders the lemon grammar calls (grammar.y), and the
 * S-expression dump used by the tests.
 *
 * Positions follow CPython's ast module: a node built from sub-expressions spans their
 * extents INCLUDING enclosing parentheses (Node.pline..pend_col), while a parenthesized
 * expression itself keeps its inner position.  Validation that CPython does with its
 * "invalid_" grammar rules (targets, parameters, call arguments) lives here; errors are
 * recorded in the Parser (parser.c) and never thrown from inside lemon.
 * Recursion here (target checks, the dump) follows nesting that needs parentheses or
 * brackets, which the lemon stack bounds; the dump bounds its own depth. */
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "parser.h"

/* ================================================================ constructors */

Node *spy_ast_node(VM *vm, Arena *a, NodeKind kind, int line, int col, int end_line,
                   int end_col)
{
    Node *n = spy_arena_alloc(vm, a, sizeof(Node));
    n->kind = (uint16_t)kind;
    n->line = n->pline = line;
    n->col = n->pcol = col;
    n->end_line = n->pend_line = end_line;
    n->end_col = n->pend_col = end_col;
    return n;
}

NodeList *spy_ast_list(VM *vm, Arena *a)
{
    return spy_arena_alloc(vm, a, sizeof(NodeList));
}

void spy_ast_push(VM *vm, Arena *a, NodeList *l, Node *n)
{
    if (l->n == l->cap) {
        if (l->cap > INT_MAX / 4) {
            spy_raise(vm, EXC(vm, MemoryError), "");
        }
        int ncap = l->cap ? l->cap * 2 : 4;
        l->items = spy_arena_grow(vm, a, l->items, (size_t)l->cap * sizeof(Node *),
                                  (size_t)ncap * sizeof(Node *));
        l->cap = ncap;
    }
    l->items[l->n++] = n;
}

NodeList *spy_ast_list1(Parser *p, Node *n)
{
    NodeList *l = spy_ast_list(p->vm, p->arena);
    spy_ast_push(p->vm, p->arena, l, n);
    return l;
}

NodeList *spy_ast_pair(Parser *p, Node *a, Node *b)
{
    NodeList *l = spy_ast_list1(p, a);
    spy_ast_push(p->vm, p->arena, l, b);
    return l;
}

void spy_ast_extend(Parser *p, NodeList *dst, NodeList *src)
{
    for (int i = 0; i < src->n; i++) {
        spy_ast_push(p->vm, p->arena, dst, src->items[i]);
    }
}

static NodeList *empty(Parser *p)
{
    return spy_ast_list(p->vm, p->arena);
}

static int is_expr_kind(int k)
{
    return k >= N_NAME && k < N_ARGUMENTS && k != N_KEYWORD && k != N_COMPREHENSION;
}

/* The last element of a comprehension list: the last condition, else the iterable. */
static Node *last_comp_item_of(NodeList *gens)
{
    Node *c = gens->items[gens->n - 1];
    if (c->list && c->list->n > 0) {
        return c->list->items[c->list->n - 1];
    }
    return c->b;
}

static Node *last_comp_item(Node *genexp)
{
    return last_comp_item_of(genexp->list);
}

static Node *mk(Parser *p, NodeKind kind, int line, int col, int end_line, int end_col)
{
    Node *n = spy_ast_node(p->vm, p->arena, kind, line, col, end_line, end_col);
    if (is_expr_kind(kind)) {
        p->last_expr = n;
    }
    return n;
}

/* From the (outer) start of `a` to the (outer) end of `b`. */
static Node *mk_nn(Parser *p, NodeKind kind, const Node *a, const Node *b)
{
    return mk(p, kind, a->pline, a->pcol, b->pend_line, b->pend_col);
}

static Node *mk_tn(Parser *p, NodeKind kind, const Token *t, const Node *b)
{
    return mk(p, kind, t->line, t->col, b->pend_line, b->pend_col);
}

static Node *mk_tt(Parser *p, NodeKind kind, const Token *a, const Token *b)
{
    return mk(p, kind, a->line, a->col, b->end_line, b->end_col);
}

static Node *mk_nt(Parser *p, NodeKind kind, const Node *a, const Token *b)
{
    return mk(p, kind, a->pline, a->pcol, b->end_line, b->end_col);
}

static void set_end(Node *n, int end_line, int end_col)
{
    n->end_line = n->pend_line = end_line;
    n->end_col = n->pend_col = end_col;
}

static void end_at_node(Node *n, const Node *last)
{
    set_end(n, last->pend_line, last->pend_col);
}

static void end_at_list(Node *n, const NodeList *l)
{
    if (l && l->n > 0) {
        end_at_node(n, l->items[l->n - 1]);
    }
}

static void end_at_block(Node *n, const Block *b)
{
    if (b && b->list && b->list->n > 0) {
        set_end(n, b->end_line, b->end_col);
    }
}

static NodeList *block_list(Parser *p, const Block *b)
{
    return b && b->list ? b->list : spy_ast_list(p->vm, p->arena);
}

Block spy_ast_block_new(Parser *p)
{
    Block b;
    b.list = spy_ast_list(p->vm, p->arena);
    b.end_line = b.end_col = 0;
    return b;
}

Block spy_ast_block_of(Parser *p, NodeList *stmts, const Token *semi)
{
    Block b;
    b.list = stmts;
    if (semi) {
        b.end_line = semi->end_line;
        b.end_col = semi->end_col;
    } else {
        Node *last = stmts->items[stmts->n - 1];
        b.end_line = last->pend_line;
        b.end_col = last->pend_col;
    }
    return b;
}

void spy_ast_block_extend(Parser *p, Block *b, const Block *more)
{
    spy_ast_extend(p, b->list, more->list);
    b->end_line = more->end_line;
    b->end_col = more->end_col;
}

void spy_ast_block_push(Parser *p, Block *b, Node *stmt)
{
    spy_ast_push(p->vm, p->arena, b->list, stmt);
    if (stmt) {
        b->end_line = stmt->end_line;
        b->end_col = stmt->end_col;
    }
}

static const char *tok_str(Parser *p, const Token *t)
{
    return spy_arena_strndup(p->vm, p->arena, t->sval ? t->sval : t->start,
                             t->sval ? t->slen : t->len);
}

Node *spy_ast_span(Parser *p, NodeKind kind, int line, int col, int end_line, int end_col)
{
    return mk(p, kind, line, col, end_line, end_col);
}

Node *spy_ast_tok(Parser *p, NodeKind kind, const Token *t)
{
    return mk_tt(p, kind, t, t);
}

Node *spy_ast_name(Parser *p, const Token *t)
{
    Node *n = mk_tt(p, N_NAME, t, t);
    n->str = tok_str(p, t);
    return n;
}

Node *spy_ast_number(Parser *p, const Token *t)
{
    Node *n;
    if (t->type == T_IMAG) {
        spy_parser_error(p, t->line, t->col, t->end_line, t->end_col,
                         "complex numbers are not supported");
        return mk_tt(p, N_CONST_INT, t, t);
    }
    if (t->type == T_FLOAT) {
        n = mk_tt(p, N_CONST_FLOAT, t, t);
        n->fval = t->fval;
    } else if (t->flags & TF_BIG) {
        n = mk_tt(p, N_CONST_BIGINT, t, t);
        n->str = spy_arena_strndup(p->vm, p->arena, t->sval, t->slen);
        n->slen = t->slen;
    } else {
        n = mk_tt(p, N_CONST_INT, t, t);
        n->ival = t->ival;
    }
    return n;
}

void spy_ast_module(Parser *p, NodeList *body)
{
    Node *m = spy_ast_node(p->vm, p->arena, N_MODULE, 0, 0, 0, 0);
    m->list = body;
    p->result = m;
}

void spy_ast_eval(Parser *p, Node *e)
{
    Node *m = spy_ast_node(p->vm, p->arena, N_EXPRESSION, 0, 0, 0, 0);
    m->a = e;
    p->result = m;
}

/* ================================================================ names for messages */

/* CPython's _PyPegen_get_expr_name. */
static const char *expr_name(const Node *e)
{
    switch (e->kind) {
    case N_ATTRIBUTE: return "attribute";
    case N_SUBSCRIPT: return "subscript";
    case N_STARRED: return "starred";
    case N_NAME: return "name";
    case N_LIST: return "list";
    case N_TUPLE: return "tuple";
    case N_LAMBDA: return "lambda";
    case N_CALL: return "function call";
    case N_BOOLOP: case N_BINOP: case N_UNARY: return "expression";
    case N_GENEXP: return "generator expression";
    case N_YIELD: case N_YIELD_FROM: return "yield expression";
    case N_AWAIT: return "await expression";
    case N_LISTCOMP: return "list comprehension";
    case N_SETCOMP: return "set comprehension";
    case N_DICTCOMP: return "dict comprehension";
    case N_DICT: return "dict literal";
    case N_SET: return "set display";
    case N_FSTRING: case N_FORMATTED: return "f-string expression";
    case N_CONST_NONE: return "None";
    case N_CONST_TRUE: return "True";
    case N_CONST_FALSE: return "False";
    case N_CONST_ELLIPSIS: return "ellipsis";
    case N_COMPARE: return "comparison";
    case N_IFEXP: return "conditional expression";
    case N_NAMEDEXPR: return "named expression";
    default: return "literal";
    }
}

const char *spy_ast_expr_name(const Node *e)
{
    return expr_name(e);
}

/* ================================================================ targets */

/* CPython's _PyPegen_get_invalid_target: the first sub-expression that cannot be
 * assigned to (or deleted), or NULL. */
Node *spy_ast_invalid_target(Node *e, int type)
{
    switch (e->kind) {
    case N_LIST:
    case N_TUPLE:
        for (int i = 0; e->list && i < e->list->n; i++) {
            Node *r = spy_ast_invalid_target(e->list->items[i], type);
            if (r) {
                return r;
            }
        }
        return NULL;
    case N_STARRED:
        if (type == TG_DEL) {
            return e;
        }
        return spy_ast_invalid_target(e->a, type);
    case N_COMPARE:
        if (type == TG_FOR) {
            if (e->ops[0] == CMPX_IN) {
                return spy_ast_invalid_target(e->a, type);
            }
            return NULL;
        }
        return e;
    case N_NAME:
    case N_SUBSCRIPT:
    case N_ATTRIBUTE:
        return NULL;
    default:
        return e;
    }
}

/* Errors CPython's compiler reports for store targets: starred placement, and
 * assignments to __debug__.  Deferred: they come after every syntax error. */
static void check_store(Parser *p, Node *e, int in_seq)
{
    switch (e->kind) {
    case N_STARRED:
        if (!in_seq) {
            spy_parser_deferred(p, e, "starred assignment target must be in a list or tuple");
        }
        check_store(p, e->a, 0);
        break;
    case N_LIST:
    case N_TUPLE: {
        int nstar = 0;
        for (int i = 0; i < e->list->n; i++) {
            if (e->list->items[i]->kind == N_STARRED) {
                nstar++;
            }
        }
        if (nstar > 1) {
            spy_parser_deferred(p, e, "multiple starred expressions in assignment");
        }
        for (int i = 0; i < e->list->n; i++) {
            check_store(p, e->list->items[i], 1);
        }
        break;
    }
    case N_NAME:
        if (strcmp(e->str, "__debug__") == 0) {
            spy_parser_deferred(p, e, "cannot assign to __debug__");
        }
        break;
    default:
        break;
    }
}

/* A value position where a bare `*x` is a compile error. */
static void check_value(Parser *p, Node *e)
{
    if (e && e->kind == N_STARRED && e->parens == 0) {
        spy_parser_deferred(p, e, "can't use starred expression here");
    }
}

static void target_error(Parser *p, Node *bad, int type)
{
    if (type == TG_DEL) {
        spy_parser_error_at(p, bad, "cannot delete %s", expr_name(bad));
    } else {
        spy_parser_error_at(p, bad, "cannot assign to %s", expr_name(bad));
    }
}

/* Checks a for / comprehension / with target. */
static void check_target(Parser *p, Node *t)
{
    Node *bad = spy_ast_invalid_target(t, TG_FOR);
    if (bad) {
        target_error(p, bad, TG_FOR);
    } else {
        check_store(p, t, 0);
    }
}

/* ================================================================ statements */

Node *spy_ast_exprstmt(Parser *p, Node *e)
{
    check_value(p, e);
    Node *n = mk_nn(p, N_EXPR_STMT, e, e);
    n->a = e;
    return n;
}

/* One target group of an assignment (`t =`): remembers the first invalid one; the error
 * is raised by spy_parser_resolve_targets once CPython's choice of message is known. */
static void note_group(Parser *p, Node *t)
{
    if (p->asg_bad || p->asg_yield) {
        return;
    }
    if (t->kind == N_YIELD || t->kind == N_YIELD_FROM) {
        if (t->parens == 0) {
            p->asg_yield = t;
            return;
        }
    }
    Node *bad = spy_ast_invalid_target(t, TG_STAR);
    if (bad) {
        p->asg_bad = bad;
    } else {
        check_store(p, t, 0);
    }
}

NodeList *spy_ast_targets_first(Parser *p, Node *t)
{
    p->asg_first = t;
    p->asg_rhs = p->pos;
    p->asg_bad = p->asg_yield = NULL;
    note_group(p, t);
    return spy_ast_list1(p, t);
}

void spy_ast_targets_more(Parser *p, NodeList *l, Node *t)
{
    note_group(p, t);
    /* The first group's right-hand side is complete: CPython's message is decidable. */
    if (p->asg_bad || p->asg_yield) {
        spy_parser_resolve_targets(p);
    }
    spy_ast_push(p->vm, p->arena, l, t);
}

Node *spy_ast_assign(Parser *p, NodeList *targets, Node *value)
{
    if (p->asg_bad || p->asg_yield) {
        spy_parser_resolve_targets(p);
    }
    p->asg_first = NULL;
    check_value(p, value);
    Node *n = mk_nn(p, N_ASSIGN, targets->items[0], value);
    n->list = targets;
    n->a = value;
    return n;
}

Node *spy_ast_aughead(Parser *p, Node *target, int op)
{
    switch (target->kind) {
    case N_NAME:
        check_store(p, target, 0);
        break;
    case N_ATTRIBUTE:
    case N_SUBSCRIPT:
        break;
    default:
        spy_parser_error_at(p, target, "'%s' is an illegal expression for augmented assignment",
                            expr_name(target));
        break;
    }
    Node *n = mk_nn(p, N_AUGASSIGN, target, target);
    n->a = target;
    n->op = (int16_t)op;
    return n;
}

Node *spy_ast_augassign(Parser *p, Node *head, Node *value)
{
    check_value(p, value);
    head->b = value;
    end_at_node(head, value);
    return head;
}

Node *spy_ast_annhead(Parser *p, Node *target, Node *ann)
{
    int simple = 0;
    if (target->kind == N_TUPLE && target->parens == 0) {
        spy_parser_error_at(p, target->list->items[0],
                            "only single target (not tuple) can be annotated");
    } else if (target->kind == N_TUPLE || target->kind == N_LIST) {
        spy_parser_error_at(p, target, "only single target (not %s) can be annotated",
                            expr_name(target));
    } else if (target->kind == N_NAME) {
        simple = target->parens == 0;
        check_store(p, target, 0);
    } else if (target->kind != N_ATTRIBUTE && target->kind != N_SUBSCRIPT) {
        spy_parser_error_at(p, target, "illegal target for annotation");
    }
    Node *n = mk_nn(p, N_ANNASSIGN, target, ann);
    n->a = target;
    n->b = ann;
    n->op = (int16_t)simple;
    return n;
}

Node *spy_ast_annassign(Parser *p, Node *head, Node *value)
{
    if (value) {
        check_value(p, value);
        head->c = value;
        end_at_node(head, value);
    }
    return head;
}

Node *spy_ast_del(Parser *p, const Token *kw, Node *targets)
{
    Node *n = mk_tn(p, N_DEL, kw, targets);
    if (targets->kind == N_TUPLE && targets->parens == 0) {
        n->list = targets->list;
    } else {
        n->list = spy_ast_list1(p, targets);
    }
    for (int i = 0; i < n->list->n; i++) {
        Node *bad = spy_ast_invalid_target(n->list->items[i], TG_DEL);
        if (bad) {
            target_error(p, bad, TG_DEL);
            break;
        }
    }
    return n;
}

Node *spy_ast_kw1(Parser *p, NodeKind kind, const Token *kw, Node *a, Node *b)
{
    Node *last = b ? b : a;
    Node *n = last ? mk_tn(p, kind, kw, last) : mk_tt(p, kind, kw, kw);
    n->a = a;
    n->b = b;
    if (kind == N_RETURN) {
        check_value(p, a);
    }
    return n;
}

Node *spy_ast_names_stmt(Parser *p, NodeKind kind, const Token *kw, NodeList *names)
{
    Node *n = mk_tn(p, kind, kw, names->items[names->n - 1]);
    n->list = names;
    return n;
}

/* "a.b.c" from the N_NAME parts of a dotted name. */
static const char *join_dotted(Parser *p, NodeList *parts)
{
    size_t len = 0;
    for (int i = 0; i < parts->n; i++) {
        len += strlen(parts->items[i]->str) + 1;
    }
    char *s = spy_arena_alloc(p->vm, p->arena, len + 1);
    size_t k = 0;
    for (int i = 0; i < parts->n; i++) {
        size_t l = strlen(parts->items[i]->str);
        if (i > 0) {
            s[k++] = '.';
        }
        memcpy(s + k, parts->items[i]->str, l);
        k += l;
    }
    s[k] = 0;
    return s;
}

Node *spy_ast_import(Parser *p, const Token *kw, NodeList *aliases)
{
    Node *n = mk_tn(p, N_IMPORT, kw, aliases->items[aliases->n - 1]);
    n->list = aliases;
    return n;
}

Node *spy_ast_dotted_alias(Parser *p, NodeList *dotted, const Token *asname)
{
    Node *first = dotted->items[0];
    Node *n = asname ? mk_nt(p, N_ALIAS, first, asname)
                     : mk_nn(p, N_ALIAS, first, dotted->items[dotted->n - 1]);
    n->str = join_dotted(p, dotted);
    n->str2 = asname ? tok_str(p, asname) : NULL;
    return n;
}

Node *spy_ast_alias(Parser *p, const Token *name, const Token *asname)
{
    Node *n = mk_tt(p, N_ALIAS, name, asname ? asname : name);
    n->str = tok_str(p, name);
    n->str2 = asname ? tok_str(p, asname) : NULL;
    return n;
}

Node *spy_ast_star_alias(Parser *p, const Token *star)
{
    Node *n = mk_tt(p, N_ALIAS, star, star);
    n->str = "*";
    return n;
}

FromMod spy_ast_from_module(int level, NodeList *names)
{
    FromMod m;
    memset(&m, 0, sizeof m);
    m.level = level;
    m.names = names;
    return m;
}

ImpTargets spy_ast_import_targets(Parser *p, NodeList *aliases, const Token *end)
{
    ImpTargets t;
    t.aliases = aliases;
    if (end) {
        t.end_line = end->end_line;
        t.end_col = end->end_col;
    } else {
        t.end_line = aliases->items[aliases->n - 1]->end_line;
        t.end_col = aliases->items[aliases->n - 1]->end_col;
    }
    return t;
}

/* `from m import a,` (CPython reports it at the token after the comma) */
ImpTargets spy_ast_import_trailing_comma(Parser *p, NodeList *aliases, const Token *next)
{
    spy_parser_error(p, next->line, next->col, next->line, next->col,
                     "trailing comma not allowed without surrounding parentheses");
    return spy_ast_import_targets(p, aliases, NULL);
}

void spy_ast_push_name(Parser *p, NodeList *l, const Token *name)
{
    spy_ast_push(p->vm, p->arena, l, spy_ast_name(p, name));
}

Node *spy_ast_importfrom(Parser *p, const Token *kw, FromMod *m, ImpTargets *t)
{
    Node *n = mk(p, N_IMPORTFROM, kw->line, kw->col, t->end_line, t->end_col);
    n->str = m->names ? join_dotted(p, m->names) : NULL;
    n->ival = m->level;
    n->list = t->aliases;
    return n;
}

Node *spy_ast_block_stmt(Parser *p, NodeKind kind, const Token *kw, Node *test,
                         const Block *body, const Block *orelse)
{
    Node *n = mk_tt(p, kind, kw, kw);
    n->a = test;
    n->list = block_list(p, body);
    n->list2 = block_list(p, orelse);
    end_at_block(n, body);
    end_at_block(n, orelse);
    return n;
}

IfChain spy_ast_if_start(Parser *p, const Token *kw, Node *test, const Block *body)
{
    IfChain c;
    c.head = c.tail = spy_ast_block_stmt(p, N_IF, kw, test, body, NULL);
    return c;
}

void spy_ast_if_elif(Parser *p, IfChain *c, const Token *kw, Node *test, const Block *body)
{
    Node *n = spy_ast_block_stmt(p, N_IF, kw, test, body, NULL);
    spy_ast_push(p->vm, p->arena, c->tail->list2, n);
    c->tail = n;
}

Node *spy_ast_if_end(Parser *p, IfChain *c, const Block *orelse)
{
    if (orelse) {
        c->tail->list2 = orelse->list;
        end_at_block(c->tail, orelse);
    }
    /* Every if of an elif chain ends where the chain ends. */
    for (Node *n = c->head; n != c->tail; n = n->list2->items[0]) {
        set_end(n, c->tail->end_line, c->tail->end_col);
    }
    return c->head;
}

Node *spy_ast_for_target(Parser *p, const Token *kw, Node *target)
{
    check_target(p, target);
    Node *n = mk_tn(p, N_FOR, kw, target);
    n->a = target;
    return n;
}

Node *spy_ast_for(Parser *p, Node *head, Node *iter, const Block *body, const Block *orelse)
{
    check_value(p, iter);
    head->b = iter;
    head->list = block_list(p, body);
    head->list2 = block_list(p, orelse);
    end_at_block(head, body);
    end_at_block(head, orelse);
    return head;
}

Node *spy_ast_try(Parser *p, const Token *kw, const Block *body, NodeList *handlers,
                  const Block *orelse, const Block *final)
{
    Node *n = mk_tt(p, N_TRY, kw, kw);
    n->list = block_list(p, body);
    n->list2 = handlers ? handlers : empty(p);
    n->list3 = block_list(p, orelse);
    n->list4 = block_list(p, final);
    end_at_block(n, body);
    end_at_list(n, handlers);
    end_at_block(n, orelse);
    end_at_block(n, final);
    return n;
}

Node *spy_ast_handler(Parser *p, const Token *kw, Node *type, const Token *name,
                      const Block *body)
{
    Node *n = mk_tt(p, N_HANDLER, kw, kw);
    n->a = type;
    n->str = name ? tok_str(p, name) : NULL;
    n->list = block_list(p, body);
    end_at_block(n, body);
    return n;
}

Node *spy_ast_with(Parser *p, const Token *kw, NodeList *items, const Block *body)
{
    Node *n = mk_tt(p, N_WITH, kw, kw);
    n->list = items;
    n->list2 = block_list(p, body);
    end_at_block(n, body);
    return n;
}

Node *spy_ast_withitem(Parser *p, Node *e, Node *target, int next)
{
    /* CPython checks the target only when ',', ')' or ':' follows; else the syntax error
     * at that token comes first. */
    if (target && (next == spy_parser_tk(T_COMMA) || next == spy_parser_tk(T_RPAR) ||
                   next == spy_parser_tk(T_COLON))) {
        check_target(p, target);
    }
    Node *n = spy_ast_node(p->vm, p->arena, N_WITHITEM, 0, 0, 0, 0);
    n->a = e;
    n->b = target;
    return n;
}

Node *spy_ast_unsupported(Parser *p, const Token *a, const Token *b, const char *what)
{
    spy_parser_error(p, a->line, a->col, b->end_line, b->end_col, "%s", what);
    Node *n = mk_tt(p, N_HANDLER, a, b);
    n->list = empty(p);
    return n;
}

/* ================================================================ parameters */

PList *spy_ast_params_new(Parser *p)
{
    return spy_arena_alloc(p->vm, p->arena, sizeof(PList));
}

void spy_ast_params_add(Parser *p, PList *l, PItem it)
{
    if (l->n == l->cap) {
        if (l->cap > INT_MAX / 4) {
            spy_raise(p->vm, EXC(p->vm, MemoryError), "");
        }
        int ncap = l->cap ? l->cap * 2 : 4;
        l->items = spy_arena_grow(p->vm, p->arena, l->items, (size_t)l->cap * sizeof(PItem),
                                  (size_t)ncap * sizeof(PItem));
        l->cap = ncap;
    }
    l->items[l->n++] = it;
}

PItem spy_ast_param(Parser *p, int kind, const Token *star, const Token *name, Node *ann,
                    Node *def)
{
    PItem it;
    memset(&it, 0, sizeof it);
    it.kind = kind;
    if (name) {
        Node *a = ann ? mk_tn(p, N_ARG, name, ann) : mk_tt(p, N_ARG, name, name);
        a->str = tok_str(p, name);
        a->a = ann;
        a->b = def;
        it.arg = a;
    }
    const Token *t = star ? star : name;
    it.line = t->line;
    it.col = t->col;
    it.end_line = t->end_line;
    it.end_col = t->end_col;
    return it;
}

void spy_ast_param_bad_default(Parser *p, int kind, const Token *eq)
{
    spy_parser_error(p, eq->line, eq->col, eq->end_line, eq->end_col,
                     kind == PI_VARARG ? "var-positional argument cannot have default value"
                                       : "var-keyword argument cannot have default value");
}

static void item_error(Parser *p, const PItem *it, const char *msg)
{
    if (it->kind == PI_ARG) {
        spy_parser_error_at(p, it->arg, "%s", msg);
    } else {
        spy_parser_error(p, it->line, it->col, it->end_line, it->end_col, "%s", msg);
    }
}

static void dup_check(Parser *p, Node **seen, int *nseen, Node *arg)
{
    for (int i = 0; i < *nseen; i++) {
        if (strcmp(seen[i]->str, arg->str) == 0) {
            spy_parser_deferred(p, arg, "duplicate argument '%s' in function definition",
                                arg->str);
            return;
        }
    }
    seen[(*nseen)++] = arg;
    check_store(p, arg, 0);
}

/* Validates a flat parameter list as CPython's invalid_parameters rules do and builds
 * N_ARGUMENTS. */
static Node *build_arguments(Parser *p, PList *l, const Token *lambda_colon)
{
    Node *args = spy_ast_node(p->vm, p->arena, N_ARGUMENTS, 0, 0, 0, 0);
    args->list = empty(p);
    args->list2 = empty(p);
    if (!l) {
        return args;
    }
    int slash = 0, star = 0, kwarg = 0, seen_default = 0;
    for (int i = 0; i < l->n && !p->err; i++) {
        PItem *it = &l->items[i];
        if (kwarg) {
            item_error(p, it, "arguments cannot follow var-keyword argument");
            break;
        }
        switch (it->kind) {
        case PI_SLASH:
            if (slash) {
                item_error(p, it, "/ may appear only once");
            } else if (star) {
                item_error(p, it, "/ must be ahead of *");
            } else if (args->list->n == 0) {
                item_error(p, it, i + 1 < l->n ? "at least one argument must precede /"
                                               : "invalid syntax");
            }
            slash = 1;
            args->ival = args->list->n;
            break;
        case PI_STAR:
        case PI_VARARG:
            if (star) {
                item_error(p, it, "* argument may appear only once");
                break;
            }
            star = 1;
            if (it->kind == PI_STAR) {
                if (i + 1 >= l->n || l->items[i + 1].kind == PI_KWARG) {
                    /* the def rule points at the '*', the lambda rule at the token after */
                    if (!lambda_colon) {
                        item_error(p, it, "named arguments must follow bare *");
                    } else if (i + 1 < l->n) {
                        item_error(p, &l->items[i + 1], "named arguments must follow bare *");
                    } else {
                        spy_parser_error(p, lambda_colon->line, lambda_colon->col,
                                         lambda_colon->end_line, lambda_colon->end_col,
                                         "named arguments must follow bare *");
                    }
                }
            } else {
                args->c = it->arg;
            }
            break;
        case PI_KWARG:
            kwarg = 1;
            args->d = it->arg;
            break;
        default:
            if (star) {
                spy_ast_push(p->vm, p->arena, args->list2, it->arg);
            } else {
                if (it->arg->b) {
                    seen_default = 1;
                } else if (seen_default) {
                    item_error(p, it, "non-default argument follows default argument");
                }
                spy_ast_push(p->vm, p->arena, args->list, it->arg);
            }
            break;
        }
    }
    if (!p->err) {
        Node *stackbuf[64];
        int n = l->n;
        Node **seen = n <= 64 ? stackbuf
                              : spy_arena_alloc(p->vm, p->arena, (size_t)n * sizeof(Node *));
        int nseen = 0;
        for (int i = 0; i < n; i++) {
            if (l->items[i].arg) {
                dup_check(p, seen, &nseen, l->items[i].arg);
            }
        }
    }
    return args;
}

Node *spy_ast_funchead(Parser *p, const Token *kw, const Token *name, PList *params)
{
    Node *n = mk_tt(p, N_FUNCDEF, kw, kw);
    n->str = tok_str(p, name);
    n->a = build_arguments(p, params, NULL);
    n->list2 = empty(p);
    return n;
}

Node *spy_ast_funcdef(Parser *p, Node *head, Node *returns, const Block *body)
{
    head->b = returns;
    head->list = block_list(p, body);
    end_at_block(head, body);
    return head;
}

Node *spy_ast_lambda(Parser *p, const Token *kw, PList *params, const Token *colon,
                      Node *body)
{
    Node *args = build_arguments(p, params, colon);
    Node *n = mk_tn(p, N_LAMBDA, kw, body);
    n->a = args;
    n->b = body;
    return n;
}

/* ================================================================ call arguments */

AList *spy_ast_args_new(Parser *p)
{
    return spy_arena_alloc(p->vm, p->arena, sizeof(AList));
}

void spy_ast_args_add(Parser *p, AList *l, int kind, Node *n)
{
    if (l->n == l->cap) {
        if (l->cap > INT_MAX / 4) {
            spy_raise(p->vm, EXC(p->vm, MemoryError), "");
        }
        int ncap = l->cap ? l->cap * 2 : 4;
        l->items = spy_arena_grow(p->vm, p->arena, l->items, (size_t)l->cap * sizeof(AItem),
                                  (size_t)ncap * sizeof(AItem));
        l->cap = ncap;
    }
    l->items[l->n].kind = kind;
    l->items[l->n].node = n;
    l->n++;
}



/* Splits call arguments into positional and keyword lists, with CPython's checks.
 * `lpar`/`rpar` may be NULL only when `l` is NULL. */
static void split_args(Parser *p, AList *l, const Token *lpar, const Token *rpar,
                       NodeList **pos, NodeList **kws, int is_class)
{
    *pos = empty(p);
    *kws = empty(p);
    if (!l) {
        return;
    }
    int kw = 0, dstar = 0;
    for (int i = 0; i < l->n && !p->err; i++) {
        AItem *it = &l->items[i];
        switch (it->kind) {
        case AI_GENEXP:
            if (is_class) {
                /* class bases take no bare generator: invalid syntax at its 'for' */
                Node *t = it->node->list->items[0]->a;
                const Token *f = spy_parser_token_before(p, t->pline, t->pcol);
                spy_parser_error(p, f->line, f->col, f->end_line, f->end_col, "invalid syntax");
                break;
            }
            if (l->n > 1 || l->trailing_comma) {
                Node *last = last_comp_item(it->node);
                spy_parser_error(p, it->node->a->pline, it->node->a->pcol, last->pend_line,
                                 last->pend_col, "Generator expression must be parenthesized");
                break;
            }
            it->node->line = it->node->pline = lpar->line;
            it->node->col = it->node->pcol = lpar->col;
            set_end(it->node, rpar->end_line, rpar->end_col);
            spy_ast_push(p->vm, p->arena, *pos, it->node);
            break;
        case AI_POS:
            if (dstar || kw) {
                spy_parser_error(p, rpar->line, rpar->col, rpar->end_line, rpar->end_col,
                                 dstar ? "positional argument follows keyword argument unpacking"
                                       : "positional argument follows keyword argument");
                break;
            }
            spy_ast_push(p->vm, p->arena, *pos, it->node);
            break;
        case AI_STAR:
            if (dstar) {
                spy_parser_error(p, it->node->line, it->node->col, it->node->line,
                                 it->node->col + 1,
                                 "iterable argument unpacking follows keyword argument unpacking");
                break;
            }
            spy_ast_push(p->vm, p->arena, *pos, it->node);
            break;
        case AI_DSTAR:
            dstar = 1;
            spy_ast_push(p->vm, p->arena, *kws, it->node);
            break;
        default:
            kw = 1;
            for (int j = 0; j < (*kws)->n; j++) {
                Node *o = (*kws)->items[j];
                if (o->str && strcmp(o->str, it->node->str) == 0) {
                    spy_parser_deferred(p, it->node, "keyword argument repeated: %s",
                                        it->node->str);
                    break;
                }
            }
            spy_ast_push(p->vm, p->arena, *kws, it->node);
            break;
        }
    }
}

Node *spy_ast_call(Parser *p, Node *func, AList *args, const Token *lpar, const Token *rpar)
{
    Node *n = mk_nt(p, N_CALL, func, rpar);
    n->a = func;
    split_args(p, args, lpar, rpar, &n->list, &n->list2, 0);
    p->last_expr = n;
    return n;
}

Node *spy_ast_kwhead(Parser *p, Node *e, const Token *eq)
{
    Node *n;
    if (!e) {
        /* `**mapping`: eq is the '**' token */
        return mk_tt(p, N_KEYWORD, eq, eq);
    }
    if (e->kind == N_NAME && e->parens == 0) {
        check_store(p, e, 0);
    } else if ((e->kind == N_CONST_TRUE || e->kind == N_CONST_FALSE ||
                e->kind == N_CONST_NONE) && e->parens == 0) {
        spy_parser_error(p, e->line, e->col, eq->end_line, eq->end_col, "cannot assign to %s",
                         expr_name(e));
    } else {
        spy_parser_error(p, e->line, e->col, eq->end_line, eq->end_col,
                         "expression cannot contain assignment, perhaps you meant \"==\"?");
    }
    n = mk_nt(p, N_KEYWORD, e, eq);
    n->str = e->str;
    return n;
}

Node *spy_ast_kwarg(Parser *p, Node *head, Node *value)
{
    head->a = value;
    end_at_node(head, value);
    return head;
}

Node *spy_ast_classdef(Parser *p, const Token *kw, const Token *name, AList *args,
                       const Token *rpar, const Block *body)
{
    Node *n = mk_tt(p, N_CLASSDEF, kw, kw);
    n->str = tok_str(p, name);
    split_args(p, args, rpar, rpar, &n->list, &n->list2, 1);
    n->list3 = block_list(p, body);
    n->list4 = empty(p);
    end_at_block(n, body);
    return n;
}

Node *spy_ast_decorated(Parser *p, NodeList *decorators, Node *def)
{
    if (def) {
        if (def->kind == N_FUNCDEF) {
            def->list2 = decorators;
        } else {
            def->list4 = decorators;
        }
    }
    return def;
}

/* ================================================================ expressions */

Node *spy_ast_binop(Parser *p, Node *a, int op, Node *b)
{
    Node *n = mk_nn(p, N_BINOP, a, b);
    n->op = (int16_t)op;
    n->a = a;
    n->b = b;
    return n;
}

Node *spy_ast_unary(Parser *p, const Token *t, int op, Node *a)
{
    Node *n = mk_tn(p, N_UNARY, t, a);
    n->op = (int16_t)op;
    n->a = a;
    return n;
}

Node *spy_ast_boolop(Parser *p, int op, Node *a, Node *b)
{
    Node *n = mk_nn(p, N_BOOLOP, a, b);
    n->op = (int16_t)op;
    n->list = spy_ast_pair(p, a, b);
    return n;
}

void spy_ast_boolop_more(Parser *p, Node *chain, Node *b)
{
    spy_ast_push(p->vm, p->arena, chain->list, b);
    end_at_node(chain, b);
    p->last_expr = chain;
}

static void compare_add(Parser *p, Node *n, int op, Node *b)
{
    int oldcap = n->list->cap;
    spy_ast_push(p->vm, p->arena, n->list, b);
    if (n->list->cap != oldcap) {
        n->ops = spy_arena_grow(p->vm, p->arena, n->ops, (size_t)oldcap, (size_t)n->list->cap);
    }
    n->ops[n->list->n - 1] = (uint8_t)op;
}

Node *spy_ast_compare(Parser *p, Node *a, int op, Node *b)
{
    Node *n = mk_nn(p, N_COMPARE, a, b);
    n->a = a;
    n->list = empty(p);
    compare_add(p, n, op, b);
    return n;
}

void spy_ast_compare_more(Parser *p, Node *chain, int op, Node *b)
{
    compare_add(p, chain, op, b);
    end_at_node(chain, b);
    p->last_expr = chain;
}

Node *spy_ast_ifexp_head(Parser *p, Node *body, Node *test)
{
    Node *n = mk_nn(p, N_IFEXP, body, test);
    n->a = test;
    n->b = body;
    return n;
}

Node *spy_ast_ifexp(Parser *p, Node *head, Node *orelse)
{
    head->c = orelse;
    end_at_node(head, orelse);
    p->last_expr = head;
    return head;
}

Node *spy_ast_namedexpr(Parser *p, Node *target, Node *value)
{
    if (target->kind != N_NAME || target->parens) {
        spy_parser_error_at(p, target, "cannot use assignment expressions with %s",
                            expr_name(target));
    } else {
        check_store(p, target, 0);
    }
    Node *n = mk_nn(p, N_NAMEDEXPR, target, value);
    n->a = target;
    n->b = value;
    return n;
}

/* In call arguments CPython has no special message: a bad target is plain invalid syntax
 * at the ':='. */
Node *spy_ast_namedexpr_arg(Parser *p, Node *target, const Token *op, Node *value)
{
    if (target->kind != N_NAME || target->parens) {
        spy_parser_error(p, op->line, op->col, op->end_line, op->end_col, "invalid syntax");
    }
    return spy_ast_namedexpr(p, target, value);
}

Node *spy_ast_await(Parser *p, const Token *kw, Node *e)
{
    Node *n = mk_tn(p, N_AWAIT, kw, e);
    n->a = e;
    return n;
}

Node *spy_ast_yield(Parser *p, const Token *kw, Node *e, int from)
{
    Node *n = e ? mk_tn(p, from ? N_YIELD_FROM : N_YIELD, kw, e) : mk_tt(p, N_YIELD, kw, kw);
    n->a = e;
    if (!from) {
        check_value(p, e);
    }
    return n;
}

Node *spy_ast_starred(Parser *p, const Token *star, Node *e)
{
    Node *n = mk_tn(p, N_STARRED, star, e);
    n->a = e;
    return n;
}

Node *spy_ast_attribute(Parser *p, Node *obj, const Token *name)
{
    Node *n = mk_nt(p, N_ATTRIBUTE, obj, name);
    n->a = obj;
    n->str = tok_str(p, name);
    return n;
}

Node *spy_ast_subscript(Parser *p, Node *obj, Node *index, const Token *rsqb)
{
    if (index->kind == N_STARRED && index->parens == 0) {
        /* a[*b] indexes with a one-element tuple */
        Node *t = mk_nn(p, N_TUPLE, index, index);
        t->list = spy_ast_list1(p, index);
        index = t;
    }
    Node *n = mk_nt(p, N_SUBSCRIPT, obj, rsqb);
    n->a = obj;
    n->b = index;
    return n;
}

Node *spy_ast_slice(Parser *p, Node *lower, const Token *c1, Node *upper, const Token *c2,
                    Node *step)
{
    int line = lower ? lower->pline : c1->line, col = lower ? lower->pcol : c1->col;
    int el, ec;
    if (step) {
        el = step->pend_line;
        ec = step->pend_col;
    } else if (c2) {
        el = c2->end_line;
        ec = c2->end_col;
    } else if (upper) {
        el = upper->pend_line;
        ec = upper->pend_col;
    } else {
        el = c1->end_line;
        ec = c1->end_col;
    }
    Node *n = mk(p, N_SLICE, line, col, el, ec);
    n->a = lower;
    n->b = upper;
    n->c = step;
    return n;
}

Node *spy_ast_paren(Parser *p, const Token *l, Node *e, const Token *r)
{
    e->parens++;
    e->pline = l->line;
    e->pcol = l->col;
    e->pend_line = r->end_line;
    e->pend_col = r->end_col;
    p->last_expr = e;
    return e;
}

Node *spy_ast_paren_star(Parser *p, Node *e)
{
    spy_parser_error_at(p, e, "cannot use starred expression here");
    return e;
}

Node *spy_ast_seq(Parser *p, NodeKind kind, NodeList *items, const Token *l, const Token *r)
{
    Node *n = mk_tt(p, kind, l, r);
    n->list = items ? items : empty(p);
    if (kind == N_TUPLE) {
        n->parens = 1;
    }
    return n;
}

Node *spy_ast_tuple_bare(Parser *p, NodeList *items, const Token *trailing_comma)
{
    Node *n = trailing_comma ? mk_nt(p, N_TUPLE, items->items[0], trailing_comma)
                             : mk_nn(p, N_TUPLE, items->items[0], items->items[items->n - 1]);
    n->list = items;
    return n;
}

Node *spy_ast_comp(Parser *p, NodeKind kind, Node *elt, Node *val, NodeList *gens,
                   const Token *l, const Token *r)
{
    Node *n;
    if (l) {
        n = mk_tt(p, kind, l, r);
    } else {
        n = mk_nn(p, kind, elt, last_comp_item_of(gens));
    }
    n->a = elt;
    n->b = val;
    n->list = gens;
    if (kind == N_GENEXP) {
        n->parens = 1;
    }
    return n;
}

Node *spy_ast_comp_target(Parser *p, Node *target, int is_async)
{
    check_target(p, target);
    Node *n = spy_ast_node(p->vm, p->arena, N_COMPREHENSION, 0, 0, 0, 0);
    n->a = target;
    n->op = (int16_t)is_async;
    n->list = empty(p);
    return n;
}

Node *spy_ast_comp_clause(Parser *p, Node *head, Node *iter)
{
    head->b = iter;
    return head;
}

void spy_ast_comp_if(Parser *p, NodeList *gens, Node *cond)
{
    spy_ast_push(p->vm, p->arena, gens->items[gens->n - 1]->list, cond);
}

DictAcc spy_ast_dict_start(Parser *p, KV kv)
{
    DictAcc d;
    d.keys = empty(p);
    d.values = empty(p);
    spy_ast_dict_add(p, &d, kv);
    return d;
}

void spy_ast_dict_add(Parser *p, DictAcc *d, KV kv)
{
    spy_ast_push(p->vm, p->arena, d->keys, kv.key);
    spy_ast_push(p->vm, p->arena, d->values, kv.value);
}

Node *spy_ast_dict(Parser *p, DictAcc *d, const Token *l, const Token *r)
{
    Node *n = mk_tt(p, N_DICT, l, r);
    n->list = d ? d->keys : empty(p);
    n->list2 = d ? d->values : empty(p);
    return n;
}

/* ================================================================ strings */

StrAcc *spy_ast_str_new(Parser *p)
{
    StrAcc *s = spy_arena_alloc(p->vm, p->arena, sizeof(StrAcc));
    s->pieces = empty(p);
    return s;
}

static void str_extend(StrAcc *s, int first, int line, int col, int end_line, int end_col)
{
    if (first) {
        s->line = line;
        s->col = col;
    }
    s->end_line = end_line;
    s->end_col = end_col;
}

void spy_ast_str_add(Parser *p, StrAcc *s, const Token *t)
{
    if (t->flags & TF_BYTES) {
        spy_parser_error(p, t->line, t->col, t->end_line, t->end_col,
                         "bytes literals are not supported");
    }
    Node *n = spy_ast_node(p->vm, p->arena, N_CONST_STR, t->line, t->col, t->end_line,
                           t->end_col);
    n->str = t->sval ? t->sval : "";
    n->slen = t->sval ? t->slen : 0;
    str_extend(s, s->pieces->n == 0, t->line, t->col, t->end_line, t->end_col);
    spy_ast_push(p->vm, p->arena, s->pieces, n);
}

void spy_ast_str_addf(Parser *p, StrAcc *s, Node *f)
{
    str_extend(s, s->pieces->n == 0, f->line, f->col, f->end_line, f->end_col);
    s->has_fstring = 1;
    spy_ast_push(p->vm, p->arena, s->pieces, f);
}

/* Literal text accumulated while joining parts (arena memory, doubled on growth). */
typedef struct TextBuf {
    char *data;
    size_t len, cap;
} TextBuf;

static void text_add(Parser *p, TextBuf *b, const char *s, size_t n)
{
    if (n == 0) {
        return;
    }
    if (b->len + n + 1 > b->cap) {
        size_t ncap = b->cap ? b->cap : 32;
        while (ncap < b->len + n + 1) {
            if (ncap > SIZE_MAX / 4) {
                spy_raise(p->vm, EXC(p->vm, MemoryError), "");
            }
            ncap *= 2;
        }
        b->data = spy_arena_grow(p->vm, p->arena, b->data, b->cap, ncap);
        b->cap = ncap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = 0;
}

static void text_flush(Parser *p, TextBuf *b, NodeList *out)
{
    if (b->len == 0) {
        return;
    }
    Node *n = spy_ast_node(p->vm, p->arena, N_CONST_STR, 0, 0, 0, 0);
    n->str = b->data;
    n->slen = b->len;
    spy_ast_push(p->vm, p->arena, out, n);
    b->data = NULL;
    b->len = b->cap = 0;
}

/* Appends the parts of an f-string (or a literal) to `out`, merging adjacent literal text;
 * the '=' debug text of a field is literal text before the field. */
static void join_parts(Parser *p, NodeList *in, TextBuf *b, NodeList *out)
{
    for (int i = 0; i < in->n; i++) {
        Node *x = in->items[i];
        if (x->kind == N_CONST_STR) {
            text_add(p, b, x->str, x->slen);
        } else if (x->kind == N_FSTRING) {
            join_parts(p, x->list, b, out);
        } else {
            if (x->str) {
                text_add(p, b, x->str, x->slen);
            }
            text_flush(p, b, out);
            spy_ast_push(p->vm, p->arena, out, x);
        }
    }
}

static void place(Node *x, const Node *at)
{
    x->line = x->pline = at->line;
    x->col = x->pcol = at->col;
    set_end(x, at->end_line, at->end_col);
}

/* CPython 3.11 gives every part of a joined string the position of the whole string,
 * except in a format spec (positioned at its f-string token): there a literal that ends
 * the spec gets the spec's position. */
static void place_parts(NodeList *parts, const Node *whole, const Node *spec)
{
    for (int i = 0; i < parts->n; i++) {
        Node *x = parts->items[i];
        int tail = spec && i == parts->n - 1 && x->kind == N_CONST_STR;
        place(x, tail ? spec : whole);
        if (x->kind == N_FORMATTED && x->b) {
            place_parts(x->b->list, whole, x->b);
        }
    }
}

Node *spy_ast_str_end(Parser *p, StrAcc *s)
{
    TextBuf b = {NULL, 0, 0};
    Node *n;
    if (!s->has_fstring) {
        size_t total = 0;
        for (int i = 0; i < s->pieces->n; i++) {
            total += s->pieces->items[i]->slen;
        }
        char *data = spy_arena_alloc(p->vm, p->arena, total + 1);
        size_t k = 0;
        for (int i = 0; i < s->pieces->n; i++) {
            memcpy(data + k, s->pieces->items[i]->str, s->pieces->items[i]->slen);
            k += s->pieces->items[i]->slen;
        }
        n = mk(p, N_CONST_STR, s->line, s->col, s->end_line, s->end_col);
        n->str = data;
        n->slen = total;
        return n;
    }
    n = mk(p, N_FSTRING, s->line, s->col, s->end_line, s->end_col);
    n->list = empty(p);
    join_parts(p, s->pieces, &b, n->list);
    text_flush(p, &b, n->list);
    place_parts(n->list, n, NULL);
    return n;
}

Node *spy_ast_fstring(Parser *p, const Token *start, NodeList *parts, const Token *end)
{
    Node *n = spy_ast_node(p->vm, p->arena, N_FSTRING, start->line, start->col,
                           end->end_line, end->end_col);
    n->list = parts;
    /* Format specs take the position of the f-string token that holds them. */
    for (int i = 0; i < parts->n; i++) {
        Node *x = parts->items[i];
        if (x->kind == N_FORMATTED && x->b) {
            Node *spec = x->b;
            for (;;) {
                spec->line = spec->pline = n->line;
                spec->col = spec->pcol = n->col;
                set_end(spec, n->end_line, n->end_col);
                Node *inner = NULL;
                for (int j = 0; j < spec->list->n; j++) {
                    if (spec->list->items[j]->kind == N_FORMATTED && spec->list->items[j]->b) {
                        inner = spec->list->items[j]->b;
                    }
                }
                if (!inner) {
                    break;
                }
                spec = inner;
            }
        }
    }
    return n;
}

void spy_ast_fmiddle(Parser *p, NodeList *parts, const Token *t)
{
    if (!t->sval || t->slen == 0) {
        return;
    }
    Node *n = spy_ast_node(p->vm, p->arena, N_CONST_STR, t->line, t->col, t->end_line,
                           t->end_col);
    n->str = t->sval;
    n->slen = t->slen;
    spy_ast_push(p->vm, p->arena, parts, n);
}

/* CPython 3.11 parses a field's expression as "(" + text + ")": a bare tuple there spans
 * those parentheses, i.e. from the '{' to the character that ends the expression. */
Node *spy_ast_fexpr(Parser *p, Node *e, const Token *next)
{
    if (e->kind == N_TUPLE && e->parens == 0) {
        set_end(e, next->line, next->col + 1);
    }
    return e;
}

Node *spy_ast_ffield(Parser *p, const Token *lb, Node *e, FDebug dbg, int conv, Node *spec,
                     const Token *rb)
{
    if (e->kind == N_TUPLE && e->parens == 0) {
        e->line = e->pline = lb->line;
        e->col = e->pcol = lb->col;
    }
    if (e->kind == N_STARRED && e->parens == 0) {
        spy_parser_error_at(p, e, "cannot use starred expression here");
    }
    Node *n = spy_ast_node(p->vm, p->arena, N_FORMATTED, lb->line, lb->col, rb->end_line,
                           rb->end_col);
    n->a = e;
    n->op = (int16_t)conv;
    n->b = spec;
    if (dbg.text) {
        n->str = spy_arena_strndup(p->vm, p->arena, dbg.text, dbg.len);
        n->slen = dbg.len;
        if (conv == 0 && spec == NULL) {
            n->op = 'r';
        }
    }
    return n;
}

Node *spy_ast_fspec(Parser *p, const Token *colon, NodeList *parts)
{
    TextBuf b = {NULL, 0, 0};
    Node *n = spy_ast_node(p->vm, p->arena, N_FSTRING, colon->line, colon->col,
                           colon->end_line, colon->end_col);
    n->list = empty(p);
    join_parts(p, parts, &b, n->list);
    text_flush(p, &b, n->list);
    return n;
}

/* ================================================================ dump */

static const char *const binop_names[] = {
    "Add", "Sub", "Mult", "MatMult", "Div", "FloorDiv", "Mod", "Pow", "LShift", "RShift",
    "BitAnd", "BitOr", "BitXor",
};
static const char *const cmp_names[] = {
    "Lt", "LtE", "Eq", "NotEq", "Gt", "GtE", "Is", "IsNot", "In", "NotIn",
};
static const char *const unop_names[] = {"USub", "UAdd", "Invert", "Not"};

typedef struct Dumper {
    VM *vm;
    StrBuf sb;
    int depth;
} Dumper;

/* Left-recursive chains (a+b+c..., a.b.c...) nest without parentheses, so the dump bounds
 * its own depth; frames are small, so the bound is well above what spy_enter_c allows. */
#define DUMP_MAX_DEPTH 5000

static void put(Dumper *d, const char *s)
{
    spy_sb_add_cstr(d->vm, &d->sb, s);
}

static void putf(Dumper *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void putf(Dumper *d, const char *fmt, ...)
{
    char buf[128];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    put(d, buf);
}

static void put_quoted(Dumper *d, const char *s, size_t n)
{
    put(d, "\"");
    size_t start = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\' || c < 0x20 || c == 0x7f) {
            spy_sb_add(d->vm, &d->sb, s + start, (int64_t)(i - start));
            if (c == '"' || c == '\\') {
                putf(d, "\\%c", c);
            } else {
                putf(d, "\\x%02x", c);
            }
            start = i + 1;
        }
    }
    spy_sb_add(d->vm, &d->sb, s + start, (int64_t)(n - start));
    put(d, "\"");
}

static void put_str(Dumper *d, const char *s)
{
    if (s) {
        put_quoted(d, s, strlen(s));
    } else {
        put(d, "-");
    }
}

static void dump_node(Dumper *d, const Node *n);

static void dump_opt(Dumper *d, const Node *n)
{
    put(d, " ");
    if (n) {
        dump_node(d, n);
    } else {
        put(d, "-");
    }
}

static void dump_list(Dumper *d, const NodeList *l)
{
    put(d, " [");
    for (int i = 0; l && i < l->n; i++) {
        if (i > 0) {
            put(d, " ");
        }
        if (l->items[i]) {
            dump_node(d, l->items[i]);
        } else {
            put(d, "-");
        }
    }
    put(d, "]");
}

static void head(Dumper *d, const char *name, const Node *n)
{
    putf(d, "(%s@%d:%d-%d:%d", name, n->line, n->col, n->end_line, n->end_col);
}

static void dump_arguments(Dumper *d, const Node *n)
{
    put(d, "(arguments [");
    int npos = n->list->n, nposonly = (int)n->ival;
    for (int i = 0; i < nposonly; i++) {
        put(d, i ? " " : "");
        dump_node(d, n->list->items[i]);
    }
    put(d, "] [");
    for (int i = nposonly; i < npos; i++) {
        put(d, i > nposonly ? " " : "");
        dump_node(d, n->list->items[i]);
    }
    put(d, "]");
    dump_opt(d, n->c);
    put(d, " [");
    for (int i = 0; i < n->list2->n; i++) {
        put(d, i ? " " : "");
        dump_node(d, n->list2->items[i]);
    }
    put(d, "] [");
    for (int i = 0; i < n->list2->n; i++) {
        put(d, i ? " " : "");
        if (n->list2->items[i]->b) {
            dump_node(d, n->list2->items[i]->b);
        } else {
            put(d, "-");
        }
    }
    put(d, "]");
    dump_opt(d, n->d);
    put(d, " [");
    int first = 1;
    for (int i = 0; i < npos; i++) {
        if (n->list->items[i]->b) {
            put(d, first ? "" : " ");
            first = 0;
            dump_node(d, n->list->items[i]->b);
        }
    }
    put(d, "])");
}

static void dump_node(Dumper *d, const Node *n)
{
    if (++d->depth > DUMP_MAX_DEPTH) {
        spy_raise(d->vm, EXC(d->vm, RecursionError), "maximum recursion depth exceeded");
    }
    switch (n->kind) {
    case N_MODULE:
        put(d, "(Module");
        dump_list(d, n->list);
        break;
    case N_EXPRESSION:
        put(d, "(Expression");
        dump_opt(d, n->a);
        break;
    case N_EXPR_STMT:
        head(d, "Expr", n);
        dump_opt(d, n->a);
        break;
    case N_ASSIGN:
        head(d, "Assign", n);
        dump_list(d, n->list);
        dump_opt(d, n->a);
        break;
    case N_AUGASSIGN:
        head(d, "AugAssign", n);
        dump_opt(d, n->a);
        putf(d, " %s", binop_names[n->op]);
        dump_opt(d, n->b);
        break;
    case N_ANNASSIGN:
        head(d, "AnnAssign", n);
        dump_opt(d, n->a);
        dump_opt(d, n->b);
        dump_opt(d, n->c);
        putf(d, " %d", n->op);
        break;
    case N_IF:
    case N_WHILE:
        head(d, n->kind == N_IF ? "If" : "While", n);
        dump_opt(d, n->a);
        dump_list(d, n->list);
        dump_list(d, n->list2);
        break;
    case N_FOR:
        head(d, "For", n);
        dump_opt(d, n->a);
        dump_opt(d, n->b);
        dump_list(d, n->list);
        dump_list(d, n->list2);
        break;
    case N_BREAK:
        head(d, "Break", n);
        break;
    case N_CONTINUE:
        head(d, "Continue", n);
        break;
    case N_PASS:
        head(d, "Pass", n);
        break;
    case N_RETURN:
        head(d, "Return", n);
        dump_opt(d, n->a);
        break;
    case N_DEL:
        head(d, "Delete", n);
        dump_list(d, n->list);
        break;
    case N_GLOBAL:
    case N_NONLOCAL:
        head(d, n->kind == N_GLOBAL ? "Global" : "Nonlocal", n);
        put(d, " [");
        for (int i = 0; i < n->list->n; i++) {
            put(d, i ? " " : "");
            put_str(d, n->list->items[i]->str);
        }
        put(d, "]");
        break;
    case N_ASSERT:
        head(d, "Assert", n);
        dump_opt(d, n->a);
        dump_opt(d, n->b);
        break;
    case N_RAISE:
        head(d, "Raise", n);
        dump_opt(d, n->a);
        dump_opt(d, n->b);
        break;
    case N_TRY:
        head(d, "Try", n);
        dump_list(d, n->list);
        dump_list(d, n->list2);
        dump_list(d, n->list3);
        dump_list(d, n->list4);
        break;
    case N_HANDLER:
        head(d, "ExceptHandler", n);
        dump_opt(d, n->a);
        put(d, " ");
        put_str(d, n->str);
        dump_list(d, n->list);
        break;
    case N_FUNCDEF:
        head(d, "FunctionDef", n);
        put(d, " ");
        put_str(d, n->str);
        dump_opt(d, n->a);
        dump_list(d, n->list);
        dump_list(d, n->list2);
        dump_opt(d, n->b);
        break;
    case N_CLASSDEF:
        head(d, "ClassDef", n);
        put(d, " ");
        put_str(d, n->str);
        dump_list(d, n->list);
        dump_list(d, n->list2);
        dump_list(d, n->list3);
        dump_list(d, n->list4);
        break;
    case N_IMPORT:
        head(d, "Import", n);
        dump_list(d, n->list);
        break;
    case N_IMPORTFROM:
        head(d, "ImportFrom", n);
        put(d, " ");
        put_str(d, n->str);
        dump_list(d, n->list);
        putf(d, " %lld", (long long)n->ival);
        break;
    case N_ALIAS:
        head(d, "alias", n);
        put(d, " ");
        put_str(d, n->str);
        put(d, " ");
        put_str(d, n->str2);
        break;
    case N_WITH:
        head(d, "With", n);
        dump_list(d, n->list);
        dump_list(d, n->list2);
        break;
    case N_WITHITEM:
        put(d, "(withitem");
        dump_opt(d, n->a);
        dump_opt(d, n->b);
        break;
    case N_NAME:
        head(d, "Name", n);
        put(d, " ");
        put_str(d, n->str);
        break;
    case N_CONST_INT:
        head(d, "Constant", n);
        putf(d, " %lld", (long long)n->ival);
        break;
    case N_CONST_BIGINT:
        head(d, "Constant", n);
        put(d, " ");
        put(d, n->str);
        break;
    case N_CONST_FLOAT:
        head(d, "Constant", n);
        putf(d, " f:%.17g", n->fval);
        break;
    case N_CONST_STR:
        head(d, "Constant", n);
        put(d, " ");
        put_quoted(d, n->str, n->slen);
        break;
    case N_CONST_NONE:
        head(d, "Constant", n);
        put(d, " None");
        break;
    case N_CONST_TRUE:
        head(d, "Constant", n);
        put(d, " True");
        break;
    case N_CONST_FALSE:
        head(d, "Constant", n);
        put(d, " False");
        break;
    case N_CONST_ELLIPSIS:
        head(d, "Constant", n);
        put(d, " ...");
        break;
    case N_FSTRING:
        head(d, "JoinedStr", n);
        dump_list(d, n->list);
        break;
    case N_FORMATTED:
        head(d, "FormattedValue", n);
        dump_opt(d, n->a);
        putf(d, " %d", n->op ? n->op : -1);
        dump_opt(d, n->b);
        break;
    case N_BINOP:
        head(d, "BinOp", n);
        dump_opt(d, n->a);
        putf(d, " %s", binop_names[n->op]);
        dump_opt(d, n->b);
        break;
    case N_UNARY:
        head(d, "UnaryOp", n);
        putf(d, " %s", unop_names[n->op]);
        dump_opt(d, n->a);
        break;
    case N_BOOLOP:
        head(d, "BoolOp", n);
        put(d, n->op ? " Or" : " And");
        dump_list(d, n->list);
        break;
    case N_COMPARE:
        head(d, "Compare", n);
        dump_opt(d, n->a);
        put(d, " [");
        for (int i = 0; i < n->list->n; i++) {
            putf(d, "%s%s", i ? " " : "", cmp_names[n->ops[i]]);
        }
        put(d, "]");
        dump_list(d, n->list);
        break;
    case N_IFEXP:
        head(d, "IfExp", n);
        dump_opt(d, n->a);
        dump_opt(d, n->b);
        dump_opt(d, n->c);
        break;
    case N_LAMBDA:
        head(d, "Lambda", n);
        dump_opt(d, n->a);
        dump_opt(d, n->b);
        break;
    case N_NAMEDEXPR:
        head(d, "NamedExpr", n);
        dump_opt(d, n->a);
        dump_opt(d, n->b);
        break;
    case N_CALL:
        head(d, "Call", n);
        dump_opt(d, n->a);
        dump_list(d, n->list);
        dump_list(d, n->list2);
        break;
    case N_KEYWORD:
        head(d, "keyword", n);
        put(d, " ");
        put_str(d, n->str);
        dump_opt(d, n->a);
        break;
    case N_ATTRIBUTE:
        head(d, "Attribute", n);
        dump_opt(d, n->a);
        put(d, " ");
        put_str(d, n->str);
        break;
    case N_SUBSCRIPT:
        head(d, "Subscript", n);
        dump_opt(d, n->a);
        dump_opt(d, n->b);
        break;
    case N_SLICE:
        head(d, "Slice", n);
        dump_opt(d, n->a);
        dump_opt(d, n->b);
        dump_opt(d, n->c);
        break;
    case N_STARRED:
        head(d, "Starred", n);
        dump_opt(d, n->a);
        break;
    case N_LIST:
    case N_TUPLE:
    case N_SET:
        head(d, n->kind == N_LIST ? "List" : n->kind == N_TUPLE ? "Tuple" : "Set", n);
        dump_list(d, n->list);
        break;
    case N_DICT:
        head(d, "Dict", n);
        dump_list(d, n->list);
        dump_list(d, n->list2);
        break;
    case N_LISTCOMP:
    case N_SETCOMP:
    case N_GENEXP:
        head(d, n->kind == N_LISTCOMP ? "ListComp" : n->kind == N_SETCOMP ? "SetComp"
                                                                         : "GeneratorExp", n);
        dump_opt(d, n->a);
        dump_list(d, n->list);
        break;
    case N_DICTCOMP:
        head(d, "DictComp", n);
        dump_opt(d, n->a);
        dump_opt(d, n->b);
        dump_list(d, n->list);
        break;
    case N_COMPREHENSION:
        put(d, "(comprehension");
        dump_opt(d, n->a);
        dump_opt(d, n->b);
        dump_list(d, n->list);
        putf(d, " %d", n->op);
        break;
    case N_YIELD:
        head(d, "Yield", n);
        dump_opt(d, n->a);
        break;
    case N_YIELD_FROM:
        head(d, "YieldFrom", n);
        dump_opt(d, n->a);
        break;
    case N_AWAIT:
        head(d, "Await", n);
        dump_opt(d, n->a);
        break;
    case N_ARGUMENTS:
        dump_arguments(d, n);
        d->depth--;
        return;
    case N_ARG:
        head(d, "arg", n);
        put(d, " ");
        put_str(d, n->str);
        dump_opt(d, n->a);
        break;
    default:
        putf(d, "(?%d", n->kind);
        break;
    }
    put(d, ")");
    d->depth--;
}

Str *spy_ast_dump(VM *vm, Node *n)
{
    Dumper d;
    d.vm = vm;
    d.depth = 0;
    spy_sb_init(vm, &d.sb);
    dump_node(&d, n);
    return spy_sb_finish(vm, &d.sb);
}
