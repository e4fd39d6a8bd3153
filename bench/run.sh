#!/bin/sh
# `make bench`: each bench/*.py under our binary and under CPython (the real binary, -S),
# interleaved, N rounds; reports the median CPU time of each and their ratio, then the
# geometric mean.  Ratios above 1 mean we are faster.  Timings are measured here only,
# never asserted in tests.
BIN=${1:-build/sandboxed-python}
ROUNDS=${ROUNDS:-5}
PY=$(python3 -c 'import sys; print(sys.executable)' 2>/dev/null)
if [ -z "$PY" ]; then
    echo "bench: python3 not found"; exit 1
fi
cpu() { # prints user+sys CPU seconds of a command
    /usr/bin/env time -f "%U %S" "$@" >/dev/null 2>/tmp/spy_bench_time || true
    tail -n 1 /tmp/spy_bench_time | awk '{printf "%.4f\n", $1 + $2}'
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf "%-20s %10s %10s %8s\n" program ours cpython ratio
logsum=0; n=0
for f in bench/*.py; do
    : >/tmp/spy_bench_a; : >/tmp/spy_bench_b
    i=0
    while [ $i -lt "$ROUNDS" ]; do
        cpu "$BIN" run --max-steps 100000000000 --timeout 0 "$f" >>/tmp/spy_bench_a
        cpu "$PY" -S "$f" >>/tmp/spy_bench_b
        i=$((i + 1))
    done
    a=$(median </tmp/spy_bench_a); b=$(median </tmp/spy_bench_b)
    r=$(awk -v a="$a" -v b="$b" 'BEGIN {if (a <= 0) a = 0.0005; printf "%.2f", b / a}')
    printf "%-20s %10s %10s %8s\n" "$(basename "$f")" "$a" "$b" "$r"
    logsum=$(awk -v s="$logsum" -v r="$r" 'BEGIN {printf "%.6f", s + log(r)}')
    n=$((n + 1))
done
awk -v s="$logsum" -v n="$n" 'BEGIN {printf "geometric mean ratio (CPython time / ours): %.2f\n", exp(s / n)}'
