import math
print(7 // 2, -7 // 2, 7 % -3, -7 % 3, 7.5 // 2, -7.5 % 2, divmod(-7, 2), divmod(7.5, -2), 2 ** -1, (-8) ** (1/3) if False else 0, 0 ** 0, 0.0 ** 0)
print(10 / 4, 10 / 5, 1e308 * 10, -1e308 * 10, 1e-320, 5e-324, 2 ** 0.5, 4 ** 0.5, 10 ** 20, 10.0 ** 20, 2 ** 100)
print(int(3.9), int(-3.9), int("-0"), int("+12"), int("0b101", 0), int("0o17", 0), int("1_000_000"), int("  7\n"), int(True), float("  -1.5e3 "), float("inf"), float("-Infinity"), float("nan"))
print(round(0.5), round(1.5), round(-2.5), round(2.567, 1), round(1e20), round(7, 2), type(round(7.0)), round(7.0, 0))
print(abs(-0.0), -0.0, 0.0 == -0.0, math.copysign(1, -0.0), 1 / 3 * 3 == 1, 0.1 * 3, sum([0.1] * 10), math.fsum([0.1] * 10))
print(math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.gcd(12, 18), math.lcm(4, 6), math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.isqrt(99))
print(math.pi, math.e, math.tau, math.inf, math.log(100, 10), math.log10(1000), math.log2(1024), math.exp(1), math.hypot(3, 4), math.degrees(math.pi), math.radians(180))
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(float("nan")), math.isinf(1e309), math.isfinite(1.0), math.prod([1, 2, 3, 4]), math.dist([0, 0], [3, 4]))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.acos(2), lambda: math.exp(1000), lambda: 10.0 ** 400, lambda: math.isqrt(-1), lambda: int(float("inf")), lambda: int(float("nan")), lambda: 2 ** 10000 * 1.0, lambda: float(10 ** 400), lambda: math.pow(0, -1), lambda: math.comb(3, -1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(bin(-10), hex(2**64), oct(-0), int("ff", 16), int("Z", 36), (255).bit_length(), (-1).bit_length(), (10).to_bytes if False else "", (5).real, (3.5).is_integer(), (4.0).is_integer(), (0.5).as_integer_ratio(), (10).as_integer_ratio() if hasattr(10, "as_integer_ratio") else "")
print(float.fromhex("0x1.8p1"), (1.5).hex(), float(2**53 + 1), 2**53 + 1.0, 9007199254740993 == 9007199254740993.0, 1e16 + 1, int(1e16) + 1)
print(3 == 3.0, hash(3) == hash(3.0), 1 < 1.5 < 2, 10**30 > 1e30, 10**30 == 1e30, int(1e30), -(2**63), 2**63 - 1, -2**63 // -1, (2**63) * (2**63), (-2**63) % 7, abs(-2**63))
print(max(1, 2.0), max(2.0, 2), min("b", "a", key=str.upper), max([3, 1], default=0), max([], default="none"), sum(range(101)), sum([1.5, 2], 10), sum([], 0.0))
print(pow(3, 4, 5), pow(2, 100, 10**9 + 7), pow(3, -1, 7), pow(2.0, 3), pow(-2, 3), pow(2, 0.5))
x = 1234567890123456789012345678901234567890
print(x * x, x // 7, x % 97, -x // 3, x >> 10, x << 5, x & 0xFFFF, x | 1, x ^ x, ~x, str(x)[:5], len(str(x ** 10)))
print(1e-7, 1e-4, 123e-10, 0.1 + 0.7, 1.0, 100.0, 1e21, 1e20 + 1, 12345678901234567890.0, -1.5e-300 * 1e-300, 3.0 * 1.1)
