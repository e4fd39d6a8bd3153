# int() conversion
print(int("42"), int("-42"), int("+42"), int(" 42 "), int("\t42\n"))
print(int("1_000"), int("0"), int("-0"), int("007"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0XfF", 0))
print(int("777", 8), int("0o777", 8), int("0o777", 0))
print(int("1010", 2), int("0b1010", 2), int("0b1010", 0))
print(int("z", 36), int("Z", 36), int("10", 36))
print(int(3.99), int(-3.99), int(True), int(False))
print(int("0", 0), int("10", 0))
print(int(), int(1e10))
for bad in ["", " ", "abc", "1.5", "1__0", "_1", "1_", "0x", "--1", "1e5", "12a"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("08", 0)
except ValueError as e:
    print("ValueError:", e)
try:
    int("2", 2)
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
