def candidates():
    yield 2
    n = 3
    while True:
        yield n
        n += 2

def is_prime(n, known):
    for p in known:
        if p * p > n:
            return True
        if n % p == 0:
            return False
    return True

def primes():
    found = []
    for n in candidates():
        if is_prime(n, found):
            found.append(n)
            yield n

p = primes()
print([next(p) for _ in range(20)])

def primes_below(limit):
    for q in primes():
        if q >= limit:
            break
        yield q

print(sum(primes_below(1000)), len(list(primes_below(1000))))

def sieve(limit):
    flags = [True] * limit
    flags[0] = flags[1] = False
    for i in range(2, limit):
        if flags[i]:
            yield i
            for j in range(i * i, limit, i):
                flags[j] = False

print(list(sieve(60)))
print(list(sieve(1000)) == list(primes_below(1000)))

def twin_primes(limit):
    prev = None
    for q in sieve(limit):
        if prev is not None and q - prev == 2:
            yield prev, q
        prev = q

print(list(twin_primes(110)))

def factorize(n):
    for q in primes():
        if q * q > n:
            break
        while n % q == 0:
            yield q
            n //= q
    if n > 1:
        yield n

for n in [360, 97, 1001, 2 ** 10 * 3, 999983 * 2]:
    print(n, list(factorize(n)))
