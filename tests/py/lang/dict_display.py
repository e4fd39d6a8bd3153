# dict displays
print({})
print({"a": 1, "b": 2})
print({1: "x", 1: "y"})
print({1: "a", 1.0: "b", True: "c"})
d = {"z": 1, "a": 2, "m": 3}
print(d, list(d))
d["b"] = 4
print(d)
d["z"] = 10
print(d)
del d["a"]
d["a"] = 0
print(d)
base = {"x": 1, "y": 2}
print({**base, "z": 3})
print({"x": 0, **base})
print({**base, "x": 0})
print({**base, **{"y": 20, "w": 5}})
print({**{}})
print({(1, 2): "tuple key", None: "none key", 3.5: "float"})
print({k: k * 2 for k in range(3)})
print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict(base, q=9))
keys = ["k1", "k2"]
print({keys[0]: 1, keys[1]: 2})
print({"nested": {"a": [1, {"b": 2}]}})
print(len({1: 1, 2: 2}), {1: 2} == {1: 2})
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    {"a": 1}["b"]
except KeyError as e:
    print("KeyError:", e)
dd = {}
dd[1] = dd
print(dd)
print({"a": 1}.get("a"), {"a": 1}.get("b"))
print(list({3: 0, 1: 0, 2: 0}.keys()))
