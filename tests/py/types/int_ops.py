print(7 + 3, 7 - 3, 7 * 3, 7 / 3, 7 // 3, 7 % 3, 7 ** 3, -7 // 3, -7 % 3)
print(6 / 3, type(6 / 3), 1 / 4, 10 / 8, -1 / 3)
print(2 ** 64, 2 ** 100 - 1, -(2 ** 63), 10 ** 30 // 7, 10 ** 30 % 7)
print(12345678901234567890 * 98765432109876543210)
print((10 ** 40 + 1) // (10 ** 20), -(10 ** 40) // 3, (-10 ** 40) % 7)
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 5 << 2, 5 >> 1, -5 >> 1, -1 << 70, 1 << 100, (1 << 100) >> 98)
print(-12 & 0xff, -12 | 3, -12 ^ -3, ~-1, ~0)
print((2 ** 70) & (2 ** 70 - 1), (2 ** 70) | 1, (2 ** 70) ^ (2 ** 69))
print((255).bit_length(), (0).bit_length(), (-255).bit_length(), (2 ** 100).bit_length(), (1).bit_length())
print((5).conjugate(), (7).as_integer_ratio(), (-3).as_integer_ratio(), (10).numerator, (10).denominator)
print((-7).real, (5).imag, (0).bit_count(), (255).bit_count(), (-7).bit_count())
print(abs(-2 ** 90), -2 ** 2, (-2) ** 2, 2 ** -1, (-2) ** -2)
print(1_000_000 + 1, 0 == -0, 3 == 3.0, 10 ** 20 == 1e20, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(1 < 2 < 3, 3 > 2 > 2, 1 < 2 > 1, 1 == 1.0 == True, 5 != 5.0)
print(int("9" * 50) + 1)
print(divmod(2 ** 100, 3 ** 40))
print(999999999999999999 * 999999999999999999)
print(-(2 ** 64) // 10, -(2 ** 64) % 10, (2 ** 64) // -10)
print(7 // -1, -2 ** 63 // -1, 0 // 5, 0 % -5)
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 3; x %= 7; x <<= 4; x >>= 1; x |= 1; x &= 0b1111; x ^= 2
print(x)
print(round(7 / 2), 7 / 2 == 3.5, 1e300 * 10 ** 5)
for a, b in [(1, 0), (0, 0), (10 ** 30, 0)]:
    for op in ("//", "%", "/"):
        try:
            eval(f"a {op} b")
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 + "1"
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 < "1"
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 & 1.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    2 ** 10000 * 1.0
except OverflowError as e:
    print(type(e).__name__, e)
print(len(str(2 ** 10000)), str(3 ** 200)[-10:])
