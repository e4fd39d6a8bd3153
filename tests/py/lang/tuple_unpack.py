# tuple/list unpacking
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d) = [3, 4]
print(c, d)
[e, f] = "xy"
print(e, f)
g, = [5]
print(g)
(h,) = (6,)
print(h)
[i] = {7: "x"}
print(i)
x, y, z = range(3)
print(x, y, z)
p, q = {"k1": 1, "k2": 2}
print(p, q)
k, v = ("key", "value")
print(k + "=" + v)
for n, s in [(1, "one"), (2, "two")]:
    print(n, s)
l = [0, 0]
l[0], l[1] = 10, 20
print(l)
i = 0
lst = [1, 2, 3]
i, lst[i] = 1, 99
print(i, lst)
a = b = c = 0
a, b, c = c, a + 1, b + 2
print(a, b, c)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 1
except TypeError as e:
    print("TypeError:", e)
try:
    a, = []
except ValueError as e:
    print("ValueError:", e)
