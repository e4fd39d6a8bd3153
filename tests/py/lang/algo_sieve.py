# sieve of eratosthenes and prime utilities
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
        i += 1
    return [k for k in range(n + 1) if is_p[k]]
ps = sieve(1000)
print(len(ps), ps[:10], ps[-3:])
print(sum(ps))
twins = [(p, p + 2) for p in ps if p + 2 in ps]
print(len(twins), twins[:5])
def factorize(n):
    out = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            out[d] = out.get(d, 0) + 1
            n //= d
        d += 1
    if n > 1:
        out[n] = out.get(n, 0) + 1
    return out
print(factorize(360), factorize(97), factorize(2**10 * 3**5 * 7))
gaps = {}
for a, b in zip(ps, ps[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(sorted(gaps.items()))
