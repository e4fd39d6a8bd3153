print("[" + "abc".center(9) + "]", "[" + "abc".center(8) + "]", "[" + "ab".center(7) + "]")
print("[" + "abc".center(9, "*") + "]", "[" + "abc".center(2) + "]", "[" + "".center(4, "-") + "]")
print("[" + "x".center(2) + "]", "[" + "x".center(4, ".") + "]", "[" + "xy".center(5, ".") + "]")
print("[" + "abc".ljust(6) + "]", "[" + "abc".ljust(6, "_") + "]", "[" + "abc".ljust(1) + "]")
print("[" + "abc".rjust(6) + "]", "[" + "abc".rjust(6, "0") + "]", "[" + "abc".rjust(-1) + "]")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "12345".zfill(3), "".zfill(3))
print("-".zfill(4), "+-1".zfill(5), "3.14".zfill(8), "-0.5".zfill(6))
print("日本".center(6, "*"), "日本".ljust(5, "〜"))
try:
    "a".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".ljust("5")
except TypeError as e:
    print(type(e).__name__, e)
