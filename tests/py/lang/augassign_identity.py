# += mutates lists in place, rebinds immutables
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
s = "x"
t = s
s += "y"
print(s, t)
tu = (1,)
tv = tu
tu += (2,)
print(tu, tv)
l = [1]
l += (2, 3)
print(l)
l += "ab"
print(l)
l *= 2
print(l)
def ext(lst):
    lst += [0]
ref = [5]
ext(ref)
print(ref)
def rebind(lst):
    lst = lst + [0]
    return lst
ref2 = [5]
print(rebind(ref2), ref2)
try:
    l2 = [1]
    l2 = l2 + (2,)
except TypeError as e:
    print("TypeError:", e)
d = {1: 1}
e = d
d |= {2: 2}
print(d, e, d is e)
