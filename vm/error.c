/* error.c: raising exceptions, catch points, and CPython's traceback text.
 *
 * Errors unwind with longjmp to the innermost catch point (vm->jmp): the API boundary
 * (api.c, spy_pcall) or a dispatch loop (vm.c).  A limit error (steps, memory, output,
 * time) sets vm->limit_hit and carries no exception object; catch points that see it only
 * clean up and pass it on, so Python code can never catch it.
 *
 * Traceback text follows CPython 3.11's format, including the ~~~^^^ carets computed from
 * each instruction's source range (re-parsing the segment to find a binary operator or a
 * subscript, as CPython does). */
#include <string.h>

#include "arena.h"
#include "ast.h"
#include "vm.h"

/* ================================================================ catch points */

int spy_pcall(VM *vm, void (*fn)(VM *vm, void *ud), void *ud)
{
    JmpBuf jb;
    Frame *frame = vm->frame;
    int depth = vm->depth, cdepth = vm->cdepth, npins = vm->npins;
    uint64_t cmark = vm->cmark;
    int64_t repr_len = vm->repr_stack ? vm->repr_stack->len : 0;
    jb.prev = vm->jmp;
    vm->jmp = &jb;
    if (setjmp(jb.buf) == 0) {
        fn(vm, ud);
        vm->jmp = jb.prev;
        return 0;
    }
    vm->jmp = jb.prev;
    spy_vm_unwind_to(vm, frame);
    vm->depth = depth;
    vm->cdepth = cdepth;
    vm->npins = npins;
    vm->cmark = cmark;
    if (vm->repr_stack) {
        vm->repr_stack->len = repr_len;
    }
    return 1;
}

SPY_NORETURN static void do_jump(VM *vm)
{
    if (!vm->jmp) {
        /* No catch point: only reachable through a bug in the API layer. */
        __builtin_trap();
    }
    longjmp(vm->jmp->buf, 1);
}

void spy_throw(VM *vm, ExcObj *exc)
{
    if (IS_OBJ(vm->handled) && AS_OBJ(vm->handled) != (Obj *)exc) {
        /* Avoid making a cycle: CPython cuts the chain where exc already appears. */
        ExcObj *h = (ExcObj *)AS_OBJ(vm->handled);
        ExcObj *o = h;
        int guard = 0;
        while (o && guard++ < 1000) {
            if (!IS_OBJ(o->context)) {
                break;
            }
            ExcObj *next = (ExcObj *)AS_OBJ(o->context);
            if (next == exc) {
                o->context = NULLV;
                break;
            }
            o = next;
        }
        exc->context = mk_obj(h);
    }
    vm->exc = exc;
    vm->limit_hit = 0;
    do_jump(vm);
}

void spy_limit(VM *vm, spy_status status)
{
    /* The line executing when the limit struck, for the result (ip was saved by SAVE). */
    Frame *f = vm->frame;
    if (f && f->code->pos && f->ip) {
        int64_t idx = f->ip - f->code->code - 1;
        if (idx < 0) {
            idx = 0;   /* just jumped back to the first instruction */
        }
        if (idx < f->code->ncode) {
            vm->limit_line = f->code->pos[idx].line;
        }
    }
    vm->limit_hit = (int)status;
    vm->exc = NULL;
    do_jump(vm);
}

/* ================================================================ making exceptions */

ExcObj *spy_exc_new(VM *vm, TypeObj *type, Tuple *args)
{
    if (!args) {
        args = spy_tuple_new(vm, 0);
    }
    ExcObj *e = spy_obj_alloc(vm, sizeof(ExcObj), K_EXC, type);
    e->args = args;
    e->cause = NULLV;
    e->context = NULLV;
    e->value = NULLV;
    return e;
}

void spy_raise_args(VM *vm, TypeObj *type, Tuple *args)
{
    spy_throw(vm, spy_exc_new(vm, type, args));
}

Str *spy_format_msg(VM *vm, const char *fmt, va_list ap)
{
    StrBuf sb;
    spy_sb_init(vm, &sb);
    const char *p = fmt;
    while (*p) {
        const char *q = strchr(p, '%');
        if (!q) {
            spy_sb_add_cstr(vm, &sb, p);
            break;
        }
        spy_sb_add(vm, &sb, p, q - p);
        char d = q[1];
        char num[32];
        switch (d) {
        case 's':
            spy_sb_add_cstr(vm, &sb, va_arg(ap, const char *));
            break;
        case 'c':
            spy_sb_add_char(vm, &sb, (uint32_t)va_arg(ap, int));
            break;
        case 'd':
            snprintf(num, sizeof num, "%d", va_arg(ap, int));
            spy_sb_add_cstr(vm, &sb, num);
            break;
        case 'D':
            snprintf(num, sizeof num, "%lld", (long long)va_arg(ap, int64_t));
            spy_sb_add_cstr(vm, &sb, num);
            break;
        case 'U':
            spy_sb_add_str(vm, &sb, va_arg(ap, Str *));
            break;
        case 'R':
            spy_sb_add_str(vm, &sb, spy_repr(vm, va_arg(ap, Value)));
            break;
        case 'S':
            spy_sb_add_str(vm, &sb, spy_str(vm, va_arg(ap, Value)));
            break;
        case 'T':
            spy_sb_add_cstr(vm, &sb, spy_type_name(vm, va_arg(ap, Value)));
            break;
        case 'N':
            spy_sb_add_str(vm, &sb, va_arg(ap, TypeObj *)->name);
            break;
        case '%':
            spy_sb_add(vm, &sb, "%", 1);
            break;
        default:
            spy_sb_add(vm, &sb, q, 2);
            break;
        }
        p = q + (d ? 2 : 1);
    }
    return spy_sb_finish(vm, &sb);
}

void spy_raise(VM *vm, TypeObj *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Str *msg = spy_format_msg(vm, fmt, ap);
    va_end(ap);
    Tuple *args = spy_tuple_new(vm, 1);
    args->items[0] = mk_obj(msg);
    spy_raise_args(vm, type, args);
}

void spy_raise_keyerror(VM *vm, Value key)
{
    Tuple *args = spy_tuple_new(vm, 1);
    args->items[0] = key;
    spy_raise_args(vm, EXC(vm, KeyError), args);
}

void spy_raise_stopiteration(VM *vm, Value value)
{
    Tuple *args = spy_tuple_new(vm, IS_NULL(value) ? 0 : 1);
    if (!IS_NULL(value)) {
        args->items[0] = value;
    }
    ExcObj *e = spy_exc_new(vm, EXC(vm, StopIteration), args);
    e->value = IS_NULL(value) ? NONEV : value;
    spy_throw(vm, e);
}

bool spy_type_is_subtype(TypeObj *t, TypeObj *base)
{
    if (t == base) {
        return true;
    }
    if (t->mro) {
        for (int64_t i = 0; i < t->mro->len; i++) {
            if ((TypeObj *)AS_OBJ(t->mro->items[i]) == base) {
                return true;
            }
        }
        return false;
    }
    for (TypeObj *b = t->base; b; b = b->base) {
        if (b == base) {
            return true;
        }
    }
    return false;
}

/* Character offset of byte offset `col` in a UTF-8 line. */
static int char_offset(const char *line, int64_t linelen, int col)
{
    int n = 0;
    for (int i = 0; i < col && i < linelen; i++) {
        if (((unsigned char)line[i] & 0xC0) != 0x80) {
            n++;
        }
    }
    return n;
}

/* Finds line `lineno` (1-based) in src; returns its start and length without newline. */
static const char *find_line(const char *src, int64_t len, int lineno, int64_t *outlen)
{
    const char *p = src, *end = src + len;
    for (int l = 1; l < lineno; l++) {
        const char *nl = memchr(p, '\n', end - p);
        if (!nl) {
            return NULL;
        }
        p = nl + 1;
    }
    if (p > end) {
        return NULL;
    }
    const char *nl = memchr(p, '\n', end - p);
    *outlen = (nl ? nl : end) - p;
    if (*outlen > 0 && p[*outlen - 1] == '\r') {
        (*outlen)--;
    }
    return p;
}

static void set_attr(VM *vm, ExcObj *e, Str *name, Value v)
{
    if (!e->dict) {
        e->dict = spy_dict_new(vm);
    }
    spy_dict_set_str(vm, e->dict, name, v);
}

void spy_raise_syntax(VM *vm, TypeObj *type, const char *filename, const char *src,
                      size_t srclen, int line, int col, int end_line, int end_col,
                      const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Str *msg = spy_format_msg(vm, fmt, ap);
    va_end(ap);
    int64_t ll = 0;
    const char *lp = src ? find_line(src, (int64_t)srclen, line, &ll) : NULL;
    Value text = NONEV;
    int offset = col + 1, end_offset = end_col + 1;
    if (lp) {
        Str *t = spy_str_new(vm, lp, ll);
        /* CPython keeps the newline in `text`. */
        t = spy_str_concat(vm, t, spy_str_chr(vm, '\n'));
        text = mk_obj(t);
        /* A negative column (no position) stays as CPython computes it: col + 1. */
        offset = col < 0 ? col + 1 : char_offset(lp, ll, col) + 1;
        if (end_line == line) {
            end_offset = char_offset(lp, ll, end_col) + 1;
        } else {
            int64_t el = 0;
            const char *ep = find_line(src, (int64_t)srclen, end_line, &el);
            end_offset = ep ? char_offset(ep, el, end_col) + 1 : end_col + 1;
        }
    }
    Str *fname = spy_str_cstr(vm, filename ? filename : "<unknown>");
    Tuple *loc = spy_tuple_new(vm, 6);
    loc->items[0] = mk_obj(fname);
    loc->items[1] = mk_int(line);
    loc->items[2] = mk_int(offset);
    loc->items[3] = text;
    loc->items[4] = mk_int(end_line);
    loc->items[5] = mk_int(end_offset);
    Tuple *args = spy_tuple_new(vm, 2);
    args->items[0] = mk_obj(msg);
    args->items[1] = mk_obj(loc);
    ExcObj *e = spy_exc_new(vm, type, args);
    set_attr(vm, e, vm->s.msg, mk_obj(msg));
    set_attr(vm, e, vm->s.filename, mk_obj(fname));
    set_attr(vm, e, vm->s.lineno, mk_int(line));
    set_attr(vm, e, vm->s.offset, mk_int(offset));
    set_attr(vm, e, vm->s.text, text);
    set_attr(vm, e, spy_str_intern_cstr(vm, "end_lineno"), mk_int(end_line));
    set_attr(vm, e, spy_str_intern_cstr(vm, "end_offset"), mk_int(end_offset));
    spy_throw(vm, e);
}

/* ================================================================ str() of exceptions */

static Value exc_attr(VM *vm, ExcObj *e, Str *name)
{
    return e->dict ? spy_dict_get_str(vm, e->dict, name) : NULLV;
}

static Str *exc_str(VM *vm, ExcObj *e);

Str *spy_exc_str(VM *vm, ExcObj *e)
{
    /* args may hold exceptions that hold exceptions: bounded like any nested repr. */
    spy_enter_c(vm, " while getting the str of an object");
    Str *r = exc_str(vm, e);
    spy_leave_c(vm);
    return r;
}

static Str *exc_str(VM *vm, ExcObj *e)
{
    TypeObj *t = e->hdr.type;
    if (spy_type_is_subtype(t, EXC(vm, SyntaxError))) {
        Value msg = exc_attr(vm, e, vm->s.msg);
        if (IS_NULL(msg)) {
            msg = e->args->len > 0 ? e->args->items[0] : NONEV;
        }
        Str *m = spy_str(vm, msg);
        Value fn = exc_attr(vm, e, vm->s.filename);
        Value ln = exc_attr(vm, e, vm->s.lineno);
        if (IS_STR(fn) && IS_INT(ln)) {
            /* CPython shows only the file's base name here. */
            Str *f = AS_STR(fn);
            int64_t nb;
            const char *fs = spy_str_utf8(vm, f, &nb);
            const char *slash = NULL;
            for (int64_t i = 0; i < nb; i++) {
                if (fs[i] == '/') {
                    slash = fs + i;
                }
            }
            StrBuf sb;
            spy_sb_init(vm, &sb);
            spy_sb_add_str(vm, &sb, m);
            spy_sb_add_cstr(vm, &sb, " (");
            if (slash) {
                spy_sb_add(vm, &sb, slash + 1, fs + nb - slash - 1);
            } else {
                spy_sb_add(vm, &sb, fs, nb);
            }
            char buf[40];
            snprintf(buf, sizeof buf, ", line %lld)", (long long)AS_INT(ln));
            spy_sb_add_cstr(vm, &sb, buf);
            return spy_sb_finish(vm, &sb);
        }
        return m;
    }
    if (e->args->len == 0) {
        return vm->empty_str;
    }
    if (e->args->len == 1) {
        if (t == EXC(vm, KeyError) || (t->tflags & TF_HEAPTYPE && spy_type_is_subtype(t, EXC(vm, KeyError)))) {
            return spy_repr(vm, e->args->items[0]);
        }
        return spy_str(vm, e->args->items[0]);
    }
    return spy_repr(vm, mk_obj(e->args));
}

Str *spy_exc_repr(VM *vm, ExcObj *e)
{
    spy_enter_c(vm, " while getting the repr of an object");
    StrBuf sb;
    spy_sb_init(vm, &sb);
    spy_sb_add_str(vm, &sb, e->hdr.type->name);
    if (e->args->len == 1) {
        spy_sb_add_cstr(vm, &sb, "(");
        spy_sb_add_str(vm, &sb, spy_repr(vm, e->args->items[0]));
        spy_sb_add_cstr(vm, &sb, ")");
    } else if (e->args->len == 0) {
        spy_sb_add_cstr(vm, &sb, "()");
    } else {
        spy_sb_add_str(vm, &sb, spy_repr(vm, mk_obj(e->args)));
    }
    spy_leave_c(vm);
    return spy_sb_finish(vm, &sb);
}

/* ================================================================ tracebacks */

void spy_tb_add(VM *vm, ExcObj *exc, Frame *f)
{
    Traceback *tb = spy_obj_alloc(vm, sizeof(Traceback), K_TRACEBACK, vm->t_traceback);
    tb->code = f->code;
    int64_t idx = f->ip ? (f->ip - f->code->code) - 1 : 0;
    tb->instr = (int32_t)(idx < 0 ? 0 : idx);
    tb->next = exc->tb;
    exc->tb = tb;
}

typedef struct Anchors {
    bool ok;
    int left, right;   /* character offsets within the segment */
} Anchors;

typedef struct AnchorJob {
    const char *seg;
    size_t len;
    Node *node;
    Arena *arena;
} AnchorJob;

static void parse_segment(VM *vm, void *ud)
{
    AnchorJob *j = ud;
    j->arena = spy_arena_new(vm);
    /* Parenthesised so that a segment spanning a continued expression still parses. */
    char *buf = spy_arena_alloc(vm, j->arena, j->len + 3);
    buf[0] = '(';
    memcpy(buf + 1, j->seg, j->len);
    buf[j->len + 1] = ')';
    j->node = spy_parse(vm, j->arena, buf, j->len + 2, "<segment>", MODE_EVAL);
}

/* Binary-operator and subscript anchors of a source segment, as CPython 3.11 computes
 * them (operator: '^' under it, '~' around; subscript: '~' under the value, '^' under
 * the brackets).  Byte offsets; the caller converts. */
static Anchors find_anchors(VM *vm, const char *seg, size_t len)
{
    Anchors an = {false, 0, 0};
    AnchorJob j = {seg, len, NULL, NULL};
    ExcObj *saved_exc = vm->exc;
    if (spy_pcall(vm, parse_segment, &j) != 0 || !j.node) {
        vm->exc = saved_exc;
        if (vm->limit_hit) {
            vm->limit_hit = 0;
        }
        if (j.arena) {
            spy_arena_release(vm, j.arena);
        }
        return an;
    }
    Node *n = j.node->kind == N_EXPRESSION ? j.node->a : j.node;
    /* Columns are in the parenthesised buffer: subtract 1.  Only single-line segments. */
    if (n && n->kind == N_BINOP && n->a && n->b && n->a->end_line == 1) {
        int p = n->a->end_col - 1;
        while (p < (int)len && (seg[p] == ' ' || seg[p] == '\t' || seg[p] == ')' || seg[p] == '\\' || seg[p] == '\n')) {
            p++;
        }
        int oplen = 1;
        static const int lens[BO_COUNT] = {1, 1, 1, 1, 1, 2, 1, 2, 2, 2, 1, 1, 1};
        if (n->op >= 0 && n->op < BO_COUNT) {
            oplen = lens[n->op];
        }
        an.ok = true;
        an.left = p;
        an.right = p + oplen;
    } else if (n && n->kind == N_SUBSCRIPT && n->a && n->b && n->b->end_line == 1) {
        an.ok = true;
        an.left = n->a->end_col - 1;
        int r = n->b->end_col - 1;
        while (r < (int)len && seg[r] != ']') {
            r++;
        }
        an.right = r + 1;
    }
    spy_arena_release(vm, j.arena);
    return an;
}

static void add_spaces(VM *vm, StrBuf *sb, int n, char c)
{
    char buf[64];
    memset(buf, c, sizeof buf);
    while (n > 0) {
        int k = n > 64 ? 64 : n;
        spy_sb_add(vm, sb, buf, k);
        n -= k;
    }
}

/* One "  File ..., line N, in name" entry with its source line and carets. */
static void format_entry(VM *vm, StrBuf *sb, Code *code, int instr)
{
    Pos pos = {0, 0, 0, 0};
    if (code->pos && instr >= 0 && instr < code->ncode) {
        pos = code->pos[instr];
    }
    int64_t fnlen;
    const char *fn = spy_str_utf8(vm, code->filename, &fnlen);
    spy_sb_add_cstr(vm, sb, "  File \"");
    spy_sb_add(vm, sb, fn, fnlen);
    spy_sb_add_cstr(vm, sb, "\", line ");
    char num[24];
    snprintf(num, sizeof num, "%d", pos.line > 0 ? pos.line : code->firstline);
    spy_sb_add_cstr(vm, sb, num);
    spy_sb_add_cstr(vm, sb, ", in ");
    spy_sb_add_str(vm, sb, code->name);
    spy_sb_add_cstr(vm, sb, "\n");
    if (pos.line <= 0 || !code->source || fnlen == 0 || fn[0] == '<') {
        return;
    }
    int64_t srclen;
    const char *src = spy_str_utf8(vm, code->source, &srclen);
    int64_t ll;
    const char *line = find_line(src, srclen, pos.line, &ll);
    if (!line) {
        return;
    }
    int64_t lead = 0;
    while (lead < ll && (line[lead] == ' ' || line[lead] == '\t' || line[lead] == '\f')) {
        lead++;
    }
    int64_t trail = ll;   /* CPython keeps trailing whitespace: only the indent goes */
    if (trail == lead) {
        return;
    }
    spy_sb_add_cstr(vm, sb, "    ");
    spy_sb_add(vm, sb, line + lead, trail - lead);
    spy_sb_add_cstr(vm, sb, "\n");
    if (pos.end_line <= 0 || pos.col < 0 || pos.end_col < 0) {
        return;
    }
    int stripped_chars = char_offset(line, ll, (int)lead);
    int stripped_len = char_offset(line, ll, (int)trail) - stripped_chars;
    int start = char_offset(line, ll, pos.col);
    int end;
    Anchors an = {false, 0, 0};
    if (pos.end_line == pos.line) {
        end = char_offset(line, ll, pos.end_col);
        if (pos.end_col > pos.col) {
            an = find_anchors(vm, line + pos.col, (size_t)(pos.end_col - pos.col));
        }
    } else {
        end = stripped_chars + stripped_len;
    }
    if (end <= start) {
        return;
    }
    bool show = end - start < stripped_len;
    int left = 0, right = 0;
    if (an.ok) {
        left = char_offset(line + pos.col, ll - pos.col, an.left);
        right = char_offset(line + pos.col, ll - pos.col, an.right);
        if (right > end - start) {
            right = end - start;
        }
        if (left > right) {
            left = right;
        }
        if (right - left > 0) {
            show = true;
        }
    }
    if (!show) {
        return;
    }
    spy_sb_add_cstr(vm, sb, "    ");
    add_spaces(vm, sb, start - stripped_chars, ' ');
    if (an.ok) {
        add_spaces(vm, sb, left, '~');
        add_spaces(vm, sb, right - left, '^');
        add_spaces(vm, sb, end - start - right, '~');
    } else {
        add_spaces(vm, sb, end - start, '^');
    }
    spy_sb_add_cstr(vm, sb, "\n");
}

static Str *suggestion_for(VM *vm, ExcObj *e);

typedef struct ExcStrCall {
    ExcObj *e;
    Str *result;
} ExcStrCall;

static void exc_str_call(VM *vm, void *ud)
{
    ExcStrCall *c = ud;
    c->result = spy_str(vm, mk_obj(c->e));
}

/* "Type: message" (qualified with the module for classes outside builtins). */
static void format_exc_line(VM *vm, StrBuf *sb, ExcObj *e)
{
    TypeObj *t = e->hdr.type;
    if (t->tflags & TF_HEAPTYPE) {
        if (IS_STR(t->module) && !spy_str_eq_cstr(AS_STR(t->module), "builtins") &&
            !spy_str_eq_cstr(AS_STR(t->module), "__main__")) {
            spy_sb_add_str(vm, sb, AS_STR(t->module));
            spy_sb_add_cstr(vm, sb, ".");
        }
        spy_sb_add_str(vm, sb, t->qualname ? t->qualname : t->name);
    } else {
        spy_sb_add_str(vm, sb, t->name);
    }
    Str *msg;
    if (t->tflags & TF_HEAPTYPE) {
        /* A user __str__ runs here; if it fails, CPython prints a placeholder. */
        ExcStrCall call = {e, NULL};
        if (spy_pcall(vm, exc_str_call, &call) != 0) {
            if (vm->limit_hit) {
                spy_limit(vm, (spy_status)vm->limit_hit);
            }
            vm->exc = NULL;
            call.result = spy_str_cstr(vm, "<exception str() failed>");
        }
        msg = call.result;
    } else {
        msg = spy_exc_str(vm, e);
    }
    if (msg->len > 0) {
        spy_sb_add_cstr(vm, sb, ": ");
        spy_sb_add_str(vm, sb, msg);
    }
    Str *sugg = suggestion_for(vm, e);
    if (sugg) {
        spy_sb_add_cstr(vm, sb, ". Did you mean: '");
        spy_sb_add_str(vm, sb, sugg);
        spy_sb_add_cstr(vm, sb, "'?");
    }
    spy_sb_add_cstr(vm, sb, "\n");
}

/* The SyntaxError block: file/line, the source text and carets, then the message. */
static void format_syntax_error(VM *vm, StrBuf *sb, ExcObj *e)
{
    Value fn = exc_attr(vm, e, vm->s.filename);
    Value ln = exc_attr(vm, e, vm->s.lineno);
    Value text = exc_attr(vm, e, vm->s.text);
    Value off = exc_attr(vm, e, vm->s.offset);
    Value eoff = exc_attr(vm, e, spy_str_intern_cstr(vm, "end_offset"));
    if (IS_STR(fn) && IS_INT(ln)) {
        spy_sb_add_cstr(vm, sb, "  File \"");
        spy_sb_add_str(vm, sb, AS_STR(fn));
        char num[40];
        snprintf(num, sizeof num, "\", line %lld\n", (long long)AS_INT(ln));
        spy_sb_add_cstr(vm, sb, num);
    }
    if (IS_STR(text)) {
        Str *t = AS_STR(text);
        int64_t n = t->len, lead = 0;
        while (lead < n && (str_char(t, lead) == ' ' || str_char(t, lead) == '\t' ||
                            str_char(t, lead) == '\f')) {
            lead++;
        }
        int64_t end = n;
        while (end > lead && (str_char(t, end - 1) == '\n' || str_char(t, end - 1) == '\r')) {
            end--;
        }
        spy_sb_add_cstr(vm, sb, "    ");
        spy_sb_add_str(vm, sb, spy_str_substr(vm, t, lead, end));
        spy_sb_add_cstr(vm, sb, "\n");
        /* CPython's print_error_text: the caret is placed in the stripped line, and not
         * printed at all when it would fall left of the text.  IndentationError and
         * TabError get a single caret. */
        if (IS_INT(off)) {
            int64_t o = AS_INT(off) - 1 - lead;
            if (o > end - lead) {
                o = end - lead;
            }
            int64_t width = 1;
            if (!spy_type_is_subtype(e->hdr.type, EXC(vm, IndentationError)) && IS_INT(eoff) &&
                AS_INT(eoff) > AS_INT(off)) {
                width = AS_INT(eoff) - AS_INT(off);
            }
            if (o >= 0) {
                spy_sb_add_cstr(vm, sb, "    ");
                add_spaces(vm, sb, (int)o, ' ');
                add_spaces(vm, sb, (int)width, '^');
                spy_sb_add_cstr(vm, sb, "\n");
            }
        }
    }
    TypeObj *t = e->hdr.type;
    spy_sb_add_str(vm, sb, t->name);
    Value msg = exc_attr(vm, e, vm->s.msg);
    if (IS_NULL(msg)) {
        msg = e->args->len > 0 ? e->args->items[0] : NONEV;
    }
    Str *m = spy_str(vm, msg);
    if (m->len > 0) {
        spy_sb_add_cstr(vm, sb, ": ");
        spy_sb_add_str(vm, sb, m);
    }
    spy_sb_add_cstr(vm, sb, "\n");
}

static void repeated_line(VM *vm, StrBuf *sb, int n)
{
    char buf[80];
    snprintf(buf, sizeof buf, "  [Previous line repeated %d more time%s]\n", n,
             n == 1 ? "" : "s");
    spy_sb_add_cstr(vm, sb, buf);
}

static void format_one(VM *vm, StrBuf *sb, ExcObj *e)
{
    if (e->tb) {
        spy_sb_add_cstr(vm, sb, "Traceback (most recent call last):\n");
        /* As CPython: after 3 identical entries (same code and line) in a row, the rest
         * are counted in one "[Previous line repeated N more times]" line. */
        Code *last_code = NULL;
        int last_line = -1, count = 0;
        for (Traceback *tb = e->tb; tb; tb = tb->next) {
            int line = tb->code->pos && tb->instr < tb->code->ncode ? tb->code->pos[tb->instr].line
                                                                    : 0;
            if (tb->code == last_code && line == last_line) {
                count++;
            } else {
                if (count > 3) {
                    repeated_line(vm, sb, count - 3);
                }
                last_code = tb->code;
                last_line = line;
                count = 1;
            }
            if (count <= 3) {
                format_entry(vm, sb, tb->code, tb->instr);
            }
        }
        if (count > 3) {
            repeated_line(vm, sb, count - 3);
        }
    }
    if (spy_type_is_subtype(e->hdr.type, EXC(vm, SyntaxError))) {
        format_syntax_error(vm, sb, e);
    } else {
        format_exc_line(vm, sb, e);
    }
}

static void format_chain(VM *vm, StrBuf *sb, ExcObj *e, ExcObj **seen, int nseen)
{
    for (int i = 0; i < nseen; i++) {
        if (seen[i] == e) {
            return;
        }
    }
    if (nseen < 64) {
        seen[nseen++] = e;
    }
    if (IS_OBJ(e->cause) && nseen < 64) {
        format_chain(vm, sb, (ExcObj *)AS_OBJ(e->cause), seen, nseen);
        spy_sb_add_cstr(vm, sb, "\nThe above exception was the direct cause of the following "
                                "exception:\n\n");
    } else if (IS_OBJ(e->context) && !e->suppress_context && nseen < 64) {
        format_chain(vm, sb, (ExcObj *)AS_OBJ(e->context), seen, nseen);
        spy_sb_add_cstr(vm, sb, "\nDuring handling of the above exception, another exception "
                                "occurred:\n\n");
    }
    format_one(vm, sb, e);
}

Str *spy_format_exception(VM *vm, ExcObj *exc)
{
    StrBuf sb;
    spy_sb_init(vm, &sb);
    ExcObj *seen[64];
    format_chain(vm, &sb, exc, seen, 0);
    return spy_sb_finish(vm, &sb);
}

/* ================================================================ exception classes */

Value spy_exc_ctor(VM *vm, TypeObj *t, int nargs, Value *args, Tuple *kwnames)
{
    if (kwnames && kwnames->len > 0) {
        spy_raise(vm, EXC(vm, TypeError), "%N() takes no keyword arguments", t);
    }
    Tuple *a = spy_tuple_new(vm, nargs);
    if (nargs > 0) {
        spy_copy_values(a->items, args, nargs);
    }
    ExcObj *e = spy_exc_new(vm, t, a);
    if (spy_type_is_subtype(t, EXC(vm, StopIteration))) {
        e->value = nargs > 0 ? args[0] : NONEV;
    } else if (spy_type_is_subtype(t, EXC(vm, SystemExit))) {
        e->value = nargs == 0 ? NONEV : nargs == 1 ? args[0] : mk_obj(a);
    } else if (spy_type_is_subtype(t, EXC(vm, SyntaxError)) && nargs >= 1) {
        set_attr(vm, e, vm->s.msg, args[0]);
        if (nargs == 2 && IS_TUPLE(args[1]) && AS_TUPLE(args[1])->len >= 4) {
            Tuple *loc = AS_TUPLE(args[1]);
            set_attr(vm, e, vm->s.filename, loc->items[0]);
            set_attr(vm, e, vm->s.lineno, loc->items[1]);
            set_attr(vm, e, vm->s.offset, loc->items[2]);
            set_attr(vm, e, vm->s.text, loc->items[3]);
        }
    }
    return mk_obj(e);
}

/* ================================================================ "Did you mean" */

/* CPython 3.11 appends ". Did you mean: 'x'?" to an uncaught NameError/AttributeError
 * when a known name is close enough: a Levenshtein distance where changing case costs 1
 * and any other edit 2, at most a third of the characters changed, names over 40 bytes
 * and candidate lists of 750 or more ignored.  The candidates are recorded when the
 * error is raised (ExcObj.value: (code, globals, name) or (object, name)). */
#define SUGGEST_MAX_ITEMS 750
#define SUGGEST_MAX_SIZE 40
#define MOVE_COST 2
#define CASE_COST 1

static int subst_cost(char a, char b)
{
    if ((a & 31) != (b & 31)) {
        return MOVE_COST;
    }
    if (a == b) {
        return 0;
    }
    if (a >= 'A' && a <= 'Z') {
        a = (char)(a + ('a' - 'A'));
    }
    if (b >= 'A' && b <= 'Z') {
        b = (char)(b + ('a' - 'A'));
    }
    return a == b ? CASE_COST : MOVE_COST;
}

static int64_t levenshtein(const char *a, int64_t an, const char *b, int64_t bn, int64_t max)
{
    while (an && bn && a[0] == b[0]) {
        a++, b++, an--, bn--;
    }
    while (an && bn && a[an - 1] == b[bn - 1]) {
        an--, bn--;
    }
    if (an == 0 || bn == 0) {
        return (an + bn) * MOVE_COST;
    }
    if (an > SUGGEST_MAX_SIZE || bn > SUGGEST_MAX_SIZE) {
        return max + 1;
    }
    if (bn < an) {
        const char *t = a;
        a = b;
        b = t;
        int64_t tn = an;
        an = bn;
        bn = tn;
    }
    if ((bn - an) * MOVE_COST > max) {
        return max + 1;
    }
    int64_t row[SUGGEST_MAX_SIZE];
    for (int64_t i = 0; i < an; i++) {
        row[i] = (i + 1) * MOVE_COST;
    }
    int64_t result = 0;
    for (int64_t j = 0; j < bn; j++) {
        int64_t dist = result = j * MOVE_COST, minimum = INT64_MAX;
        for (int64_t i = 0; i < an; i++) {
            int64_t sub = dist + subst_cost(b[j], a[i]);
            dist = row[i];
            int64_t insdel = (result < dist ? result : dist) + MOVE_COST;
            result = insdel < sub ? insdel : sub;
            row[i] = result;
            if (result < minimum) {
                minimum = result;
            }
        }
        if (minimum > max) {
            return max + 1;
        }
    }
    return result;
}

/* Best candidate among the keys of `names` (a list of strs), or NULL. */
static Str *best_suggestion(VM *vm, List *names, Str *name)
{
    if (names->len >= SUGGEST_MAX_ITEMS) {
        return NULL;
    }
    int64_t nn;
    const char *ns = spy_str_utf8(vm, name, &nn);
    Str *best = NULL;
    int64_t best_dist = INT64_MAX;
    for (int64_t i = 0; i < names->len; i++) {
        if (!IS_STR(names->items[i])) {
            continue;
        }
        Str *cand = AS_STR(names->items[i]);
        if (spy_str_eq(cand, name)) {
            continue;
        }
        int64_t cn;
        const char *cs = spy_str_utf8(vm, cand, &cn);
        int64_t max = (nn + cn + 3) * MOVE_COST / 6;
        if (best_dist - 1 < max) {
            max = best_dist - 1;
        }
        int64_t d = levenshtein(ns, nn, cs, cn, max);
        if (d > max) {
            continue;
        }
        if (!best || d < best_dist) {
            best = cand;
            best_dist = d;
        }
    }
    return best;
}

/* The keys of `d`, or an empty list when there are too many to be candidates (so a huge
 * namespace is never copied: CPython's cap applies before any work). */
static List *dict_keys_list(VM *vm, Dict *d)
{
    if (d->used >= SUGGEST_MAX_ITEMS) {
        return spy_list_new(vm, 0);
    }
    List *l = spy_list_new(vm, d->used);
    int64_t pos = 0;
    Value k, v;
    while (spy_dict_next(d, &pos, &k, &v)) {
        spy_list_append(vm, l, k);
    }
    return l;
}

static Str *suggestion_for(VM *vm, ExcObj *e)
{
    if (!IS_TUPLE(e->value)) {
        return NULL;
    }
    Tuple *t = AS_TUPLE(e->value);
    if (t->len == 3 && spy_type_is_subtype(e->hdr.type, EXC(vm, NameError))) {
        Code *co = (Code *)AS_OBJ(t->items[0]);
        Str *name = AS_STR(t->items[2]);
        /* The function's own variable names, then the globals, then the builtins. */
        List *locals = spy_list_new(vm, co->nlocals);
        for (int32_t i = 0; i < co->nlocals && co->localnames; i++) {
            spy_list_append(vm, locals, mk_obj(co->localnames[i]));
        }
        Str *s = best_suggestion(vm, locals, name);
        if (!s && IS_DICT(t->items[1])) {
            s = best_suggestion(vm, dict_keys_list(vm, AS_DICT(t->items[1])), name);
        }
        if (!s) {
            s = best_suggestion(vm, dict_keys_list(vm, vm->builtins), name);
        }
        return s;
    }
    if (t->len == 2 && spy_type_is_subtype(e->hdr.type, EXC(vm, AttributeError))) {
        Value obj = t->items[0];
        Str *name = AS_STR(t->items[1]);
        List *names;
        if (IS_KIND(obj, K_MODULE)) {
            names = dict_keys_list(vm, ((Module *)AS_OBJ(obj))->dict);
        } else {
            names = spy_list_new(vm, 16);
            Dict **dp = IS_OBJ(obj) && !IS_KIND(obj, K_TYPE) ? spy_obj_dictptr(vm, AS_OBJ(obj))
                                                           : NULL;
            if (dp && *dp && (*dp)->used <= SUGGEST_MAX_ITEMS) {
                /* The instance's own attributes, as dir() lists them too. */
                List *k = dict_keys_list(vm, *dp);
                for (int64_t j = 0; j < k->len; j++) {
                    spy_list_append(vm, names, k->items[j]);
                }
            }
            TypeObj *ty = IS_KIND(obj, K_TYPE) ? (TypeObj *)AS_OBJ(obj) : spy_typeof(vm, obj);
            for (int64_t i = 0; ty->mro && i < ty->mro->len; i++) {
                TypeObj *b = (TypeObj *)AS_OBJ(ty->mro->items[i]);
                if (b->dict && names->len < SUGGEST_MAX_ITEMS) {
                    List *k = dict_keys_list(vm, b->dict);
                    for (int64_t j = 0; j < k->len; j++) {
                        spy_list_append(vm, names, k->items[j]);
                    }
                }
            }
        }
        return best_suggestion(vm, names, name);
    }
    return NULL;
}

/* Records what a suggestion needs on a NameError/AttributeError about to be raised. */
void spy_exc_note_name(VM *vm, ExcObj *e, Value where, Value globals, Str *name)
{
    e->value = IS_NULL(globals) ? mk_obj(spy_tuple_pack(vm, 2, where, mk_obj(name)))
                                : mk_obj(spy_tuple_pack(vm, 3, where, globals, mk_obj(name)));
}
