# del statement
x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
l = [0, 1, 2, 3, 4, 5]
del l[0]
print(l)
del l[-1]
print(l)
del l[1:3]
print(l)
l = list(range(10))
del l[::3]
print(l)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
a, b = 1, 2
del a, b
print("a" in globals(), "b" in globals())
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
def f():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
try:
    del l[100]
except IndexError as e:
    print("IndexError:", e)
p = [1, 2, 3]
q = p
del p
print(q)
(c, d2) = (1, 2)
del (c, d2)
[e] = [1]
del [e]
print("c" in globals(), "e" in globals())
try:
    del undefined_thing
except NameError as e:
    print("NameError:", e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
