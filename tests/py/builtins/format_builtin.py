print(format(42), format(42, ""), format(42, "d"), format(42, "5d"), format(42, "<5") + "|")
print(format(3.14159, ".2f"), format(3.14159, "10.3f"), format(-1.5, "+.1f"))
print(format("hi", "^6") + "|", format("hi", ">6"), format("hi", "*<6"))
print(format(255, "x"), format(255, "#X"), format(255, "b"), format(255, "o"), format(255, "#o"))
print(format(1234567, ","), format(1234567.891, ",.2f"), format(1234567, "_"))
print(format(0.25, "%"), format(0.125, ".1%"), format(1e10, "e"), format(1e10, ".2E"))
print(format(True), format(True, "d"), format(None), format([1, 2]))
print(format(65, "c"), format(10**20, ","), format(-0.0, ".1f"))
print(format("abc", ""), format("abc", "s"), format("abcdef", ".3"))
print(format(1.0), format(1e100), format(1.5, ""), format(10.0, "g"), format(123456789.0, "g"))
try:
    format("abc", "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1.5, "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(5, "s")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format([1], "5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(5, "zz")
except ValueError as e:
    print(type(e).__name__, e)
