# Generator-heavy code: pipelines, sums of generator expressions, yield from, send.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1

def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x

def scaled(src, k):
    for x in src:
        yield x * k

def walk(node):
    if node:
        left, value, right = node
        yield from walk(left)
        yield value
        yield from walk(right)

def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return (build(lo, mid), mid, build(mid + 1, hi))

def averager():
    total = 0
    count = 0
    avg = 0
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total // count

total = 0
for r in range(20):
    total += sum(scaled(evens(numbers(40000)), 3))
    total += sum(x * x for x in range(40000) if x % 3)
    total += sum(1 for _ in walk(build(0, 8000)))
    a = averager()
    next(a)
    for v in range(20000):
        total += a.send(v)
print(total)
