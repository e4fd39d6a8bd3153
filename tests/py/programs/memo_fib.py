memo = {}
def fib(n):
    if n < 2:
        return n
    if n in memo:
        return memo[n]
    r = fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r

for n in [0, 1, 2, 10, 50, 90, 300]:
    print(n, fib(n))

def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

f1000 = fib_iter(1000)
print(len(str(f1000)), str(f1000)[:15], str(f1000)[-15:])
print(fib_iter(300) == fib(300))

calls = {"n": 0}
cache = {}
def grid_paths(r, c):
    calls["n"] += 1
    if r == 0 or c == 0:
        return 1
    key = (r, c)
    if key not in cache:
        cache[key] = grid_paths(r - 1, c) + grid_paths(r, c - 1)
    return cache[key]

print(grid_paths(16, 16), calls["n"], len(cache))

collatz_cache = {1: 1}
def collatz_len(n):
    chain = []
    while n not in collatz_cache:
        chain.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    length = collatz_cache[n]
    for m in reversed(chain):
        length += 1
        collatz_cache[m] = length
    return length

best = max(range(1, 10000), key=collatz_len)
print(best, collatz_len(best), collatz_len(27))
