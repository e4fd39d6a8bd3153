def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(15)])

def fib_upto(limit):
    for x in fib():
        if x > limit:
            return
        yield x

print(list(fib_upto(100)))
print(sum(x for x in fib_upto(4000000) if x % 2 == 0))

def nth(it, n):
    for i, x in enumerate(it):
        if i == n:
            return x

print(nth(fib(), 90))
print(len(str(nth(fib(), 500))))

def pairs(it):
    prev = next(it)
    for x in it:
        yield prev, x
        prev = x

ratios = (b / a for a, b in pairs(fib_upto(10 ** 6)) if a)
last = None
for r in ratios:
    last = r
print(round(last, 10))

def tribonacci():
    a, b, c = 0, 0, 1
    while True:
        yield a
        a, b, c = b, c, a + b + c

t = tribonacci()
print([next(t) for _ in range(12)])
