# the math module
import math
print(math.pi, math.e, math.tau)
print(math.inf, -math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.25))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1))
print(type(math.floor(2.5)).__name__, math.floor(5), math.ceil(10**20))
print(math.trunc(-3.7), math.trunc(3.7))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.gcd(2**100, 2**50 * 3))
print(math.factorial(0), math.factorial(10), math.factorial(30))
print(math.isqrt(17), math.isqrt(10**40), math.isqrt(0))
print(math.fabs(-3), math.fabs(2.5))
print(math.pow(2, 10), math.pow(2, 0.5))
print(math.exp(0), math.exp(1), math.log(1), math.log(math.e))
print(math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.sin(0), math.cos(0), math.tan(0))
print(round(math.sin(math.pi / 2), 12), round(math.cos(math.pi), 12))
print(math.atan2(1, 1) * 4 == math.pi)
print(math.hypot(3, 4))
print(math.isnan(math.nan), math.isnan(1.0), math.isinf(math.inf), math.isinf(1e308))
print(math.isfinite(1.0), math.isfinite(math.inf))
print(math.copysign(3, -0.0), math.copysign(-2.0, 1))
print(math.fmod(7, 3), math.fmod(-7, 3), -7 % 3)
print(math.modf(3.25), math.modf(-1.5))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1))
print(math.degrees(math.pi), math.radians(180) == math.pi)
print(math.comb(5, 2), math.perm(5, 2), math.comb(50, 25))
print(math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.isqrt(-4)
except ValueError as e:
    print("ValueError:", e)
print(math.floor(-0.0), math.sqrt(-0.0))
