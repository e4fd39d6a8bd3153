#!/bin/sh
# `make test`: the whole suite on the normal build, then again on the ASan+UBSan build;
# prints each suite's count, then the total as the last line.
p=0; f=0
for spec in "build quick" "build/asan asan"; do
    set -- $spec
    out=$(sh tests/run.sh "$1" "$2" 2>&1)
    echo "$out" | grep -v -E '(^|: )[0-9]+ passed, [0-9]+ failed$'
    line=$(echo "$out" | grep -E '[0-9]+ passed, [0-9]+ failed$' | tail -1)
    echo "$line"
    line=${line#*: }
    p=$((p + ${line%% passed*}))
    q=${line#*passed, }
    f=$((f + ${q%% failed*}))
done
echo "$p passed, $f failed"
[ "$f" -eq 0 ]
