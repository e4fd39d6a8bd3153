# indexing strings, lists, tuples
s = "python"
print(s[0], s[5], s[-1], s[-6])
l = [10, 20, 30]
print(l[0], l[-1], l[1])
t = ("a", ("b", "c"))
print(t[1][0], t[-1][-1])
try:
    s[6]
except IndexError as e:
    print("IndexError:", e)
try:
    s[-7]
except IndexError as e:
    print("IndexError:", e)
try:
    l[3]
except IndexError as e:
    print("IndexError:", e)
try:
    t[2]
except IndexError as e:
    print("IndexError:", e)
try:
    s["x"]
except TypeError as e:
    print("TypeError:", e)
try:
    l[1.0]
except TypeError as e:
    print("TypeError:", e)
try:
    s[0] = "P"
except TypeError as e:
    print("TypeError:", e)
try:
    t[0] = 1
except TypeError as e:
    print("TypeError:", e)
print(l[True], s[False])
print(range(10)[3], range(10)[-1], range(2, 20, 5)[2])
try:
    range(3)[3]
except IndexError as e:
    print("IndexError:", e)
print("abc"[1][0][0])
print([[1, 2], [3, 4]][1][0])
l[-1] = 99
print(l)
print(s[2**0])
