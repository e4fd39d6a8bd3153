/* main.c: the `sandboxed-python` command, a thin client of include/sandboxed_python.h
 * (as lua.c is of lua.h).  It reads the script (the VM itself never touches files),
 * streams the program's stdin on demand, writes its output, and maps the result to an
 * exit status: 0 ok, 1 error or limit, 2 usage error (as CPython's 2 for a missing file). */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sandboxed_python.h"

static const char usage[] =
    "usage: sandboxed-python run [options] script.py [args...]\n"
    "       sandboxed-python run [options] -c CODE [args...]\n"
    "       sandboxed-python --version | --help\n"
    "\n"
    "options (defaults in brackets):\n"
    "  --max-steps N      bytecode instruction budget [1000000000]\n"
    "  --max-memory SIZE  heap budget, e.g. 64M, 1G [512M]\n"
    "  --max-depth N      ceiling of the recursion limit [100000; the limit starts at 1000]\n"
    "  --max-output SIZE  cap on stdout+stderr bytes [16M]\n"
    "  --timeout SEC      wall-clock limit in seconds, 0 for none [10]\n"
    "  --json             print the result as one JSON object instead of the program's output\n";

static void write_cb(void *ud, int stream, const char *data, size_t len)
{
    (void)ud;
    FILE *f = stream == 2 ? stderr : stdout;
    if (stream == 2) {
        fflush(stdout);
    }
    fwrite(data, 1, len, f);
    if (stream == 2) {
        fflush(stderr);
    }
}

static size_t read_cb(void *ud, char *buf, size_t cap)
{
    (void)ud;
    fflush(stdout);
    for (;;) {
        ssize_t n = read(0, buf, cap);
        if (n >= 0) {
            return (size_t)n;
        }
        if (errno != EINTR) {
            return 0;
        }
    }
}

/* "64M" -> bytes; returns 0 on a malformed size. */
static int parse_size(const char *s, size_t *out)
{
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (errno || end == s || v < 0) {
        return 0;
    }
    double mul = 1;
    switch (*end) {
    case 'k': case 'K': mul = 1024.0; end++; break;
    case 'm': case 'M': mul = 1024.0 * 1024; end++; break;
    case 'g': case 'G': mul = 1024.0 * 1024 * 1024; end++; break;
    default: break;
    }
    if (*end == 'B' || *end == 'b') {
        end++;
    }
    if (*end) {
        return 0;
    }
    v *= mul;
    if (v >= 9.0e18) {
        return 0;
    }
    *out = (size_t)v;
    return 1;
}

static int parse_int(const char *s, long long *out)
{
    char *end;
    errno = 0;
    long long v = strtoll(s, &end, 10);
    if (errno || end == s || *end || v < 0) {
        return 0;
    }
    *out = v;
    return 1;
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        return NULL;
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (n < cap) {
            break;
        }
        if (cap >= ((size_t)64 << 20)) {
            break;   /* far beyond the VM's source limit; it reports it */
        }
        cap *= 2;
        char *nb = realloc(buf, cap);
        if (!nb) {
            free(buf);
            buf = NULL;
        }
        buf = nb;
    }
    fclose(f);
    *len = n;
    return buf;
}

static void json_escape_print(const char *s)
{
    fputs(s, stdout);
}

int main(int argc, char **argv)
{
    if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
        fputs(usage, argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    if (strcmp(argv[1], "--version") == 0) {
        printf("sandboxed-python %s\n", SPY_VERSION);
        return 0;
    }
    if (strcmp(argv[1], "run") != 0) {
        fprintf(stderr, "sandboxed-python: unknown command '%s'\n\n%s", argv[1], usage);
        return 2;
    }
    spy_config cfg;
    spy_config_init(&cfg);
    int json = 0;
    const char *code = NULL, *script = NULL;
    int i = 2;
    for (; i < argc; i++) {
        const char *a = argv[i];
        const char *val = i + 1 < argc ? argv[i + 1] : NULL;
        long long n;
        size_t sz;
        if (strcmp(a, "--json") == 0) {
            json = 1;
        } else if (strcmp(a, "--max-steps") == 0) {
            if (!val || !parse_int(val, &n) || n == 0) {
                goto bad_value;
            }
            cfg.max_steps = n;
            i++;
        } else if (strcmp(a, "--max-memory") == 0) {
            if (!val || !parse_size(val, &sz) || sz == 0) {
                goto bad_value;
            }
            cfg.max_memory = sz;
            i++;
        } else if (strcmp(a, "--max-depth") == 0) {
            if (!val || !parse_int(val, &n) || n == 0 || n > INT_MAX) {
                goto bad_value;
            }
            cfg.max_depth = (int)n;
            i++;
        } else if (strcmp(a, "--max-output") == 0) {
            if (!val || !parse_size(val, &sz)) {
                goto bad_value;
            }
            cfg.max_output = sz;
            i++;
        } else if (strcmp(a, "--timeout") == 0) {
            char *end;
            double t = val ? strtod(val, &end) : -1;
            if (!val || *end || t < 0) {
                goto bad_value;
            }
            cfg.timeout = t;
            i++;
        } else if (strcmp(a, "-c") == 0) {
            if (!val) {
                fprintf(stderr, "sandboxed-python: argument expected for the -c option\n");
                return 2;
            }
            code = val;
            i++;
            break;
        } else if (a[0] == '-' && a[1] == '-') {
            fprintf(stderr, "sandboxed-python: unknown option '%s'\n\n%s", a, usage);
            return 2;
        } else {
            script = a;
            break;
        }
        continue;
    bad_value:
        fprintf(stderr, "sandboxed-python: bad or missing value for %s\n", a);
        return 2;
    }
    if (!code && !script) {
        fprintf(stderr, "sandboxed-python: no script given\n\n%s", usage);
        return 2;
    }
    /* sys.argv: the script (or "-c") then the remaining arguments. */
    int nrest = argc - i - 1;
    const char **pargv = malloc(sizeof(char *) * (size_t)(nrest + 1));
    if (!pargv) {
        return 2;
    }
    pargv[0] = code ? "-c" : script;
    for (int k = 0; k < nrest; k++) {
        pargv[k + 1] = argv[i + 1 + k];
    }
    cfg.argc = nrest + 1;
    cfg.argv = pargv;

    char *src = NULL;
    size_t len = 0;
    char filename[PATH_MAX + 1];
    if (script) {
        src = read_file(script, &len);
        if (!src) {
            fprintf(stderr, "sandboxed-python: can't open file '%s': [Errno %d] %s\n", script,
                    errno, strerror(errno));
            free(pargv);
            return 2;
        }
        /* CPython 3.11 names the main script by its absolute path in tracebacks. */
        if (!realpath(script, filename)) {
            snprintf(filename, sizeof filename, "%s", script);
        }
    } else {
        len = strlen(code);
        src = malloc(len + 1);
        if (!src) {
            return 2;
        }
        memcpy(src, code, len + 1);
        snprintf(filename, sizeof filename, "<string>");
    }
    if (!json) {
        cfg.write = write_cb;
    }
    cfg.read = read_cb;
    spy_vm *vm = spy_new(&cfg);
    if (!vm) {
        fprintf(stderr, "sandboxed-python: cannot create a VM (memory budget too small?)\n");
        free(src);
        free(pargv);
        return 1;
    }
    spy_run(vm, src, len, filename);
    const spy_result *r = spy_result_get(vm);
    int status = r->exit_code;
    if (json) {
        json_escape_print(spy_result_json(vm));
        putchar('\n');
    }
    fflush(stdout);
    spy_free(vm);
    free(src);
    free(pargv);
    return status;
}
