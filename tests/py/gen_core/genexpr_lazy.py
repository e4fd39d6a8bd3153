# Generator expressions are lazy; only the first iterable is evaluated at creation.
def src(n):
    print("src called")
    for i in range(n):
        print("produce", i)
        yield i

def noisy(x):
    print("compute", x)
    return x * 10

g = (noisy(x) for x in src(3))
print("created")
print(next(g))
print("between")
print(list(g))

# The first iterable is evaluated (and iter() taken) eagerly.
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)

def never_called():
    print("never")
    return []

g = (y for x in [1] for y in never_called())
print("inner iterable not evaluated yet")
print(list(g))

# Conditions and nested loops run lazily too.
def cond(x):
    print("cond", x)
    return x % 2 == 0

g = (x for x in range(5) if cond(x))
print(next(g), next(g))
pairs = ((a, b) for a in range(3) for b in range(a) if (a + b) % 2)
print(list(pairs))

# Late binding: names in the element are looked up when it runs.
k = 1
g = (x * k for x in range(3))
k = 100
print(list(g))

# The first iterable is bound at creation.
data = [1, 2, 3]
g = (x for x in data)
data = [9, 9]
print(list(g))

# Mutating the list being iterated is visible.
items = [1, 2]
g = (x for x in items)
items.append(3)
print(list(g))

# Infinite source, taken lazily.
def naturals():
    n = 0
    while True:
        yield n
        n += 1

squares = (n * n for n in naturals())
firsts = []
for s in squares:
    if s > 50:
        break
    firsts.append(s)
print(firsts)
evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(5)])
