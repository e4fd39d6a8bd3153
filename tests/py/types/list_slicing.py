a = list(range(10))
print(a[2:5], a[:3], a[-2:], a[::3], a[::-1], a[7:2:-2], a[-100:100])
b = a[:]
b[2:5] = ["x"]
print(b)
b = a[:]
b[2:2] = [100, 200]
print(b)
b = a[:]
b[:3] = []
print(b)
b = a[:]
b[::2] = "ABCDE"
print(b)
b = a[:]
b[::-3] = [0, 0, 0, 0]
print(b)
b = a[:]
b[5:] = range(3)
print(b)
b = a[:]
b[-1:] = [[1, 2]]
print(b)
b = a[:]
b[8:2] = ["ins"]
print(b)
b = a[:]
del b[1:4]
print(b)
b = a[:]
del b[::2]
print(b)
b = a[:]
del b[::-3]
print(b)
b = a[:]
del b[:]
print(b)
b = a[:]
del b[-1]
del b[0]
print(b)
b = a[:]
b[1:9:3] = ("p", "q", "r")
print(b)
b = [1, 2, 3]
b[len(b):] = [4, 5]
print(b)
b[:0] = [-1, 0]
print(b)
try:
    b = a[:]
    b[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    b = a[:]
    b[1:3] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    b = a[:]
    b[::0] = []
except ValueError as e:
    print(type(e).__name__, e)
try:
    del a[20]
except IndexError as e:
    print(type(e).__name__, e)
print(a)
