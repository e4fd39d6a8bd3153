# sandboxed-python: plain GNU make.  `make` builds build/sandboxed-python and
# build/libsandboxed_python.a; `make test` runs every test (and again under ASan+UBSan).
.DELETE_ON_ERROR:
.SUFFIXES:

CC       ?= cc
O        ?= build
OPT      ?= -O2
RE2C     ?= re2c
LEMON    ?= lemon
LEMON_TEMPLATE ?= $(firstword $(wildcard /usr/share/lemon/lempar.c /usr/local/share/lemon/lempar.c /usr/share/sqlite3/lempar.c))
PYTHON   ?= python3

WARN     = -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
           -Wno-unused-parameter -Wvla
CFLAGS  ?=
ALL_CFLAGS = -std=c11 -D_GNU_SOURCE $(OPT) -g $(WARN) -Iinclude -Ivm -Ilexer -Iparser -I$(O)/gen \
             -fvisibility=hidden -MMD -MP $(CFLAGS)
LDLIBS   = -lgmp -lm
# The CLI links statically by default: no dynamic loader work at start-up (about 1 ms
# of a `print(1)` run).  Sanitizer builds link dynamically (ASan requires it).
CLI_STATIC ?= -static
export ASAN_OPTIONS = detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS = print_stacktrace=1:halt_on_error=1

LIB_SRC  = $(wildcard vm/*.c) $(wildcard lexer/*.c) $(wildcard parser/*.c) $(wildcard builtins/*.c)
GEN_SRC  = $(O)/gen/lexer.c $(O)/gen/grammar.c
LIB_OBJ  = $(LIB_SRC:%.c=$(O)/%.o) $(GEN_SRC:$(O)/gen/%.c=$(O)/gen/%.o)
CLI_OBJ  = $(O)/cli/main.o
BACKEND_OBJ = $(patsubst %.c,$(O)/%.o,$(wildcard backends/*.c))
TEST_C   = $(wildcard tests/c/*.c)
TEST_BIN = $(TEST_C:tests/c/%.c=$(O)/tests/%)

all: $(O)/sandboxed-python $(O)/libsandboxed_python.a $(TEST_BIN) $(O)/examples/embed

tools-check:
	@command -v $(RE2C) >/dev/null || { echo "re2c not found: apt-get install re2c" >&2; exit 1; }
	@command -v $(LEMON) >/dev/null || { echo "lemon not found: apt-get install lemon" >&2; exit 1; }
	@test -n "$(LEMON_TEMPLATE)" || { echo "lempar.c not found: apt-get install lemon, or set LEMON_TEMPLATE" >&2; exit 1; }
	@test -f /usr/include/gmp.h || test -f /usr/include/x86_64-linux-gnu/gmp.h || echo "warning: gmp.h not found (apt-get install libgmp-dev)" >&2

$(O)/gen/lexer.c: lexer/lexer.re | tools-check
	@mkdir -p $(dir $@)
	$(RE2C) -W -Werror --no-generation-date --no-version -o $@ $<

# lemon writes grammar.c/.h next to its output dir; exits 1 on conflicts.
$(O)/gen/grammar.c $(O)/gen/grammar.h: parser/grammar.y | tools-check
	@mkdir -p $(O)/gen
	cp parser/grammar.y $(O)/gen/grammar.y
	$(LEMON) -q -s -T$(LEMON_TEMPLATE) $(O)/gen/grammar.y > $(O)/gen/lemon.out 2>&1 || { cat $(O)/gen/lemon.out; exit 1; }
	@if grep -q "parsing conflict" $(O)/gen/lemon.out $(O)/gen/grammar.out 2>/dev/null; then \
	   grep -c "parsing conflict" $(O)/gen/grammar.out; echo "lemon: grammar has conflicts" >&2; exit 1; fi
	@cat $(O)/gen/lemon.out

# Everything that includes the generated header waits for it.
$(LIB_SRC:%.c=$(O)/%.o): | $(O)/gen/grammar.h

$(O)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

# Generated code gets relaxed warnings (lemon's template is not ours).
$(O)/gen/%.o: $(O)/gen/%.c
	$(CC) $(ALL_CFLAGS) -Wno-unused-variable -Wno-unused-but-set-variable -Wno-missing-prototypes -Wno-implicit-fallthrough -c -o $@ $<

$(O)/libsandboxed_python.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(O)/sandboxed-python: $(CLI_OBJ) $(BACKEND_OBJ) $(O)/libsandboxed_python.a
	$(CC) $(OPT) -g $(CFLAGS) $(CLI_STATIC) -o $@ $(CLI_OBJ) $(BACKEND_OBJ) $(O)/libsandboxed_python.a $(LDLIBS)

$(O)/tests/%: tests/c/%.c $(O)/libsandboxed_python.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(O)/libsandboxed_python.a $(LDLIBS)

# The embedding example: includes only the public header.
$(O)/examples/embed: examples/embed.c $(O)/libsandboxed_python.a
	@mkdir -p $(dir $@)
	$(CC) -std=c11 $(OPT) -g -Wall -Wextra -Werror -Iinclude $(CFLAGS) -o $@ $< $(O)/libsandboxed_python.a $(LDLIBS)

# ---- tests
test: all asan
	@sh tests/all.sh

asan:
	@$(MAKE) --no-print-directory O=build/asan CLI_STATIC= OPT="-O1 -DSPY_NO_POOL -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" all

asan-test: asan
	@sh tests/run.sh build/asan asan

# GC stress: collect at every safe point; runs the differential suite.
stress:
	@$(MAKE) --no-print-directory O=build/stress CLI_STATIC= OPT="-O1 -DSPY_GC_STRESS -DSPY_NO_POOL -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" all
	@sh tests/run.sh build/stress stress

# Lint: every allocation goes through vm/mem.c (the CLI is a host program, not the VM).
check:
	@if grep -nE '\b(malloc|calloc|realloc|free|strdup)\(' vm/*.c lexer/*.c lexer/*.re parser/*.c parser/*.y builtins/*.c | grep -v '^vm/mem.c:'; then \
	   echo "check: allocation outside the funnel (vm/mem.c)" >&2; exit 1; fi
	@echo "check: ok"

# Regenerate expected outputs with CPython 3.11.
exp:
	sh tests/mkexp.sh $$(find tests/py tests/errors -name '*.py' | sort)

bench: all
	@sh bench/run.sh $(O)/sandboxed-python

clean:
	rm -rf build

.PHONY: all test asan asan-test exp bench clean tools-check stress check

-include $(shell find $(O) -name '*.d' 2>/dev/null)
