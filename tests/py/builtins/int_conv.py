print(int(), int(0), int(42), int(-7))
print(int("123"), int("-45"), int("+9"), int("  17  "), int("\t\n8\n"))
print(int("1_000_000"), int("0"), int("-0"), int("000123"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("101", 2), int("0b101", 0), int("0b101", 2), int("-0b11", 0))
print(int("777", 8), int("0o777", 0), int("0o17", 8))
print(int("z", 36), int("ZZ", 36), int("hello", 36), int("10", 36))
print(int("12", 3), int("  -1_0  ", 10), int("1_0", 0))
print(int(3.9), int(-3.9), int(0.5), int(-0.0), int(1e20))
print(int(True), int(False))
print(int("123456789012345678901234567890"))
print(int(2.5e15), int(-1e-9))
print(int("0", 0), int("00", 0))
print(int(" 0x1F ", 16))
bad = ["", " ", "abc", "1.5", "1__0", "_1", "1_", "0x", "++1", "1 2"]
for s in bad:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(type(e).__name__, e)
for s, b in [("2", 2), ("9", 8), ("g", 16), ("012", 0), ("0b2", 0), ("1", 1), ("1", 37)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print(type(e).__name__, e)
for v in [float("inf"), float("-inf"), float("nan")]:
    try:
        int(v)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for v in [None, [1], (1,)]:
    try:
        int(v)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
