print([x * x for x in range(8)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(3) if x != y])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print([c.upper() for c in "hello" if c not in "aeiou"])
print({x: x ** 3 for x in range(-2, 3)})
print({w: len(w) for w in "the quick brown fox".split()})
print(sorted({x % 7 for x in range(100)}))
print({v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()})
print([x if x > 0 else -x for x in [-3, 1, -4, 1, -5]])
print(sum(x for x in range(101) if x % 2), max(len(w) for w in ["a", "abc", "ab"]))
print(list(x + 1 for x in (10, 20)), tuple(c for c in "xyz"), sorted(x for x in {3, 1, 2}))
x = "outer"
squares = [x for x in range(3)]
print(x, squares)
print([row[i] for i, row in enumerate([[1, 2, 3], [4, 5, 6], [7, 8, 9]])])
print([[r[c] for r in [[1, 2], [3, 4], [5, 6]]] for c in range(2)])
matrix = [[1, 2], [3, 4]]
print([v for row in matrix for v in row], [sum(row) for row in matrix])
print([i for i in range(5)][::-1], [s for s in ["", "a", "", "b"] if s])
print({k: [v for v in range(k)] for k in range(4)})
funcs = [lambda n, i=i: n + i for i in range(3)]
print([f(10) for f in funcs])
print(any(x > 5 for x in [1, 7]), all(x > 0 for x in []), next((x for x in [1, 2, 3] if x > 1), None))
print(dict((k, k * 2) for k in "ab"), set(w[0] for w in ["apple", "avocado", "banana"]) == {"a", "b"})
print([(i, j, k) for i in range(1, 20) for j in range(i, 20) for k in range(j, 20) if i * i + j * j == k * k])
gen = (n * n for n in range(4))
print(next(gen), list(gen), list(gen))
try:
    [1 / x for x in [1, 0]]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    [y for y in undefined_iterable]
except NameError as e:
    print(type(e).__name__, e)
