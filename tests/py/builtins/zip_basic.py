print(list(zip([1, 2, 3], "abc")))
print(list(zip([1, 2, 3], "ab")))
print(list(zip([1], "abc", [True, False])))
print(list(zip()))
print(list(zip([1, 2])))
print(list(zip([], [1, 2])))
print(dict(zip("abc", range(3))))
a, b = zip(*[(1, 'x'), (2, 'y'), (3, 'z')])
print(a, b)
m = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*m)))
print([list(r) for r in zip(*m)])
for x, y in zip(range(3), range(10, 13)):
    print(x * y, end=" ")
print()
z = zip("ab", "cd")
print(next(z))
print(list(z))
print(list(zip(range(5), range(5, 0, -1))))
try:
    zip(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip([1, 2], [3, 4], strict=True)))
