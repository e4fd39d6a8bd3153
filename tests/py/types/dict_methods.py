d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 99))
print(d.setdefault("c", 3), d.setdefault("a", 100), d.setdefault("n"), d)
print(d.pop("n"), d.pop("zz", "default"), d.pop("c"), d)
d["x"] = 10
d["y"] = 20
print(d.popitem(), d.popitem(), d)
d.update({"b": 22, "q": 5})
print(d)
d.update([("r", 1), ("s", 2)])
print(d)
d.update(t=7, a=-1)
print(d)
d.update({"u": 0}, v=1)
d.update()
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
print("a" in d, "zz" in d, 1 in d, "a" not in d)
del d["a"]
print(d)
c = d.copy()
c["new"] = 1
print(len(d), len(c), "new" in d)
c.clear()
print(c, d == d.copy(), d is d.copy())
print(dict.fromkeys(["x", "y"], []), dict.fromkeys("ab", 5))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
cnt = {}
for ch in "mississippi":
    cnt[ch] = cnt.get(ch, 0) + 1
print(cnt)
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    del d["missing"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.pop("missing")
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.update(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.get()
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[[1]] = 2
except TypeError as e:
    print(type(e).__name__, e)
