print(min([3, 1, 2]), max([3, 1, 2]))
print(min(3, 1, 2), max(3, 1, 2))
print(min("hello"), max("hello"))
print(min(["b", "a", "c"]), max(["b", "aa", "c"]))
print(min([1.5, -2, 0]), max([1.5, -2, 0]))
print(min([], default=None), max([], default="empty"))
print(min([5], default=0))
print(min(["apple", "fig", "banana"], key=len))
print(max(["apple", "fig", "banana"], key=len))
print(max([-7, 3, 5], key=abs))
print(min([-7, 3, -3, 5], key=abs))
print(max([(1, 'b'), (1, 'a'), (0, 'z')]))
print(max({"x": 3, "y": 9, "z": 1}))
d = {"x": 3, "y": 9, "z": 1}
print(max(d, key=d.get), min(d, key=lambda k: d[k]))
print(max([1, 1.0]), max([1.0, 1]), min([1, 1.0]))
print(max(True, 2, False))
print(max(range(10)), min(range(3, 9)))
print(max("a", "b", key=str.upper))
print(max([[1, 2], [1, 2, 0], [0, 9]]))
print(max([3, 5, 5, 1], key=lambda x: x // 2))
print(min([3, 5, 2, 1], key=lambda x: x // 2))
for f in (min, max):
    try:
        f([])
    except ValueError as e:
        print(type(e).__name__, e)
try:
    min()
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1, "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(type(e).__name__, e)
