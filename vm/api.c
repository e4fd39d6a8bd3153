/* api.c: the public API of include/sandboxed_python.h, and the program's I/O.
 *
 * This is the protected boundary: every entry point that can run VM code does so under
 * spy_pcall, so no longjmp ever escapes to the embedder.  Arguments are validated here
 * (a NULL vm or source is SPY_API_ERROR, never a crash).  Output goes to the host's write
 * callback (buffered) or is captured into the result; either way it counts against the
 * output cap. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "vm.h"

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

void spy_config_init(spy_config *cfg)
{
    if (!cfg) {
        return;
    }
    memset(cfg, 0, sizeof *cfg);
    cfg->max_steps = SPY_DEFAULT_MAX_STEPS;
    cfg->max_memory = SPY_DEFAULT_MAX_MEMORY;
    cfg->max_depth = SPY_DEFAULT_MAX_DEPTH;
    cfg->max_output = SPY_DEFAULT_MAX_OUTPUT;
    cfg->timeout = SPY_DEFAULT_TIMEOUT;
}

const char *spy_status_name(spy_status st)
{
    switch (st) {
    case SPY_OK:
        return "ok";
    case SPY_ERROR:
        return "error";
    case SPY_SYNTAX_ERROR:
        return "syntax_error";
    case SPY_STEP_LIMIT:
        return "step_limit";
    case SPY_MEMORY_LIMIT:
        return "memory_limit";
    case SPY_DEPTH_LIMIT:
        return "depth_limit";
    case SPY_OUTPUT_LIMIT:
        return "output_limit";
    case SPY_TIMEOUT:
        return "timeout";
    default:
        return "api_error";
    }
}

/* ================================================================ output */

static void buf_add(VM *vm, OutBuf *b, const char *data, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t ncap = b->cap ? b->cap : 256;
        while (ncap < b->len + n + 1) {
            ncap *= 2;
        }
        b->data = spy_mem_realloc(vm, b->data, ncap);
        b->cap = ncap;
    }
    memcpy(b->data + b->len, data, n);
    b->len += n;
    b->data[b->len] = 0;
}

static void flush_stream(VM *vm, int stream)
{
    OutBuf *b = stream == 1 ? &vm->out : &vm->err;
    if (vm->cfg.write && b->len > 0) {
        vm->cfg.write(vm->cfg.write_ud, stream, b->data, b->len);
        b->len = 0;
    }
}

void spy_flush(VM *vm)
{
    flush_stream(vm, 1);
    flush_stream(vm, 2);
}

void spy_write(VM *vm, int stream, const char *data, size_t n)
{
    size_t room = vm->cfg.max_output > vm->output_total ? vm->cfg.max_output - vm->output_total : 0;
    bool over = n > room;
    if (over) {
        n = room;
    }
    if (stream == 2) {
        flush_stream(vm, 1);
    }
    OutBuf *b = stream == 1 ? &vm->out : &vm->err;
    buf_add(vm, b, data, n);
    vm->output_total += n;
    if (vm->cfg.write && (stream == 2 || b->len >= 8192)) {
        flush_stream(vm, stream);
    }
    if (over) {
        spy_limit(vm, SPY_OUTPUT_LIMIT);
    }
}

/* ================================================================ input */

static bool fill_input(VM *vm)
{
    if (vm->in_eof || !vm->cfg.read) {
        vm->in_eof = true;
        return false;
    }
    if (vm->in_pos > 0) {
        memmove(vm->in, vm->in + vm->in_pos, vm->in_len - vm->in_pos);
        vm->in_len -= vm->in_pos;
        vm->in_pos = 0;
    }
    if (vm->in_cap - vm->in_len < 4096) {
        size_t ncap = vm->in_cap ? vm->in_cap * 2 : 8192;
        vm->in = spy_mem_realloc(vm, vm->in, ncap);
        vm->in_cap = ncap;
    }
    size_t got = vm->cfg.read(vm->cfg.read_ud, vm->in + vm->in_len, vm->in_cap - vm->in_len);
    if (got == 0) {
        vm->in_eof = true;
        return false;
    }
    vm->in_len += got;
    return true;
}

Str *spy_readline(VM *vm)
{
    spy_flush(vm);
    for (;;) {
        char *start = vm->in + vm->in_pos;
        size_t avail = vm->in_len - vm->in_pos;
        char *nl = avail ? memchr(start, '\n', avail) : NULL;
        if (nl || (vm->in_eof && avail > 0) || (!fill_input(vm) && vm->in_len - vm->in_pos > 0)) {
            start = vm->in + vm->in_pos;
            avail = vm->in_len - vm->in_pos;
            nl = avail ? memchr(start, '\n', avail) : NULL;
            size_t n = nl ? (size_t)(nl - start) + 1 : avail;
            spy_charge(vm, (int64_t)(n / 64));
            Str *s = spy_str_new(vm, start, (int64_t)n);
            vm->in_pos += n;
            return s;
        }
        if (vm->in_eof && vm->in_len - vm->in_pos == 0) {
            return NULL;
        }
    }
}

/* ================================================================ lifecycle */

typedef struct RunJob {
    const char *src;
    size_t len;
    const char *filename;
} RunJob;

static void init_job(VM *vm, void *ud)
{
    spy_state_init(vm);
    vm->main_globals = spy_dict_new(vm);
    spy_dict_set_str(vm, vm->main_globals, vm->s.__name__, mk_obj(vm->s.__main__));
    spy_dict_set_str(vm, vm->main_globals, vm->s.__doc__, NONEV);
    vm->argv = spy_list_new(vm, vm->cfg.argc > 0 ? vm->cfg.argc : 1);
    for (int i = 0; i < vm->cfg.argc; i++) {
        const char *a = vm->cfg.argv && vm->cfg.argv[i] ? vm->cfg.argv[i] : "";
        spy_list_append(vm, vm->argv, mk_obj(spy_str_new(vm, a, (int64_t)strlen(a))));
    }
    if (vm->cfg.argc == 0) {
        spy_list_append(vm, vm->argv, mk_obj(vm->empty_str));
    }
    const spy_config *cfg = ud;
    if (cfg->stdin_data && cfg->stdin_len > 0 && !cfg->read) {
        vm->in = spy_mem_alloc(vm, cfg->stdin_len + 1);
        memcpy(vm->in, cfg->stdin_data, cfg->stdin_len);
        vm->in_len = cfg->stdin_len;
        vm->in_cap = cfg->stdin_len + 1;
    }
}

spy_vm *spy_new(const spy_config *cfg_in)
{
    spy_config cfg;
    if (cfg_in) {
        cfg = *cfg_in;
    } else {
        spy_config_init(&cfg);
    }
    VM *vm = spy_mem_vm_new(&cfg);
    if (!vm) {
        return NULL;
    }
    vm->limit = cfg.max_memory ? cfg.max_memory : SPY_DEFAULT_MAX_MEMORY;
    vm->next_gc = vm->limit / 8 < (4u << 20) ? vm->limit / 8 : (4u << 20);
    vm->max_steps = cfg.max_steps > 0 ? (uint64_t)cfg.max_steps : (uint64_t)SPY_DEFAULT_MAX_STEPS;
    if (vm->cfg.max_depth <= 0) {
        vm->cfg.max_depth = SPY_DEFAULT_MAX_DEPTH;
    }
    vm->max_depth = vm->cfg.max_depth < SPY_INITIAL_RECURSION ? vm->cfg.max_depth
                                                               : SPY_INITIAL_RECURSION;
    if (vm->cfg.max_output == 0) {
        vm->cfg.max_output = SPY_DEFAULT_MAX_OUTPUT;
    }
    vm->handled = NULLV;
    /* The budget must hold the VM's own world; setup is not charged to steps. */
    vm->steps_left = INT64_MAX / 2;
    vm->steps_chunk = vm->steps_left;
    spy_mem_gmp_enter(vm);
    if (spy_pcall(vm, init_job, &cfg) != 0) {
        spy_free(vm);
        return NULL;
    }
    vm->in_eof = !cfg.read;
    vm->steps_left = 0;
    vm->steps_chunk = 0;
    return vm;
}

void spy_free(spy_vm *vm)
{
    if (!vm) {
        return;
    }
    spy_mem_gmp_enter(vm);
    spy_gc_free_all(vm);
    StackChunk *c = vm->chunk;
    while (c) {
        StackChunk *p = c->prev;
        spy_mem_free(vm, c);
        c = p;
    }
    spy_mem_free(vm, vm->out.data);
    spy_mem_free(vm, vm->err.data);
    spy_mem_host(vm, vm->json.data, vm->json.cap, 0); /* host memory, no funnel header */
    spy_mem_free(vm, vm->pins);
    spy_mem_free(vm, vm->in);
    spy_mem_free(vm, vm->interned);
    spy_mem_free(vm, vm->type_cache);
    vm->type_cache = NULL;
    spy_mem_pool_free(vm);
    spy_mem_gmp_leave(vm);
    spy_mem_vm_free(vm);
}

void spy_cancel(spy_vm *vm)
{
    if (vm) {
        __atomic_store_n(&vm->cancel, 1, __ATOMIC_RELAXED);
        __atomic_store_n(&vm->steps_left, 0, __ATOMIC_RELAXED);
    }
}

/* ================================================================ running */

static void run_job(VM *vm, void *ud)
{
    RunJob *j = ud;
    Code *code = spy_compile(vm, j->src, j->len, j->filename, MODE_EXEC);
    spy_run_code(vm, code, vm->main_globals, vm->main_globals);
}

static int exit_code_of(VM *vm, ExcObj *e, Str **msg_out)
{
    Value code = e->value;
    if (IS_NULL(code)) {
        code = e->args->len == 0 ? NONEV : (e->args->len == 1 ? e->args->items[0] : mk_obj(e->args));
    }
    *msg_out = NULL;
    if (IS_NONE(code)) {
        return 0;
    }
    if (IS_SMALLINT_LIKE(code)) {
        return (int)(code.u.i & 0xff);
    }
    if (IS_BIGINT(code)) {
        return 255; /* CPython: the C long conversion overflows to -1, printing nothing */
    }
    *msg_out = spy_str(vm, code);
    return 1;
}

static void finish_result(VM *vm, void *ud)
{
    (void)ud;
    spy_result *r = &vm->result;
    ExcObj *e = vm->exc;
    if (!e) {
        return;
    }
    TypeObj *t = e->hdr.type;
    vm->res_type = t->name;
    r->exc_type = spy_str_utf8(vm, vm->res_type, &(int64_t){0});
    if (spy_type_is_subtype(t, EXC(vm, SystemExit))) {
        Str *m;
        r->exit_code = exit_code_of(vm, e, &m);
        r->status = r->exit_code == 0 ? SPY_OK : SPY_ERROR;
        vm->res_msg = m ? m : vm->empty_str;
        r->exc_message = spy_str_utf8(vm, vm->res_msg, &(int64_t){0});
        if (m) {
            int64_t n;
            const char *s = spy_str_utf8(vm, m, &n);
            spy_write(vm, 2, s, (size_t)n);
            spy_write(vm, 2, "\n", 1);
        }
        if (r->exit_code == 0) {
            r->exc_type = NULL;
            r->exc_message = NULL;
        }
        return;
    }
    r->exit_code = 1;
    if (spy_type_is_subtype(t, EXC(vm, SyntaxError))) {
        r->status = SPY_SYNTAX_ERROR;
        Value ln = e->dict ? spy_dict_get_str(vm, e->dict, vm->s.lineno) : NULLV;
        r->exc_line = IS_INT(ln) ? (int)AS_INT(ln) : 0;
    } else if (t == EXC(vm, RecursionError)) {
        r->status = SPY_DEPTH_LIMIT;
    } else {
        r->status = SPY_ERROR;
    }
    if (e->tb) {
        Traceback *last = e->tb;
        while (last->next) {
            last = last->next;
        }
        if (last->code->pos && last->instr < last->code->ncode) {
            r->exc_line = last->code->pos[last->instr].line;
        }
    }
    vm->res_msg = spy_exc_str(vm, e);
    r->exc_message = spy_str_utf8(vm, vm->res_msg, &(int64_t){0});
    vm->tb_text = spy_format_exception(vm, e);
    int64_t n;
    const char *s = spy_str_utf8(vm, vm->tb_text, &n);
    r->traceback = s;
    spy_write(vm, 2, s, (size_t)n);
}

static void write_limit_line(VM *vm, void *ud)
{
    (void)ud;
    buf_add(vm, &vm->err, vm->limit_line_text, strlen(vm->limit_line_text));
    flush_stream(vm, 2);
}

static void limit_message(VM *vm, spy_status st)
{
    char buf[160];
    const char *type = "LimitError";
    switch (st) {
    case SPY_STEP_LIMIT:
        type = "StepLimitExceeded";
        snprintf(buf, sizeof buf, "instruction limit exceeded (%llu steps)",
                 (unsigned long long)vm->max_steps);
        break;
    case SPY_MEMORY_LIMIT:
        type = "MemoryError";
        snprintf(buf, sizeof buf, "memory limit exceeded (%zu bytes)", vm->limit);
        break;
    case SPY_OUTPUT_LIMIT:
        type = "OutputLimitExceeded";
        snprintf(buf, sizeof buf, "output limit exceeded (%zu bytes)", vm->cfg.max_output);
        break;
    case SPY_TIMEOUT:
        type = "TimeoutError";
        if (vm->cancel) {
            snprintf(buf, sizeof buf, "run cancelled by the host");
        } else {
            snprintf(buf, sizeof buf, "time limit exceeded (%g s)", vm->cfg.timeout);
        }
        break;
    default:
        snprintf(buf, sizeof buf, "limit exceeded");
        break;
    }
    vm->result.exc_type = type;
    snprintf(vm->limit_msg, sizeof vm->limit_msg, "%s", buf);
    vm->result.exc_message = vm->limit_msg;
    vm->result.exc_line = vm->limit_line;
    if (st != SPY_OUTPUT_LIMIT) {
        /* The diagnostic line bypasses the output cap; writing it may need memory the
         * budget no longer has, so it runs under a catch point and is dropped then. */
        snprintf(vm->limit_line_text, sizeof vm->limit_line_text, "%s: %s\n", type, buf);
        vm->limit_hit = 0;
        if (vm->cfg.write) {
            flush_stream(vm, 1);
            vm->cfg.write(vm->cfg.write_ud, 2, vm->limit_line_text, strlen(vm->limit_line_text));
        } else {
            spy_pcall(vm, write_limit_line, NULL);
        }
        vm->limit_hit = (int)st;
    }
}

spy_status spy_run(spy_vm *vm, const char *src, size_t len, const char *filename)
{
    if (!vm || vm->jmp) { /* vm->jmp: called from a callback of a run in progress */
        return SPY_API_ERROR;
    }
    spy_result *r = &vm->result;
    memset(r, 0, sizeof *r);
    r->out = r->err = ""; /* early returns below still hand out valid strings */
    vm->out.len = 0;
    vm->err.len = 0;
    vm->output_total = 0;
    vm->tb_text = NULL;
    vm->res_type = vm->res_msg = NULL;
    vm->limit_hit = 0;
    vm->limit_line = 0;
    vm->exc = NULL;
    vm->handled = NULLV;
    vm->steps_done = 0;
    vm->steps_chunk = 0;
    vm->steps_left = 0;
    vm->cancel = 0;
    vm->peak = vm->bytes;
    vm->t_start = now_seconds();
    vm->deadline = vm->cfg.timeout > 0 ? vm->t_start + vm->cfg.timeout : 0;
    spy_mem_gmp_enter(vm);
    if (!src) {
        r->status = SPY_API_ERROR;
        r->exit_code = 2;
        return r->status;
    }
    if (len > SPY_MAX_SOURCE_BYTES) {
        r->status = SPY_MEMORY_LIMIT;
        r->exit_code = 1;
        limit_message(vm, SPY_MEMORY_LIMIT);
        return r->status;
    }
    RunJob job = {src, len, filename ? filename : "<string>"};
    /* Charge setup-free: the countdown starts at the first checkpoint. */
    spy_checkpoint(vm);
    if (spy_pcall(vm, run_job, &job) == 0) {
        r->status = SPY_OK;
        r->exit_code = 0;
    } else if (vm->limit_hit) {
        r->status = (spy_status)vm->limit_hit;
        r->exit_code = 1;
        limit_message(vm, r->status);
    } else {
        /* Formatting the traceback runs Python-level code paths (repr); give it a little
         * room of its own so that a program that died of a budget can still be reported. */
        vm->limit_hit = 0;
        uint64_t save_max = vm->max_steps;
        vm->max_steps = spy_steps_used(vm) + 1000000;
        vm->steps_done = spy_steps_used(vm);
        vm->steps_chunk = vm->steps_left = 0;
        spy_checkpoint(vm);
        if (spy_pcall(vm, finish_result, NULL) != 0) {
            if (!r->status) {
                r->status = vm->limit_hit ? (spy_status)vm->limit_hit : SPY_ERROR;
            }
            r->exit_code = 1;
        }
        vm->max_steps = save_max;
    }
    spy_flush(vm);
    r->steps = spy_steps_used(vm);
    if (r->steps > vm->max_steps) {
        r->steps = vm->max_steps;
    }
    r->peak_memory = vm->peak;
    r->time = now_seconds() - vm->t_start;
    r->out = vm->out.len ? vm->out.data : "";
    r->out_len = vm->cfg.write ? 0 : vm->out.len;
    r->err = vm->err.len ? vm->err.data : "";
    r->err_len = vm->cfg.write ? 0 : vm->err.len;
    if (vm->cfg.write) {
        r->out = "";
        r->err = "";
    }
    vm->exc = NULL;
    vm->handled = NULLV;
    /* Keep the heap small between runs. */
    spy_gc_collect(vm);
    return r->status;
}

const spy_result *spy_result_get(spy_vm *vm)
{
    return vm ? &vm->result : NULL;
}

/* ================================================================ JSON */

static void json_raw(VM *vm, const char *s)
{
    size_t n = strlen(s);
    OutBuf *b = &vm->json;
    if (b->len + n + 1 > b->cap) {
        size_t ncap = b->cap ? b->cap : 512;
        while (ncap < b->len + n + 1) {
            ncap *= 2;
        }
        char *nd = spy_mem_host(vm, b->data, b->cap, ncap);
        if (!nd) {
            vm->json_failed = true;
            return;
        }
        b->data = nd;
        b->cap = ncap;
    }
    memcpy(b->data + b->len, s, n + 1);
    b->len += n;
}

static void json_str(VM *vm, const char *s, size_t n)
{
    if (!s) {
        json_raw(vm, "null");
        return;
    }
    json_raw(vm, "\"");
    char chunk[256];
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (k > sizeof chunk - 8) {
            chunk[k] = 0;
            json_raw(vm, chunk);
            k = 0;
        }
        if (c == '"' || c == '\\') {
            chunk[k++] = '\\';
            chunk[k++] = (char)c;
        } else if (c == '\n') {
            chunk[k++] = '\\';
            chunk[k++] = 'n';
        } else if (c == '\t') {
            chunk[k++] = '\\';
            chunk[k++] = 't';
        } else if (c == '\r') {
            chunk[k++] = '\\';
            chunk[k++] = 'r';
        } else if (c < 0x20 || c == 0x7f) {
            k += (size_t)snprintf(chunk + k, 8, "\\u%04x", c);
        } else {
            chunk[k++] = (char)c;
        }
    }
    chunk[k] = 0;
    json_raw(vm, chunk);
    json_raw(vm, "\"");
}

const char *spy_result_json(spy_vm *vm)
{
    if (!vm) {
        return "{\"status\":\"api_error\"}";
    }
    spy_result *r = &vm->result;
    vm->json.len = 0;
    vm->json_failed = false;
    char num[128];
    json_raw(vm, "{\"status\":");
    json_str(vm, spy_status_name(r->status), strlen(spy_status_name(r->status)));
    snprintf(num, sizeof num, ",\"exit_code\":%d,\"stdout\":", r->exit_code);
    json_raw(vm, num);
    json_str(vm, r->out, r->out_len);
    json_raw(vm, ",\"stderr\":");
    json_str(vm, r->err, r->err_len);
    json_raw(vm, ",\"exception\":");
    if (r->exc_type) {
        json_raw(vm, "{\"type\":");
        json_str(vm, r->exc_type, strlen(r->exc_type));
        json_raw(vm, ",\"message\":");
        json_str(vm, r->exc_message, r->exc_message ? strlen(r->exc_message) : 0);
        snprintf(num, sizeof num, ",\"line\":%d}", r->exc_line);
        json_raw(vm, num);
    } else {
        json_raw(vm, "null");
    }
    snprintf(num, sizeof num, ",\"steps\":%llu,\"memory\":%zu,\"time\":%.6f}",
             (unsigned long long)r->steps, r->peak_memory, r->time);
    json_raw(vm, num);
    if (vm->json_failed || !vm->json.data) {
        /* The host could not give memory for the text: a fixed object, never a torn one. */
        return "{\"status\":\"api_error\",\"error\":\"out of host memory for the JSON result\"}";
    }
    return vm->json.data;
}
