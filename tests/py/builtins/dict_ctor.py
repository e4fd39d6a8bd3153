print(dict())
print(dict(a=1, b=2))
print(dict([("x", 1), ("y", 2)]))
print(dict([("x", 1), ("x", 2)]))
print(dict({"a": 1}, b=2))
print(dict([("a", 1)], a=5))
print(dict(zip("abc", [1, 2, 3])))
print(dict([[1, 2], (3, 4), "ab"]))
print(dict.fromkeys("abc"))
print(dict.fromkeys([1, 2, 3], 0))
print(dict.fromkeys([]))
d = {"one": 1}
e = dict(d)
e["two"] = 2
print(d, e)
print({k: v for k, v in zip(range(3), "xyz")})
print({i: i * i for i in range(6) if i % 2})
print(dict(enumerate("ab", 1)))
print({(1, 2): "tuple key", 3.5: "float", None: "none", True: "bool"})
print({1: "a", 1.0: "b"})
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    dict(["abc"])
except ValueError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}["missing"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}[(1, 2)]
except KeyError as e:
    print(type(e).__name__, e)
