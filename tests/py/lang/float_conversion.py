# float() conversion
print(float("3.14"), float("-2"), float("  1e3 "), float("1E-2"))
print(float(".5"), float("5."), float("-.5e1"), float("1_0.0_1"))
print(float("inf"), float("-Infinity"), float("nan"), float("+inf"))
print(float(7), float(-0), float(2**60))
print(float(), float(True))
for bad in ["", "abc", "1.2.3", "1e", "e5", "0x10", "1__0", "- 1", "in f"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float(None)
except TypeError as e:
    print("TypeError:", e)
try:
    float([1.0])
except TypeError as e:
    print("TypeError:", e)
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError:", e)
print(str(1.0), str(1.5e-7), str(-2.0e20))
