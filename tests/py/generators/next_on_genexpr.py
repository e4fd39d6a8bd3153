words = ["apple", "banana", "cherry", "date", "elderberry"]
first_long = next(w for w in words if len(w) > 5)
print(first_long)
first_z = next((w for w in words if w.startswith("z")), "none found")
print(first_z)
try:
    next(w for w in words if w == "kiwi")
except StopIteration:
    print("StopIteration from empty genexpr")

def gen():
    yield "only"

g = gen()
print(next(g, "default1"))
print(next(g, "default2"))
print(next(g, None))
print(next(iter([]), 0))
it = iter([1, 2])
print(next(it), next(it), next(it, "end"))

def index_of(seq, target):
    return next((i for i, v in enumerate(seq) if v == target), -1)

print(index_of([4, 5, 6], 6), index_of([4, 5, 6], 9), index_of([], 1))

squares = (n * n for n in range(1, 6))
print(next(squares), next(squares))
print(sum(squares))
print(list(squares))

try:
    next(gen(), 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
