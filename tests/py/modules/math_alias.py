import math as m
import math
import sys as system
print(m.sqrt(81), m.pi == math.pi, m is math)
print(m.floor(2.999), m.gcd(100, 75), m.isclose(m.e ** 2, m.exp(2)))
print(system.maxsize == 2 ** 63 - 1)
def circumference(r, mod=m):
    return 2 * mod.pi * r
print(circumference(1), circumference(0.5))
try:
    m.nosuchfunction(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    math.sqrt()
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.sqrt(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.gcd(1.5, 2)
except TypeError as e:
    print(type(e).__name__, e)
