import math
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(0, 0), math.gcd(-12, 18), math.gcd(17, 5))
print(math.gcd(12, 18, 24), math.gcd(), math.gcd(7), math.gcd(2 ** 100, 6 ** 50))
print(math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(), math.lcm(-4, 6), math.lcm(7))
print(math.isqrt(0), math.isqrt(1), math.isqrt(15), math.isqrt(16), math.isqrt(17), math.isqrt(10 ** 40), math.isqrt(2 ** 101))
print(math.factorial(0), math.factorial(1), math.factorial(5), math.factorial(20), math.factorial(30))
print(len(str(math.factorial(100))), str(math.factorial(100))[:20])
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(50, 25), math.comb(100, 3))
print(math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(3, 5), math.perm(20, 10))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 11)), math.prod([2.5, 2]), math.prod([3], start=2))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1, -1e100]), math.fsum([]))
print(math.floor(7 / 2), math.ceil(7 / 2), -(-7 // 2))
for f, args in [(math.factorial, (-1,)), (math.isqrt, (-1,)), (math.comb, (-1, 2)), (math.perm, (5, -1)), (math.comb, (5, -2))]:
    try:
        f(*args)
    except ValueError as e:
        print(type(e).__name__, e)
for f, args in [(math.factorial, (2.5,)), (math.gcd, (2.0, 4)), (math.factorial, (5.0,)), (math.isqrt, (4.0,)), (math.comb, (5.0, 2))]:
    try:
        print(f(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
