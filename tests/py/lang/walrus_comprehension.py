# walrus in comprehensions binds in enclosing scope
res = [y for x in range(5) if (y := x * x) > 4]
print(res, y)
total = 0
sums = [total := total + v for v in [1, 2, 3, 4]]
print(sums, total)
def f():
    [last := c for c in "abc"]
    return last
print(f())
def g():
    found = None
    if any([(found := v) > 2 for v in [1, 3, 5]]):
        return found
print(g())
data = [4, 7, 9, 2]
print([(m, m * 2) for d in data if (m := d - 1) % 2 == 0])
print(m)
