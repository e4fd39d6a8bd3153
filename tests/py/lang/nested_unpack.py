# nested unpacking targets
(a, b), c = (1, 2), 3
print(a, b, c)
a, (b, c) = 1, [2, 3]
print(a, b, c)
[a, [b, [c, d]]] = [1, [2, [3, 4]]]
print(a, b, c, d)
(a, *b), (c, *d) = "abc", "de"
print(a, b, c, d)
for (x, y), z in [((1, 2), 3), ((4, 5), 6)]:
    print(x + y + z)
for i, (name, score) in enumerate([("ann", 90), ("bob", 85)]):
    print(i, name, score)
pairs = {"a": (1, 2), "b": (3, 4)}
for key, (lo, hi) in pairs.items():
    print(key, lo, hi)
((a,),) = ((7,),)
print(a)
l = [0, [0, 0]]
l[0], (l[1][0], l[1][1]) = "x", "yz"
print(l)
try:
    (a, b), c = (1, 2, 3), 4
except ValueError as e:
    print("ValueError:", e)
try:
    (a, b), c = 1, 2
except TypeError as e:
    print("TypeError:", e)
print([(p, q, r) for (p, q), r in [((1, 2), 3)]])
