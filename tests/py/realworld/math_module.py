import math
print(math.log(10**1000), math.log10(10**500), math.log2(2**2000), math.log(2**3000, 2), math.sqrt(10**300), math.floor(1e300) == 10**300, math.ceil(-1e20))
print(math.isqrt(10**100 + 12345), math.comb(200, 100), math.perm(20), math.factorial(25), math.gcd(), math.gcd(0, 0), math.gcd(-12, 18, 30), math.lcm(), math.lcm(0, 5), math.lcm(2, 3, 4))
print(math.fmod(-7, 3), math.remainder(7, 2), math.remainder(-7, 3), math.modf(-3.75), math.frexp(48), math.ldexp(0.75, 6), math.nextafter(1, 2), math.ulp(1.0), math.cbrt(27), math.exp2(10), math.expm1(1e-10), math.log1p(1e-10))
print(math.sin(math.pi), math.cos(math.pi / 3), math.tan(math.pi / 4), math.atan2(1, -1), math.asin(1), math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.erf(0.5), math.erfc(0.5), math.gamma(5.5) if False else "", math.floor(2.5), math.ceil(2.5), math.trunc(2.5), math.fabs(-3), math.copysign(3, -0.0), math.pow(2, 0.5), math.pow(-8, 1/3) if False else "")
print(math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]), math.prod([]), math.prod(range(1, 21)), math.prod([1.5, 2]), math.dist((1, 2, 3), (4, 5, 6)), math.hypot(1, 2, 3))
print(math.isclose(1, 1.0000001), math.isclose(1, 1.0000001, rel_tol=1e-6), math.isclose(0, 1e-10, abs_tol=1e-9), math.floor(-0.0), math.sqrt(-0.0), math.degrees(1), math.radians(45))
for fn, args in [(math.sqrt, ("4",)), (math.floor, ("x",)), (math.log, (0,)), (math.log, (10, 1)), (math.log, (10, 0)), (math.comb, (5, 6)), (math.perm, (-1, 2)), (math.isqrt, (2.0,)), (math.gcd, (1.5, 2)), (math.fmod, (1, 0)), (math.ldexp, (1, 10000)), (math.atan2, ()), (math.floor, (float("inf"),)), (math.ceil, (float("nan"),)), (math.exp, (710,)), (math.cosh, (1000,)), (math.dist, ([1], [1, 2])), (math.hypot, ("a",)), (math.log, (-0.5,))]:
    try:
        print(fn.__name__, fn(*args))
    except Exception as e:
        print(fn.__name__, type(e).__name__, e)
print(math.inf - math.inf, math.nan == math.nan, math.inf > 10**400, -math.inf < -10**400, math.inf * 0, float("nan") is float("nan") if False else "", math.e ** 2, math.pi ** 0.5)
