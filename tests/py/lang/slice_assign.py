# slice assignment and deletion
l = list(range(10))
l[2:5] = ["a", "b"]
print(l)
l[:0] = [-1, -2]
print(l)
l[len(l):] = [100]
print(l)
l[1:3] = []
print(l)
l[::2] = [0] * len(l[::2])
print(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
m = [1, 2, 3, 4, 5, 6]
del m[::2]
print(m)
m = [1, 2, 3, 4, 5, 6]
del m[1:4]
print(m)
m = [1, 2, 3]
m[:] = "xyz"
print(m)
m[1:2] = (7, 8, 9)
print(m)
m[::-1] = [1, 2, 3, 4, 5]
print(m)
n = [0, 1, 2, 3]
n[-1:] = [30, 40]
print(n)
n[5:10] = [5]
print(n)
n[2:2] = [2.5]
print(n)
del n[:]
print(n)
a = [1, 2, 3]
b = a
a[:] = [9]
print(b)
