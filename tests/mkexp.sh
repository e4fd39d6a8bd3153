#!/bin/sh
# Regenerates expected outputs with CPython 3.11 (the reference).  `make exp` runs this.
# For tests/py/**/X.py the expectation X.exp is: the program's stdout, and, when the
# program exits non-zero, a line `--- exit N` and the last line of its stderr (the
# `Type: message` line).  X.in, when present, is fed to stdin.  The program runs in
# its own directory as `python3 -S X.py`, with PYTHONHASHSEED=0.
# For tests/errors/**/X.py the expectation X.exp is the whole stderr (with the test's
# directory removed from paths), then `--- exit N`.
PY=${PYTHON:-python3}
"$PY" -c 'import sys; assert sys.version_info[:2] == (3, 11), sys.version' || {
    echo "mkexp: needs CPython 3.11 (set PYTHON=...)" >&2; exit 2; }
echo "mkexp: using $("$PY" -c 'import sys; print(sys.version.split()[0], sys.executable)')"
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
for f in "$@"; do
    dir=$(dirname "$f"); base=$(basename "$f" .py)
    absdir=$(cd "$dir" && pwd)
    in="$absdir/$base.in"; [ -f "$in" ] || in=/dev/null
    case "$f" in
    */errors/*)
        (cd "$dir" && PYTHONHASHSEED=0 "$PY" -S "$base.py" <"$in" >/dev/null 2>"$tmp"); rc=$?
        # Tracebacks name the script by absolute path: keep only its base name.
        { sed "s|$absdir/||g" "$tmp"; printf -- '--- exit %d\n' "$rc"; } >"$dir/$base.exp" ;;
    *)
        (cd "$dir" && PYTHONHASHSEED=0 "$PY" -S "$base.py" <"$in" >"$base.exp" 2>"$tmp"); rc=$?
        if [ "$rc" -ne 0 ]; then
            printf -- '--- exit %d\n' "$rc" >>"$dir/$base.exp"
            tail -n 1 "$tmp" >>"$dir/$base.exp"
        fi ;;
    esac
done
