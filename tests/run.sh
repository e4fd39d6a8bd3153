#!/bin/sh
# Runs every test against one build: `sh tests/run.sh BUILD_DIR LABEL`.
#  - tests/py/**/X.py      stdout (+ "--- exit N" and the last stderr line) vs X.exp
#  - tests/errors/**/X.py  stderr (test dir stripped from paths) + "--- exit N" vs X.exp
#  - tests/limits/X.py     run with the flags on its "# args:" line and --json; the JSON
#                          "status" must equal its "# status:" line, and, when present, the
#                          "# stdout:" line must equal the program's stdout (JSON-escaped)
#  - BUILD/tests/test_*    C unit tests; each prints "N passed, N failed"
# Ends with one line "N passed, N failed" and exits non-zero on any failure.
# Set VERBOSE=1 to see diffs.  Set ONLY=pattern to run matching tests only.
B=${1:-build}
LABEL=${2:-}
BIN=$(cd "$B" && pwd)/sandboxed-python
ROOT=$(pwd)
pass=0
fail=0
failed_list=""
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

note_fail() {
    fail=$((fail + 1))
    failed_list="$failed_list $1"
    echo "FAIL${LABEL:+ [$LABEL]}: $1"
    if [ -n "$VERBOSE" ] && [ -n "$2" ] && [ -n "$3" ]; then
        diff "$2" "$3" | head -20
    fi
}

run_py() {
    f=$1
    dir=$(dirname "$f"); base=$(basename "$f" .py)
    absdir=$(cd "$dir" && pwd)
    in="$absdir/$base.in"; [ -f "$in" ] || in=/dev/null
    case "$f" in
    */errors/*)
        (cd "$dir" && timeout 60 "$BIN" run "$base.py" <"$in" >/dev/null 2>"$tmp/err"); rc=$?
        { sed "s|$absdir/||g" "$tmp/err"; printf -- '--- exit %d\n' "$rc"; } >"$tmp/out" ;;
    *)
        (cd "$dir" && timeout 60 "$BIN" run "$base.py" <"$in" >"$tmp/out" 2>"$tmp/err"); rc=$?
        if [ "$rc" -ne 0 ]; then
            printf -- '--- exit %d\n' "$rc" >>"$tmp/out"
            tail -n 1 "$tmp/err" >>"$tmp/out"
        fi ;;
    esac
    if [ "$rc" -ge 124 ] && [ "$rc" -ne 127 ] || grep -q "ERROR: AddressSanitizer\|runtime error:\|LeakSanitizer" "$tmp/err"; then
        note_fail "$f (crash or sanitizer report, exit $rc)"
        [ -n "$VERBOSE" ] && head -30 "$tmp/err"
        return
    fi
    if cmp -s "$tmp/out" "$dir/$base.exp"; then
        pass=$((pass + 1))
    else
        note_fail "$f" "$dir/$base.exp" "$tmp/out"
    fi
}

run_limit() {
    f=$1
    args=$(sed -n 's/^# args: *//p' "$f" | head -1)
    want=$(sed -n 's/^# status: *//p' "$f" | head -1)
    wantout=$(sed -n 's/^# stdout: *//p' "$f" | head -1)
    dir=$(dirname "$f"); base=$(basename "$f")
    # shellcheck disable=SC2086
    (cd "$dir" && timeout 60 "$BIN" run --json $args "$base" </dev/null >"$tmp/json" 2>"$tmp/err"); rc=$?
    if [ "$rc" -ge 124 ] && [ "$rc" -ne 127 ] || grep -q "ERROR: AddressSanitizer\|runtime error:\|LeakSanitizer" "$tmp/err"; then
        note_fail "$f (crash or sanitizer report, exit $rc)"
        [ -n "$VERBOSE" ] && head -30 "$tmp/err"
        return
    fi
    if ! grep -q "\"status\":\"$want\"" "$tmp/json"; then
        note_fail "$f (want status $want, got $(head -c 300 "$tmp/json"))"
        return
    fi
    if [ -n "$wantout" ] && ! grep -qF "\"stdout\":\"$wantout\"" "$tmp/json"; then
        note_fail "$f (want stdout $wantout, got $(head -c 300 "$tmp/json"))"
        return
    fi
    pass=$((pass + 1))
}

for f in $(find tests/py tests/errors -name '*.py' 2>/dev/null | sort); do
    case "$f" in *"$ONLY"*) ;; *) continue ;; esac
    run_py "$f"
done
for f in $(find tests/limits -name '*.py' 2>/dev/null | sort); do
    case "$f" in *"$ONLY"*) ;; *) continue ;; esac
    run_limit "$f"
done
for t in "$B"/tests/test_*; do
    [ -x "$t" ] || continue
    case "$t" in *"$ONLY"*) ;; *) continue ;; esac
    (cd "$ROOT" && timeout 300 "$t" >"$tmp/c" 2>&1); rc=$?
    line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$tmp/c" | tail -1)
    p=$(echo "$line" | sed -n 's/^\([0-9]*\) passed.*/\1/p')
    q=$(echo "$line" | sed -n 's/.* \([0-9]*\) failed.*/\1/p')
    if [ -z "$line" ]; then
        note_fail "$(basename "$t") (no summary line, exit $rc)"
        [ -n "$VERBOSE" ] && tail -20 "$tmp/c"
        continue
    fi
    pass=$((pass + p))
    if [ "$q" -ne 0 ] || [ "$rc" -ne 0 ]; then
        grep -v -E '^[0-9]+ passed, [0-9]+ failed' "$tmp/c" | head -20
        note_fail "$(basename "$t") ($q failed, exit $rc)"
        fail=$((fail + q - 1))
    fi
done
if [ -x tests/backends.sh ] && [ -z "$ONLY" ]; then
    out=$(sh tests/backends.sh "$B" 2>&1)
    echo "$out" | grep -v -E '^[0-9]+ passed, [0-9]+ failed'
    line=$(echo "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed' | tail -1)
    p=$(echo "$line" | sed -n 's/^\([0-9]*\) passed.*/\1/p')
    q=$(echo "$line" | sed -n 's/.* \([0-9]*\) failed.*/\1/p')
    pass=$((pass + ${p:-0}))
    fail=$((fail + ${q:-0}))
fi
echo "${LABEL:+$LABEL: }$pass passed, $fail failed"
[ "$fail" -eq 0 ]
