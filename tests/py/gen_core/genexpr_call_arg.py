# Generator expressions as call arguments, consumed by builtins.
seen = []
def note(x):
    seen.append(x)
    return x

print(sum(x * x for x in range(10)))
print(sum((x for x in range(5)), 100))
print(max(len(w) for w in "a bb ccc".split()), min(x for x in [3, 1, 2]))
print(sorted((x % 3, x) for x in range(6)))
print("-".join(str(x) for x in range(4)))
print(dict((k, k * 2) for k in "ab"), set(x % 2 for x in range(5)))
print(tuple(x for x in "xyz"), list(reversed(list(x for x in range(3)))))
print(list(enumerate(c for c in "ab")), list(zip((x for x in range(3)), "pq")))
print(list(map(abs, (x for x in [-1, -2]))), list(filter(None, (x for x in [0, 1, 2]))))

# any()/all() stop at the first decisive item.
print(any(note(x) > 2 for x in range(10)), seen)
seen.clear()
print(all(note(x) < 2 for x in range(10)), seen)
seen.clear()
print(any(note(x) for x in []), all(note(x) for x in []), seen)

def f(it):
    return type(it).__name__, next(it), list(it)

print(f(x + 1 for x in range(3)))
print(f(*(x for x in [[7, 8]]))) if False else None
print(next(x for x in range(5) if x > 2))
print(next((x for x in range(5) if x > 10), "none"))

# Unpacking and containment consume the generator.
a, b, c = (x * 2 for x in range(3))
print(a, b, c)
first, *rest = (x for x in "hello")
print(first, rest)
print([*(x for x in range(3)), *(y for y in "ab")])
g = (x for x in range(10))
print(5 in g, next(g), 3 in g, list(g))
print(" ".join(sorted(w.upper() for w in ["b", "a"])))
print(max((x for x in range(5)), key=lambda v: -v), min(x for x in "qwe"))
print(sum(sum(y for y in range(x)) for x in range(5)))
