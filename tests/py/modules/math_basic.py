import math
print(math.sqrt(16), math.sqrt(2), math.sqrt(0), math.sqrt(1e100), math.sqrt(0.25))
print(math.floor(3.7), math.floor(-3.7), math.floor(5), math.ceil(3.2), math.ceil(-3.2), math.ceil(7))
print(math.trunc(3.9), math.trunc(-3.9), math.trunc(0.0), type(math.floor(1.5)), type(math.ceil(1.5)))
print(math.floor(1e20), math.ceil(-1e20), math.floor(-0.5), math.ceil(-0.5))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.fabs(-3), math.fabs(2.5), math.fabs(-0.0), type(math.fabs(-3)))
print(math.copysign(3, -0.0), math.copysign(-2, 1), math.copysign(0.0, -1))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5.5, 2), -7 % 3)
print(math.modf(3.75), math.modf(-3.75), math.modf(0.0), math.modf(5))
print(math.frexp(8), math.frexp(0.1), math.frexp(0), math.frexp(-3))
print(math.ldexp(0.5, 4), math.ldexp(1, -2), math.ldexp(3, 0))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(90))
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 1, 1), math.hypot())
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isnan(math.nan), math.isnan(1), math.isinf(math.inf), math.isinf(-math.inf), math.isinf(1e308))
print(math.isfinite(1), math.isfinite(math.inf), math.isfinite(math.nan), math.isfinite(0.0))
print(math.sqrt(2) ** 2, math.isclose(math.sqrt(2) ** 2, 2))
print(math.pi * 2 == math.tau, round(math.pi, 5), f"{math.e:.10f}")
for bad in [-1, -0.5, -math.inf]:
    try:
        math.sqrt(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for f, arg in [(math.floor, math.inf), (math.ceil, math.nan), (math.trunc, -math.inf)]:
    try:
        f(arg)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    math.fmod(1, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.sqrt("4")
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.dist((1, 2), (1, 2, 3))
except ValueError as e:
    print(type(e).__name__, e)
print(math.sqrt(-0.0), math.sqrt(math.inf))
