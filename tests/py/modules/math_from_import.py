from math import sqrt, pi
from math import floor, ceil, gcd as g
from math import *
print(sqrt(9), pi, floor(-1.5), ceil(-1.5), g(21, 14))
print(e, tau, inf, isnan(nan), factorial(6), hypot(6, 8))
def area(r):
    return pi * r * r
print(area(1), area(2.5), round(area(10), 3))
print([sqrt(x) for x in range(5)])
print(sorted([3, 1, 2], key=lambda v: -sqrt(v)))
print(comb(6, 3), isqrt(99), log2(64), log10(1e-3), copysign(1, -5))
sqrt = lambda x: "shadowed"
print(sqrt(4))
import math
print(math.sqrt(4), math.pi == pi)
