# Recursive generator algorithms.
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p

print(["".join(p) for p in permutations("abc")])
print(sum(1 for _ in permutations(list(range(6)))))

def combinations(items, k):
    if k == 0:
        yield ()
        return
    for i in range(len(items)):
        for rest in combinations(items[i + 1:], k - 1):
            yield (items[i],) + rest

print(list(combinations("abcd", 2)))

def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s

print(sorted(subsets([1, 2, 3])))

def queens(n, placed=()):
    row = len(placed)
    if row == n:
        yield placed
        return
    for col in range(n):
        if all(col != c and abs(col - c) != row - r for r, c in enumerate(placed)):
            yield from queens(n, placed + (col,))

print(next(queens(8)), sum(1 for _ in queens(6)))

def hanoi(n, a, b, c):
    if n:
        yield from hanoi(n - 1, a, c, b)
        yield a, c
        yield from hanoi(n - 1, b, a, c)

moves = list(hanoi(10, "A", "B", "C"))
print(len(moves), moves[:3])

def partitions(n, largest=None):
    if largest is None:
        largest = n
    if n == 0:
        yield []
        return
    for k in range(min(n, largest), 0, -1):
        for rest in partitions(n - k, k):
            yield [k] + rest

print(list(partitions(5)), sum(1 for _ in partitions(20)))

tree = {"a": {"b": {"d": {}, "e": {}}, "c": {"f": {}}}}
def paths(node, prefix=()):
    for name, child in node.items():
        here = prefix + (name,)
        yield "/".join(here)
        yield from paths(child, here)

print(list(paths(tree)))

def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1

print(max(range(1, 300), key=lambda n: sum(1 for _ in collatz(n))))
