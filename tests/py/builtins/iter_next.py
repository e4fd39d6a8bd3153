it = iter([1, 2, 3])
print(next(it), next(it), next(it))
print(next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(str(e)))
s = iter("ab")
print(next(s), next(s), next(s, "-"))
d = iter({"x": 1, "y": 2})
print(list(d))
r = iter(range(3))
print(next(r), list(r))
t = iter((9,))
print(next(t), next(t, 0))
it2 = iter([10, 20, 30])
for v in it2:
    print("v", v)
    if v == 10:
        print("skip", next(it2))
a = iter([1, 2, 3, 4, 5, 6])
print(list(zip(a, a)))
e = iter(enumerate("xy"))
print(next(e))
print(iter(it) is it)
st = iter({7})
print(next(st))
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
