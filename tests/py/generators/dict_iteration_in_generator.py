def keys_with(d, pred):
    for k, v in d.items():
        if pred(v):
            yield k

scores = {"ann": 90, "bob": 72, "cid": 85, "dee": 60}
print(list(keys_with(scores, lambda v: v >= 80)))

g = keys_with(scores, lambda v: v > 0)
print(next(g))
scores["eve"] = 99
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)

lst = [1, 2, 3]
def over_list(items):
    for x in items:
        yield x

g = over_list(lst)
print(next(g))
lst.append(4)
print(list(g))

s = {1, 2, 3}
def over_set(items):
    for x in items:
        yield x

g = over_set(s)
next(g)
s.add(10)
try:
    list(g)
except RuntimeError as e:
    print("RuntimeError:", e)

d = {"a": 1, "b": 2}
g = (k for k in d)
print(next(g))
d["a"] = 100
print(list(g), d)

inverted = dict((v, k) for k, v in {"x": 1, "y": 2}.items())
print(inverted)
counts = {}
for w in (w.lower() for w in "A b a C b a".split()):
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
