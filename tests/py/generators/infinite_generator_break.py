def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

for n in naturals(5):
    if n > 9:
        break
    print(n, end=" ")
print()

squares = (n * n for n in naturals(1))
for s in squares:
    if s > 50:
        print("first square above 50:", s)
        break

def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out

print(take(5, naturals()))
print(take(4, (x for x in naturals() if x % 7 == 3)))

def cycle(items):
    while True:
        for it in items:
            yield it

c = cycle(["red", "green", "blue"])
print([next(c) for _ in range(7)])

def repeat(value):
    while True:
        yield value

r = repeat("z")
print("".join(next(r) for _ in range(5)))

def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1

print(list(collatz(27))[:10], len(list(collatz(27))))

evens = (n for n in naturals() if n % 2 == 0)
odd_count = 0
for e in evens:
    odd_count += 1
    if e >= 20:
        break
print("evens counted", odd_count, "next even", next(evens))
