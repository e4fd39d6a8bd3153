def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p

for p in permutations([1, 2, 3]):
    print(p)
print(sum(1 for _ in permutations(list(range(6)))))

def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s

print(sorted(subsets(["a", "b", "c"]), key=lambda s: (len(s), s)))

def combinations(items, k, start=0):
    if k == 0:
        yield ()
        return
    for i in range(start, len(items)):
        for rest in combinations(items, k - 1, i + 1):
            yield (items[i],) + rest

print(list(combinations("abcd", 2)))
print(len(list(combinations(list(range(10)), 4))))

def compositions(n, parts):
    if parts == 1:
        yield (n,)
        return
    for first in range(n + 1):
        for rest in compositions(n - first, parts - 1):
            yield (first,) + rest

print(list(compositions(3, 2)))
print(sum(1 for _ in compositions(6, 3)))

def balanced_parens(n, open_=0, close=0, prefix=""):
    if open_ == n and close == n:
        yield prefix
        return
    if open_ < n:
        yield from balanced_parens(n, open_ + 1, close, prefix + "(")
    if close < open_:
        yield from balanced_parens(n, open_, close + 1, prefix + ")")

print(list(balanced_parens(3)))
print(next(p for p in permutations("dcba") if p == sorted(p)))
