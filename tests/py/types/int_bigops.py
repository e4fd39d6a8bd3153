a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, a - b, b - a, a * b)
print(b // a, b % a, -b // a, -b % a, b // -a, b % -a)
print(divmod(b, a), divmod(-b, a), divmod(b, -7), divmod(a, 10 ** 15))
print(a ** 3, (a * b) // b == a, (a * b) % a)
print(pow(a, 5, b), pow(2, 10 ** 5, 10 ** 9 + 7), pow(-a, 3))
print(a & b, a | b, a ^ b, ~a, -a & 0xffff, -a | 1, -a ^ b)
print(a << 10, a >> 10, -a >> 10, b >> 200, -b >> 200, 1 << 200)
print(a == int(str(a)), int(str(-b)) == -b, str(a)[::-1], len(str(a * b)))
print(a > b, -a > -b, a < 2 ** 100, a * 1.0 == float(a), abs(-a) == a)
print(sum(range(10 ** 6, 10 ** 6 + 100)), 10 ** 18 * 10 ** 18, (10 ** 18 + 1) ** 2)
print(hex(a), oct(b), bin(a)[:20], int(hex(-b), 16) == -b)
print(a // 1, a % 1, a * 0, a ** 0, 0 ** a, (-1) ** a, (-1) ** b, 1 ** a)
print(12345678901234567890 % 97, (10 ** 40) % 12345, -(10 ** 40) % 12345)
print(max(a, b), min(a, -b), sorted([b, -a, a, 0]))
print(a.bit_length(), b.bit_length(), (-a).bit_length(), (2 ** 64 - 1).bit_length())
fact = 1
for i in range(1, 60):
    fact *= i
print(fact, fact // (10 ** 40), fact % 10 ** 12)
print(int("1" * 60) // int("3" * 30), int("9" * 40) + 1 == 10 ** 40)
print(round(a, -10), round(-a, -5), round(a, 5) == a)
print((2 ** 127 - 1) % (2 ** 61 - 1), 2 ** 64 // 3, -(2 ** 64) // 3)
print(f"{a:,}", f"{-b:_}", f"{a:.3e}")
