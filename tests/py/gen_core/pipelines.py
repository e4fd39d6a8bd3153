# Generator pipelines.
def numbers(limit):
    n = 1
    while n <= limit:
        yield n
        n += 1

def squares(src):
    for x in src:
        yield x * x

def only_odd(src):
    return (x for x in src if x % 2)

def take(n, src):
    for i, x in enumerate(src):
        if i >= n:
            return
        yield x

def running_sum(src):
    total = 0
    for x in src:
        total += x
        yield total

print(list(running_sum(only_odd(squares(numbers(10))))))
print(list(take(4, squares(numbers(10**9)))))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print(list(take(15, fib())))
print(sum(take(100, (f for f in fib() if f % 3 == 0))) % 1000003)

def window(src, n):
    buf = []
    for x in src:
        buf.append(x)
        if len(buf) == n:
            yield tuple(buf)
            buf.pop(0)

print(list(window("abcde", 3)))

def chunks(src, n):
    chunk = []
    for x in src:
        chunk.append(x)
        if len(chunk) == n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk

print(list(chunks(range(7), 3)))

def words(text):
    for line in text.split("\n"):
        yield from line.split()

text = "the quick brown\nfox jumps over\nthe lazy dog"
counts = {}
for w in words(text):
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))

def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        alive = []
        for g in gens:
            try:
                yield next(g)
                alive.append(g)
            except StopIteration:
                pass
        gens = alive

print(list(interleave("abc", range(5), (x for x in "XY"))))

def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1

print(list(take(20, primes())))

def tee_like(src):
    for x in src:
        yield x, x

print(dict(tee_like("ab")))
print(sorted(set(x % 7 for x in take(50, fib()))))
