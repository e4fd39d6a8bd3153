def from_list(name, items):
    for x in items:
        yield x

def merge_two(a, b):
    sentinel = object()
    x = next(a, sentinel)
    y = next(b, sentinel)
    while x is not sentinel and y is not sentinel:
        if x <= y:
            yield x
            x = next(a, sentinel)
        else:
            yield y
            y = next(b, sentinel)
    while x is not sentinel:
        yield x
        x = next(a, sentinel)
    while y is not sentinel:
        yield y
        y = next(b, sentinel)

def merge_all(gens):
    if not gens:
        return
    if len(gens) == 1:
        yield from gens[0]
        return
    mid = len(gens) // 2
    yield from merge_two(merge_all(gens[:mid]), merge_all(gens[mid:]))

print(list(merge_two(iter([1, 4, 9]), iter([2, 3, 10, 11]))))
lists = [[1, 5, 9], [2, 2, 8], [], [0, 7], [3, 4, 6, 10]]
print(list(merge_all([from_list(str(i), l) for i, l in enumerate(lists)])))

def multiples(k):
    n = k
    while True:
        yield n
        n += k

m = merge_all([multiples(3), multiples(5), multiples(7)])
print([next(m) for _ in range(15)])

def dedupe(sorted_it):
    prev = object()
    for x in sorted_it:
        if x != prev:
            yield x
            prev = x

u = dedupe(merge_all([multiples(2), multiples(3)]))
print([next(u) for _ in range(12)])
words = merge_two(iter(sorted("delta alpha echo".split())), iter(sorted("bravo charlie".split())))
print(" ".join(words))
