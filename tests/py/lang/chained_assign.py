# chained assignment
a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(y, x is y)
p = q = 1, 2
print(p, q)
i, j = k = 3, 4
print(i, j, k)
l = [0, 0, 0]
n = l[0] = l[1] = 7
print(n, l)
d = {}
d["a"] = d["b"] = "v"
print(d)
order = []
def key(name):
    order.append(name)
    return name
dd = {}
dd[key("first")] = dd[key("second")] = key("value")
print(order, dd)
m = [1, 2]
m[0] = m = [9, 9]
print(m)
s = t = "str"
s += "!"
print(s, t)
z1 = z2 = z3 = None
print(z1 is z2 is z3 is None)
