import math
print(math.floor(10 ** 30), math.ceil(-10 ** 30), math.trunc(2 ** 70), math.floor(True))
print(math.floor(1e300) == 10 ** 300, math.floor(1e300) % 10 ** 10, math.trunc(-1.5e20))
print(math.isqrt(10 ** 50 - 1), math.isqrt(2 ** 200), math.isqrt(99999999999999999999) ** 2 <= 99999999999999999999)
print(math.gcd(2 ** 200, 3 ** 100 * 2 ** 150), math.lcm(2 ** 40, 3 ** 20) == 2 ** 40 * 3 ** 20)
print(math.comb(1000, 500) % 10 ** 20, len(str(math.comb(1000, 500))), math.perm(30, 15))
print(math.fsum([0.1] * 10) == 1.0, math.fsum([1e16, 1.0, -1e16]), sum([1e16, 1.0, -1e16]))
print(math.fsum([1.5, 2.25, -0.75]), math.fsum(range(10)), math.fsum([]))
print(math.prod([0.5] * 4), math.prod(range(1, 21)) == math.factorial(20), math.prod([2, 3.0]))
print(math.sqrt(10 ** 20), math.sqrt(2 ** 100), math.exp(math.log(7)), math.log(math.exp(2)))
print(math.hypot(1e200, 1e200), math.hypot(-3, -4), math.hypot(1e-200, 1e-200))
print(math.copysign(math.inf, -1), math.copysign(math.nan, -1), math.fabs(-math.inf))
print(math.isclose(1e-10, 0), math.isclose(1.0, 1.0 + 1e-10), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
print(math.modf(-0.0), math.modf(math.inf), math.frexp(1e300), math.ldexp(1, 1000))
print(math.degrees(math.tau), math.radians(-45), math.atan2(-0.0, -1), math.atan2(0.0, -1))
print(sum(math.sin(k * math.pi / 6) ** 2 for k in range(12)))
print(math.floor(-0.0), math.ceil(-0.9), math.trunc(-0.9), round(-0.5), int(-0.9))
for v in [2.5, -2.5, 3.5, 1e16 + 1]:
    print(v, math.floor(v), math.ceil(v), math.trunc(v), round(v))
try:
    math.ldexp(1, 10000)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.factorial(10 ** 20)
except (OverflowError, ValueError) as e:
    print(type(e).__name__, e)
try:
    math.fsum([math.inf, -math.inf])
except ValueError as e:
    print(type(e).__name__, e)
