# augmented assignment on subscripts
l = [1, 2, 3]
l[0] += 10
l[-1] *= 5
print(l)
d = {"a": 1}
d["a"] += 1
d.setdefault("b", 0)
d["b"] -= 7
print(d)
m = [[1, 2], [3, 4]]
m[1][0] **= 2
m[0][1] //= 2
print(m)
calls = []
def idx(i):
    calls.append(i)
    return i
l[idx(1)] += 100
print(l, calls)
try:
    d["missing"] += 1
except KeyError as e:
    print("KeyError:", e)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))
words = {"x": []}
words["x"] += [1, 2]
print(words)
s = ["ab"]
s[0] += "cd"
print(s)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(t)
l2 = [0] * 3
for i in range(3):
    l2[i] += i * i
print(l2)
