a = [3, 1, 2]
a.append(4)
print(a)
a.extend([5, 6])
a.extend("ab")
a.extend(range(2))
a.extend(())
print(a)
a.insert(0, "first")
a.insert(-1, "beforelast")
a.insert(100, "end")
a.insert(-100, "start")
print(a)
a.remove("a")
print(a, a.pop(), a.pop(0), a.pop(-2), a)
print(a.index(5), a.index(1, 2), a.count(1), a.count("zz"))
b = [1, 2, 1, 2, 1]
print(b.index(1, 1), b.index(1, -2), b.index(2, 0, 2), b.count(1))
c = b.copy()
c.append(99)
print(b, c)
c.clear()
print(c, len(c))
r = [1, 2, 3]
r.reverse()
print(r)
print(r.append(0), r.sort(), r)
x = []
x += [1]
x += "xy"
x *= 2
print(x)
y = [[0] * 2] * 2
y[0][0] = 9
print(y)
z = [1, 2]
z.append(z)
print(z)
z2 = []
z2.append(z2)
z2.append([z2])
print(z2)
d = {"k": []}
d["k"].append(d)
print(d)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1].pop(5)
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1, 2].remove(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [1, 2].index(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [1, 2].index(1, 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [].extend(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [].insert(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1][3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1][3] = 0
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1]["a"]
except TypeError as e:
    print(type(e).__name__, e)
