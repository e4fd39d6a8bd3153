print(list(range(5)))
print(list(range(2, 8)))
print(list(range(0, 20, 5)))
print(list(range(10, 0, -3)))
print(list(range(0, -10, -2)))
print(list(range(5, 5)))
print(list(range(5, 0)))
print(list(range(0, 5, -1)))
print(list(range(-3, 3)))
r = range(3, 30, 4)
print(r)
print(repr(range(0)))
print(range(1, 10, 1))
print(range(10, 0, -1))
print(range(5))
print(len(r), r[0], r[1], r[-1], r[-2])
print(r[2:5])
print(r[::-1])
print(r[::2])
print(list(r[1:-1:3]))
print(list(range(10)[::-1]))
print(7 in r, 8 in r, 31 in r, 3 in r, -1 in r)
print(3.0 in r, "a" in r)
print(list(reversed(range(5))))
print(list(reversed(range(1, 10, 3))))
print(r.index(11), r.count(11), r.count(12))
print(r.start, r.stop, r.step)
print(range(0, 10, 2) == range(0, 9, 2))
print(range(0) == range(5, 2))
print(range(3) == range(4))
print(sum(range(101)))
print(range(10**20)[-1])
print(len(range(-5, 5, 3)))
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    r.index(12)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range("3")
except TypeError as e:
    print(type(e).__name__, e)
for i in range(3):
    for j in range(i):
        print(i, j, end="; ")
print()
