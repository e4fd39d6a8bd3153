import math
print(math.sin(0), math.cos(0), math.tan(0), math.sin(math.pi / 2), math.cos(math.pi))
print(round(math.sin(math.pi), 12), round(math.cos(math.pi / 2), 12), round(math.tan(math.pi / 4), 12))
print(math.asin(1), math.acos(1), math.acos(0), math.atan(1), math.atan(math.inf))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1), math.atan2(0, 0), math.atan2(1, 0))
print(math.sin(1), math.cos(1), math.tan(1), math.asin(0.5), math.acos(0.5), math.atan(0.5))
print(math.log(1), math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(1024, 2), math.log(0.5))
print(math.log2(8), math.log2(1024), math.log2(3), math.log10(1000), math.log10(2), math.log10(0.001))
print(math.log(10 ** 100), math.log10(10 ** 100), math.log2(2 ** 1000), math.log(2 ** 2000, 2))
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(10), math.exp(-1000), math.exp(0.5))
print(math.pow(2, 10), math.pow(2, -1), math.pow(4, 0.5), math.pow(0, 0), math.pow(-2, 3), math.pow(1, math.inf))
print(math.sinh(1), math.cosh(0), math.tanh(0.5))
for name, f, arg in [("log", math.log, 0), ("log", math.log, -1), ("log2", math.log2, -2), ("log10", math.log10, 0), ("asin", math.asin, 2), ("acos", math.acos, -1.5), ("sin", math.sin, math.inf), ("cos", math.cos, -math.inf)]:
    try:
        f(arg)
    except ValueError as e:
        print(name, type(e).__name__, e)
for args in [(-8, 1 / 3), (0, -1)]:
    try:
        math.pow(*args)
    except ValueError as e:
        print(type(e).__name__, e)
for args in [(10, 1), (10, 0), (1, 1)]:
    try:
        print(math.log(*args))
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
for arg in [1000, 1e308]:
    try:
        print(math.exp(arg))
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    math.pow(10, 400)
except OverflowError as e:
    print(type(e).__name__, e)
