/* sandboxed_python.h: the one public header of sandboxed-python.
 *
 * Embedding in four calls:
 *
 *     spy_config cfg;
 *     spy_config_init(&cfg);            // defaults for every limit
 *     cfg.max_steps = 1000000;          // tighten what you need
 *     spy_vm *vm = spy_new(&cfg);       // NULL if out of memory (see spy_new)
 *     spy_status st = spy_run(vm, src, strlen(src), "main.py");
 *     const spy_result *r = spy_result_get(vm);   // output, error, steps, memory, time
 *     spy_free(vm);
 *
 * A VM runs untrusted code with no access to the host: no files, environment, clock or
 * network.  Every run is bounded by the limits in `spy_config`; hitting one ends the run
 * with the matching status, which Python code cannot catch.  A VM is used by one thread at
 * a time; `spy_cancel` is the one call that may come from another thread.  Two VMs share
 * nothing and may run in parallel. */
#ifndef SANDBOXED_PYTHON_H
#define SANDBOXED_PYTHON_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__) || defined(__clang__)
#define SPY_API __attribute__((visibility("default")))
#else
#define SPY_API
#endif

#define SPY_VERSION "0.1.0"

typedef struct VM spy_vm;

/* How a run ended. */
typedef enum spy_status {
    SPY_OK = 0,           /* finished (or sys.exit(0)/sys.exit()) */
    SPY_ERROR,            /* uncaught exception (incl. sys.exit with a non-zero code) */
    SPY_SYNTAX_ERROR,     /* the source did not compile */
    SPY_STEP_LIMIT,       /* instruction budget exhausted */
    SPY_MEMORY_LIMIT,     /* memory budget exhausted */
    SPY_DEPTH_LIMIT,      /* uncaught RecursionError (call depth or C nesting) */
    SPY_OUTPUT_LIMIT,     /* output cap reached */
    SPY_TIMEOUT,          /* wall-clock safety net or spy_cancel */
    SPY_API_ERROR         /* misuse of this API (NULL arguments, ...) */
} spy_status;

/* Host allocator, with the signature of lua_Alloc: nsize 0 frees; otherwise (re)allocates
 * and returns NULL on failure.  Every byte the VM uses goes through it. */
typedef void *(*spy_alloc_fn)(void *ud, void *ptr, size_t osize, size_t nsize);
/* Output callback: stream 1 is stdout, 2 is stderr. */
typedef void (*spy_write_fn)(void *ud, int stream, const char *data, size_t len);
/* Input callback: fills up to `cap` bytes of the program's stdin; returns how many (0 at
 * end of input).  Called only when the program reads (input(), sys.stdin). */
typedef size_t (*spy_read_fn)(void *ud, char *buf, size_t cap);

typedef struct spy_config {
    int64_t max_steps;        /* bytecode instructions (plus work charged by builtins) */
    size_t max_memory;        /* bytes of heap */
    int max_depth;            /* ceiling of the Python call depth: the recursion limit starts
                                 at min(1000, max_depth), as CPython's, and
                                 sys.setrecursionlimit may raise it up to max_depth */
    size_t max_output;        /* bytes written to stdout + stderr */
    double timeout;           /* seconds of wall clock; 0 for none */
    const char *stdin_data;   /* what input() and sys.stdin read; copied by spy_new */
    size_t stdin_len;
    spy_read_fn read;         /* or, when set, stdin is pulled from this callback */
    void *read_ud;
    int argc;                 /* sys.argv; copied by spy_new */
    const char *const *argv;
    spy_write_fn write;       /* NULL: output is captured into the result */
    void *write_ud;
    spy_alloc_fn alloc;       /* NULL: the C library's realloc/free */
    void *alloc_ud;
} spy_config;

/* The outcome of the last run.  Strings are NUL-terminated, owned by the VM, and valid
 * until the next run or spy_free.  exc_* are NULL when no exception ended the run. */
typedef struct spy_result {
    spy_status status;
    int exit_code;            /* what `python3 script.py` would exit with: 0, 1, or sys.exit's */
    const char *out;          /* captured stdout (empty when cfg.write streams it) */
    size_t out_len;
    const char *err;          /* captured stderr (traceback included) */
    size_t err_len;
    const char *exc_type;     /* e.g. "ZeroDivisionError" */
    const char *exc_message;  /* str() of the exception */
    int exc_line;             /* line of the innermost frame, 0 if unknown */
    const char *traceback;    /* the text CPython would print to stderr */
    uint64_t steps;
    size_t peak_memory;
    double time;              /* seconds */
} spy_result;

SPY_API void spy_config_init(spy_config *cfg);
/* NULL when the host is out of memory, or when max_memory cannot even hold the VM's
 * built-in world (types, builtins: about 400 KB). */
SPY_API spy_vm *spy_new(const spy_config *cfg);
/* Compiles and runs `src` (UTF-8) as the main module.  May be called again on the same VM
 * (globals persist between runs, as in a REPL). */
SPY_API spy_status spy_run(spy_vm *vm, const char *src, size_t len, const char *filename);
SPY_API const spy_result *spy_result_get(spy_vm *vm);
/* The result as one JSON object (owned by the VM, valid as the result's strings). */
SPY_API const char *spy_result_json(spy_vm *vm);
/* Lower-case status name as used in JSON: "ok", "error", "step_limit", ... */
SPY_API const char *spy_status_name(spy_status st);
/* Asks a running VM to stop soon with SPY_TIMEOUT.  Safe from any thread. */
SPY_API void spy_cancel(spy_vm *vm);
SPY_API void spy_free(spy_vm *vm);

#ifdef __cplusplus
}
#endif
#endif
