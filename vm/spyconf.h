/* spyconf.h: compile-time limits and switches of the VM, each with the attack it stops.
 * Runtime limits (steps, memory, depth, output, time) come from `spy_config`; these are
 * the defaults the CLI and `spy_config_init` use, plus hard ceilings that no config lifts. */
#ifndef SPY_CONF_H
#define SPY_CONF_H

/* Default instruction budget: stops `while True: pass`. */
#define SPY_DEFAULT_MAX_STEPS     1000000000LL
/* Default heap budget in bytes: stops `[0] * 10**9` and slow leaks.  Values are 16
 * bytes (twice CPython's pointers), so a judge's `[True] * (10**7 + 1)` sieve needs
 * about 160 MB plus its slice copies. */
#define SPY_DEFAULT_MAX_MEMORY    (512u << 20)
/* Default ceiling of the Python call depth (sys.setrecursionlimit can go up to it; the
 * limit starts at CPython's 1000).  Frames live on the heap, so this is bounded by the
 * memory budget too: stops runaway recursion. */
#define SPY_DEFAULT_MAX_DEPTH     100000
#define SPY_INITIAL_RECURSION     1000
/* Default cap on stdout+stderr bytes: stops `while 1: print('x'*1000)` flooding the host. */
#define SPY_DEFAULT_MAX_OUTPUT    (16u << 20)
/* Default wall-clock safety net in seconds (0 = none). */
#define SPY_DEFAULT_TIMEOUT       10.0

/* Nesting of C-level recursion (repr of nested lists, callbacks from builtins into
 * Python, the compiler's recursion over the AST): stops C stack overflow. */
#define SPY_MAX_C_DEPTH           200
/* Parser nesting (lemon stack) and indentation depth: CPython's own limits. */
#define SPY_MAX_INDENT            100
#define SPY_MAX_BRACKETS          200
/* int <-> str conversion digit limit, as CPython 3.11's sys.int_info.default_max_str_digits. */
#define SPY_MAX_STR_DIGITS        4300
/* Steps between two looks at the wall clock and the host's cancel flag (never per step). */
#define SPY_CHECK_INTERVAL        16384
/* Source size ceiling: stops a 1 GiB program text from reaching the lexer. */
#define SPY_MAX_SOURCE_BYTES      (16u << 20)

#if defined(__GNUC__) || defined(__clang__)
#define SPY_LIKELY(x)   __builtin_expect(!!(x), 1)
#define SPY_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define SPY_NORETURN    __attribute__((noreturn))
#define SPY_INLINE      static inline __attribute__((always_inline))
#define SPY_PRINTF(a,b) __attribute__((format(printf, a, b)))
#define SPY_USE_JUMPTABLE 1
#else
#define SPY_LIKELY(x)   (x)
#define SPY_UNLIKELY(x) (x)
#define SPY_NORETURN    _Noreturn
#define SPY_INLINE      static inline
#define SPY_PRINTF(a,b)
#define SPY_USE_JUMPTABLE 0
#endif

#endif
