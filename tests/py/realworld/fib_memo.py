memo = {0: 0, 1: 1}
def fib(n):
    if n in memo:
        return memo[n]
    memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
for n in [10, 50, 100, 200, 300]:
    print(n, fib(n))
print(len(str(fib(900))))
def collatz(n, cache={1: 1}):
    if n in cache:
        return cache[n]
    r = 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)
    cache[n] = r
    return r
best = max(range(1, 10000), key=collatz)
print(best, collatz(best))
