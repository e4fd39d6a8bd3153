a = list(range(10))
a[2:5] = ["x"]; print(a)
a[::2] = [0] * len(a[::2]); print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print(e)
del a[1::3]; print(a)
a[len(a):] = [99, 98]; print(a)
a.insert(-1, "ins"); a.insert(100, "end"); a.insert(-100, "start"); print(a)
b = [3, 1, 2]; b.extend(range(3)); b += "ab"; print(b)
try:
    b.sort()
except TypeError as e:
    print(e)
print(b)
c = [5, 3, 8, 1]
print(sorted(c, reverse=True), c.sort(), c, c.reverse(), c)
print([1, 2, 3] * 2, 2 * [0], [[]] * 3, [1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"))
try:
    print([1, "a"] < [1, 2])
except TypeError as e:
    print(e)
s = {3, 1, 2, 100, -5, 33}
print(s, sorted(s), s | {7}, s & {1, 2, 9}, s - {1}, s ^ {1, 50}, {1, 2} <= {1, 2, 3}, {1} < {1})
print(set("hello") == set("olleh"), frozenset([1, 2]) | {3}, {frozenset([1])}, set(), frozenset())
d = {"b": 1, "a": 2}
d["c"] = 3; del d["b"]; d["b"] = 4
print(d, list(d), list(d.values()), list(d.items()), d.keys() & {"a", "z"}, d.get("zz"), d.setdefault("e", []), d)
d.update(x=1, a=5); d.update([("y", 2)]); print(d)
print(d.pop("x"), d.pop("nope", "default"), d)
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError", e)
print(dict.fromkeys("abc", 0), dict(zip("ab", [1, 2])), {**d, "a": 0}, d | {"new": 1})
from_items = {k: v for k, v in sorted(d.items(), key=lambda kv: str(kv[1]))}
print(from_items)
print({1: "a", True: "b", 1.0: "c"}, {0: 1, False: 2}, {(1, 2): 3}[(1, 2)])
t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t[1:], t + (4,), t * 0, (1,), tuple(), (1, 2) == (1, 2))
x, *rest = t; *init, last = t; p, (q, r) = 1, (2, 3)
print(x, rest, init, last, p, q, r)
try:
    m, n = t
except ValueError as e:
    print(e)
try:
    m, n, o, pp, qq = t
except ValueError as e:
    print(e)
try:
    m, *n, o, pp, qq, rr = t
except ValueError as e:
    print(e)
print(list(reversed(t)), list(enumerate("ab", 1)), list(zip("abc", range(2))), dict(enumerate("xy")))
nested = [[1, [2, 3]], (4, {5: [6]})]
print(nested, str(nested), repr(nested))
l = [1]; l.append(l); print(l)
dd = {}; dd["self"] = dd; print(dd)
print(list(range(0, -10, -3)), range(5), range(1, 10, 2), range(10)[2:8:2], len(range(0, 100, 7)), range(3) == range(0, 3), 5 in range(0, 10, 5), range(10)[-1])
