# starred assignment targets
a, *b, c = 1, 2, 3, 4, 5
print(a, b, c)
*a, b = [1, 2, 3]
print(a, b)
a, *b = "hello"
print(a, b)
a, *b, c = 1, 2
print(a, b, c)
*a, = range(4)
print(a)
[a, *b] = (9,)
print(a, b)
first, *_, last = range(10)
print(first, last, _)
a, b, *c, d, e = range(7)
print(a, b, c, d, e)
for x, *rest in [(1, 2, 3), (4,), (5, 6)]:
    print(x, rest)
head, *tail = [[1], [2], [3]]
print(head, tail)
*init, end = "a"
print(init, end)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, *c = (1,)
except ValueError as e:
    print("ValueError:", e)
x = [1, 2, 3]
a, *x = x
print(a, x)
print(type(b).__name__)
*t, = (1, 2)
print(type(t).__name__, t)
