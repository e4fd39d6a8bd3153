# Many generators alive, suspended and abandoned while the GC runs.
def counter(n, tag):
    payload = [tag] * 10
    for i in range(n):
        yield i, payload[0]

alive = [counter(1000, t) for t in range(100)]
for g in alive:
    next(g)
total = 0
for round_ in range(5):
    for g in alive:
        i, tag = next(g)
        total += i + tag
    garbage = [[k] * 20 for k in range(500)]
print(total)

# Abandoned half-way: collected without running anything.
for k in range(1000):
    g = counter(10, k)
    next(g)
    g = (x * 2 for x in range(100) if x % 3)
    next(g)
print("abandoned ok")

# Deep chains abandoned mid-way.
def chain(n):
    if n:
        yield from chain(n - 1)
    yield [n] * 5

for k in range(20):
    c = chain(200)
    for _ in range(50):
        next(c)
print("chains ok")

# Generators reachable only from a suspended generator's frame.
def holder():
    inner = counter(100000, 7)
    local_list = [object() for _ in range(10)]
    while True:
        yield next(inner), len(local_list)

h = holder()
for _ in range(3000):
    v = next(h)
print(v)

# A generator referring to itself (a cycle) is collectable.
def selfref():
    me = yield
    while True:
        yield me is not None

for k in range(500):
    s = selfref()
    next(s)
    s.send(s)
print("cycles ok")
