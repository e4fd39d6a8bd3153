t = (1, 2, 3, 2, 1)
print(t, (), (1,), (None,), ((),), (1, (2,)), tuple([[]]))
print(t.count(1), t.count(9), t.index(2), t.index(2, 2), t.index(1, -1))
print(t[1:3], t[::-1], t[-2:], t[::2], t[10:])
print((1, 2) + (3,), (0,) * 3, () * 5, (1, 2) * 0)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,), (1, "a") < (1, "b"))
print((1, 2) == (1, 2), (1,) == [1], (1, 2.0) == (1, 2), (0,) != (False,))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "x"}[(1, 2)])
print(len(t), 3 in t, 4 in t, max(t), min(t), sum(t), sorted(t))
a, b, c = (1, 2, 3)
print(a, b, c)
x = 1, 2
y = 3,
print(x, y, type(y))
nested = ((1, 2), [3, 4])
nested[1].append(5)
print(nested)
print(tuple(reversed(t)), t[::-1] == tuple(reversed(t)))
u = t
u += (9,)
print(t, u, t is u)
print(("a", "b") * 2, (("x",),) * 2)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    (1,) + [2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1, 2) < (1, "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
