def leaf(x):
    yield x
    return x * 2

def middle(x):
    a = yield from leaf(x)
    b = yield from leaf(a)
    return a + b

def top():
    total = 0
    for start in (1, 5):
        r = yield from middle(start)
        print("middle(%d) -> %d" % (start, r))
        total += r
    return total

g = top()
seen = []
while True:
    try:
        seen.append(next(g))
    except StopIteration as e:
        print("top returned", e.value)
        break
print(seen)

def accumulate_lengths(words):
    count = 0
    for w in words:
        n = yield from spell(w)
        count += n
    return count

def spell(word):
    for ch in word:
        yield ch
    return len(word)

def run(g):
    out = []
    try:
        while True:
            out.append(next(g))
    except StopIteration as e:
        return "".join(out), e.value

print(run(accumulate_lengths(["ab", "cde", ""])))
print(run(accumulate_lengths([])))

def no_return():
    yield 1

def use_none():
    r = yield from no_return()
    yield "got %r" % (r,)

print(list(use_none()))
