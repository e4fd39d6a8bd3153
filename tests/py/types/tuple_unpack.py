a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
first, *middle, last = range(6)
print(first, middle, last)
*head, tail = [1]
print(head, tail)
h, *t = "hello"
print(h, t)
a, (b, (c, d)) = 1, [2, (3, 4)]
print(a, b, c, d)
for i, (name, score) in enumerate([("ann", 90), ("bob", 85)]):
    print(i, name, score)
for k, v in {"one": 1, "two": 2}.items():
    print(k, v)
for (x1, y1), (x2, y2) in [((0, 0), (3, 4)), ((1, 1), (4, 5))]:
    print(((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5)
pairs = [(1, "b"), (2, "a")]
nums, letters = zip(*pairs)
print(nums, letters)
def stats(xs):
    return min(xs), max(xs), sum(xs) / len(xs)
lo, hi, avg = stats([3, 9, 6])
print(lo, hi, avg)
t = 1, 2, 3
print(t, (*t, 4), [*t, *"ab"], {**{"a": 1}, "b": 2})
print(*t, sep="-")
m = n = 5
m += 1
print(m, n)
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
i = 0
arr = [10, 20, 30]
i, arr[i] = 1, 99
print(i, arr)
for bad in [[1, 2, 3], [1], 7, "ab"]:
    try:
        u, v = bad
        print("ok", u, v)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
