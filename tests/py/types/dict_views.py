d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k)
print(v)
print(it)
print({}.keys(), {}.values(), {}.items())
d["d"] = 4
print(k, len(k), len(v), len(it))
print("a" in k, 4 in v, ("a", 1) in it, ("a", 2) in it, 9 in v)
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a", "b"}), sorted(k ^ {"a", "q"}))
print(k == {"a", "b", "c", "d"}, k == ["a", "b", "c", "d"], k <= {"a", "b", "c", "d", "e"})
print(sorted(it & {("a", 1), ("b", 5)}))
print(k.isdisjoint({"x"}), k.isdisjoint(["a"]))
print(list(zip(k, v)))
for key in d.keys():
    print(key, end=" ")
print()
for key, val in d.items():
    print(f"{key}={val}", end=";")
print()
print(sum(d.values()), max(d.values()), sorted(d.values(), reverse=True))
e = {"b": 2, "a": 1}
print({"a": 1, "b": 2} == e, list(e) == list({"a": 1, "b": 2}))
print({"a": 1}.keys() == {"a": 2}.keys(), {"a": 1}.items() == {"a": 2}.items())
print(list(reversed(d.items())))
dv = {1: "x"}.values()
print(dv == dv, list(dv) == ["x"])
try:
    for key in d:
        d["new"] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    k[0]
except TypeError as e:
    print(type(e).__name__, e)
