print(int("١٢٣"), float("١.٥"), int("\u0663\u0664", 16) if False else "", "²".isdigit(), "²".isdecimal())
for s in ["²", "1²", "0x", "0b2", "1e3", "- 1", "--1", "+-1", "1_", "1__2", "0_1", "00", "007", "0o", "٣.5e1"]:
    for conv in (int, float):
        try:
            print(repr(s), conv.__name__, conv(s))
        except ValueError as e:
            print(repr(s), conv.__name__, "ValueError", e)
print("%.30f" % (1/3), "%.20e" % 2**0.5, format(1e300, ".5g"), format(2**0.5, ".17g"), format(0.1, ".25f"))
print(format(1e22, "f"), format(1.5e-10, "f"), format(123.456, ".0f"), format(-1e-10, ".3f"), format(9.9999, ".2f"), format(99.995, ".2f"))
print(int("123456789" * 5), int("-" + "9" * 30) // 7, int(" 0b1010 ", 0), int("0_7", 0) if False else int("10", 0))
try:
    int("010", 0)
except ValueError as e:
    print(e)
print(float("1_000.5"), float("1e-400"), float("-0"), float(".5"), float("5."), float("infinity"), float("+nan"), float("1E5"))
print(1.0.__repr__() if False else "", 1e-5, 0.00001, 1.0e-4, 100000000000000000.0, 1e17, 123456789012345678.0, 0.1 ** 10, 2.0 ** 70)
print(float(2**1023) * 2 if False else "", 2 ** 1023 * 1.0, (2**1024 - 1) / 2 ** 1000)
try:
    print(2 ** 1024 * 1.0)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print("OverflowError", e)
print(10 ** 400 // 10 ** 399, (10 ** 400) / (10 ** 399), 7 / 10 ** 400)
print(-7 // 2.0, 7 % -2.5, -0.0 % 5, 0.0 // -1, divmod(-0.0, 1), 5 % float("inf"), -5 % float("inf"), float("inf") % 5 if False else "")
print(round(-0.5), round(0.49999999999999994), round(1e15 + 0.5), round(2.5, 0), round(-2.5, 0), round(0.285, 2), round(1.005, 2), round(123, -5), round(-150, -2), round(250, -2))
print(abs(-2**63), -(-2**63), 2**63 // -1, (2**64) % -3, -(2**64) // 3, 2**62 + 2**62, 2**62 * 2, (2**63 - 1) + 1, -2**63 - 1, 3 * -(2**62) * 2)
print(hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(1.5), hash(-0.0), hash(float("inf")), hash(""), hash(()), hash((1, 2)))
print(hash("abc"), hash("é"), hash((1, "a")), hash(frozenset([1, 2])), hash(True), hash(None) if False else "")
