# ackermann function (small arguments)
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
for m in range(3):
    print([ack(m, n) for n in range(5)])
print(ack(2, 3), ack(3, 2), ack(3, 3))
def binom(n, k):
    if k == 0 or k == n:
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)
print([binom(6, k) for k in range(7)])
def collatz(n, steps=0):
    if n == 1:
        return steps
    return collatz(n // 2 if n % 2 == 0 else 3 * n + 1, steps + 1)
print(collatz(27))
