/* embed.c: a host program that runs untrusted Python through the public API only.
 *
 *     make && ./build/examples/embed 'print(sum(range(10)))'
 *
 * It gives the program one line of input, tight limits, and prints the structured
 * result as JSON. */
#include <stdio.h>
#include <string.h>

#include "sandboxed_python.h"

int main(int argc, char **argv)
{
    const char *src = argc > 1 ? argv[1] : "name = input()\nprint(f'hello, {name}!')\n";
    spy_config cfg;
    spy_config_init(&cfg);
    cfg.max_steps = 1000000;        /* a million instructions */
    cfg.max_memory = 32u << 20;     /* 32 MiB */
    cfg.max_output = 64u << 10;     /* 64 KiB */
    cfg.timeout = 2.0;
    cfg.stdin_data = "embedder\n";
    cfg.stdin_len = strlen(cfg.stdin_data);

    spy_vm *vm = spy_new(&cfg);
    if (!vm) {
        fprintf(stderr, "embed: out of memory\n");
        return 1;
    }
    spy_status st = spy_run(vm, src, strlen(src), "<embedded>");
    const spy_result *r = spy_result_get(vm);
    printf("status: %s, steps: %llu\n", spy_status_name(st), (unsigned long long)r->steps);
    fwrite(r->out, 1, r->out_len, stdout);
    if (r->exc_type) {
        printf("exception: %s: %s (line %d)\n", r->exc_type, r->exc_message, r->exc_line);
    }
    printf("%s\n", spy_result_json(vm));
    spy_free(vm);
    return st == SPY_OK ? 0 : 1;
}
