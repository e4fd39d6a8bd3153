def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors

def fmt(factors):
    parts = []
    for p in sorted(factors):
        e = factors[p]
        parts.append(str(p) if e == 1 else f"{p}^{e}")
    return " * ".join(parts) if parts else "1"

for n in [1, 2, 12, 97, 360, 1001, 1024, 999999, 600851475143, 2 ** 31 - 1, 123456789, 10 ** 9 + 7, 2 ** 40 - 1]:
    f = fact = factorize(n)
    num_divisors = 1
    for e in f.values():
        num_divisors *= e + 1
    print(f"{n} = {fmt(f)}  (divisors: {num_divisors})")

def divisors(n):
    small, large = [], []
    i = 1
    while i * i <= n:
        if n % i == 0:
            small.append(i)
            if i != n // i:
                large.append(n // i)
        i += 1
    return small + large[::-1]

print(divisors(360))
perfect = [n for n in range(2, 10000) if sum(divisors(n)[:-1]) == n]
print("perfect:", perfect)
def phi(n):
    result = n
    for p in factorize(n):
        result = result // p * (p - 1)
    return result
print([phi(n) for n in range(1, 21)])
