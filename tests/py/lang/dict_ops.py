# dict operations and iteration order
d = {"one": 1, "two": 2}
d["three"] = 3
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("two"), d.get("four"), d.get("four", 4))
print(d.pop("one"), d)
print(d.pop("missing", "dflt"))
print(d.setdefault("two", 99), d.setdefault("new", []), d)
d.update({"two": 22, "x": 0})
d.update(y=1)
print(d)
print(len(d), "x" in d, 0 in d)
e = d.copy()
e["copy"] = True
print(len(d), len(e))
print(d.popitem(), d)
print(dict.fromkeys("ab", 0), dict.fromkeys([1, 2]))
print({**d} == d, {1: 1} | {2: 2}, {1: 1, 2: 2} | {1: 100})
for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
d2 = {}
for w in "the cat the dog the end".split():
    d2[w] = d2.get(w, 0) + 1
print(d2)
print(sorted(d2, key=lambda k: (-d2[k], k)))
try:
    for k in d2:
        d2["new" + k] = 1
except RuntimeError as err:
    print("RuntimeError:", err)
ks = d2.keys()
d2["late"] = 1
print("late" in ks, len(ks))
print(list(reversed({"a": 1, "b": 2, "c": 3})))
d3 = {1: "a"}
d3.clear()
print(d3, {} == dict())
print({True: 1, 1: 2, 1.0: 3})
print(dict(zip("abc", range(3))))
print(dict([("k", "v")], extra=1))
