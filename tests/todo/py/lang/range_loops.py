# range objects
print(range(5), range(1, 5), range(1, 10, 2), range(5, 0, -1))
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)))
print(list(range(10, 0, -3)), list(range(0)), list(range(5, 5)), list(range(5, 0)))
print(list(range(-5, -1)), list(range(-1, -5, -1)))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0)), len(range(10, 0, -3)))
print(range(10)[2], range(10)[-1], range(0, 10, 2)[-2])
print(5 in range(10), 10 in range(10), 3 in range(0, 10, 2))
print(range(0, 10, 2).index(4), range(10).count(3))
print(range(3) == range(3), range(0) == range(5, 2), range(0, 3) == range(0, 3, 1))
print(sum(range(101)), max(range(7)), min(range(3, 9)))
print(list(range(2**64, 2**64 + 3)))
print(range(1, 2**100)[-1] == 2**100 - 1)
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
r = range(3)
print([x for x in r], [x for x in r])
print(list(reversed(range(4))))
print(range(2, 20, 3)[1:3], range(10)[::-1])
