print(0.1 + 0.2, 0.1 * 3, 1 - 0.9, 2.0 * 3, 7.0 / 2, 7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, 2.0 ** 10)
print(1.5.is_integer(), 2.0.is_integer(), (-0.0).is_integer(), float("inf").is_integer())
print(0.5.as_integer_ratio(), 0.1.as_integer_ratio(), (-2.75).as_integer_ratio(), 3.0.as_integer_ratio())
print((1.5).hex(), (0.1).hex(), (-2.0).hex(), (0.0).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"))
print(2.5.conjugate(), 3.75.real, 3.75.imag)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 5e-324 / 2)
inf, nan = float("inf"), float("nan")
print(inf + 1, inf * -1, inf - inf, inf * 0, nan + 1, 1 / inf, -1 / inf)
print(nan == nan, nan is nan, [nan] == [nan], nan in [nan], inf == inf, -inf < inf)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 0.5 == 1 / 2, 1.0 == 1, hash(1.0) == hash(1))
print(1 / 3 * 3, 100 * 1.1, 0.1 * 0.1, 1e16 + 1, 2 ** 0.5 * 2 ** 0.5, 10 / 3)
print(round(3.14159, 2))
print(float(7) / 2, int(7.9) + 0.0, -0.0 == 0.0, str(-0.0), 0.0 * -1, -0.0 + 0.0)
print(1e-7, 1e-6, 0.000123, 1e15, 1e16, 123456789012.345, 1.0e-300 * 1e-300)
print(max(0.1, 0.10000000000000001), 4.35 * 100, 1.1 * 1.1, 9.95 * 10)
print(3 * 1.1 == 3.3, round(3 * 1.1, 2) == 3.3, 2.675 * 100)
print(2.0 ** 1023)
print(sum([0.1] * 3), 0.1 + 0.1 + 0.1, 1.0 / 7)
x = 1.5
x += 1; x *= 2; x /= 4; x -= 0.25; x **= 2; x //= 0.5; x %= 1.5
print(x)
try:
    2.0 ** 5000
except OverflowError as e:
    print(type(e).__name__)
try:
    1.0 % 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 // 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    float.fromhex("zz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    1.5 & 1
except TypeError as e:
    print(type(e).__name__, e)
