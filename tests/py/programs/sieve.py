def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
        p += 1
    return [i for i, flag in enumerate(is_prime) if flag]

primes = sieve(200)
print(primes)
print(len(sieve(10000)), sieve(10000)[-5:])
print(sieve(1), sieve(2), sieve(3))
twins = [(p, p + 2) for p in primes if p + 2 in set(primes)]
print(twins)
gaps = {}
big = sieve(5000)
for a, b in zip(big, big[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
for gap in sorted(gaps):
    print(f"gap {gap:2d}: {gaps[gap]}")
goldbach = {}
pset = set(big)
for n in range(4, 60, 2):
    for p in big:
        if n - p in pset:
            goldbach[n] = (p, n - p)
            break
print(goldbach)
