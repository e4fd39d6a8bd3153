print(list(enumerate("abc")))
print(list(enumerate("abc", 1)))
print(list(enumerate("abc", start=10)))
print(list(enumerate([], 5)))
print(list(enumerate(range(3), -2)))
for i, ch in enumerate("xyz"):
    print(i, ch)
for i, (a, b) in enumerate([(1, 2), (3, 4)], start=1):
    print(i, a + b)
e = enumerate([10, 20, 30])
print(next(e))
print(next(e))
print(list(e))
print(list(e))
d = dict(enumerate("hello"))
print(d)
print(list(enumerate({"b": 1, "a": 2})))
print([i * v for i, v in enumerate([5, 6, 7])])
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
