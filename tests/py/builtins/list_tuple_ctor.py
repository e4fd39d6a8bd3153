print(list(), list("abc"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}))
print(list({3: 0}.values()), list({1: 2}.items()), list([1, [2]]))
print(tuple(), tuple("ab"), tuple([1, 2]), tuple(range(2)), tuple(x * 2 for x in range(3)))
a = [1, 2]
b = list(a)
b.append(3)
print(a, b, a == b, a is b)
t = (1, 2)
print(tuple(t) is t, tuple(t) == t)
print(list(map(list, ["ab", "c"])))
print(tuple(tuple(r) for r in [[1, 2], [3]]))
print(list(reversed(tuple("xyz"))))
print([x for x in range(10) if x % 3 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print([[0] * 3 for _ in range(2)])
print(list(enumerate(tuple("ab"))))
for v in [5, None, 1.5]:
    try:
        list(v)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    tuple(7)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
