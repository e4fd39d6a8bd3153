big = 2 ** 100 + 12345
neg = -(3 ** 70)
for spec in ["", "d", ",", "_", "x", "X", "#x", "_x", "o", "#o", "b", "_b", "+", " ", "60", "<60", "^60", "*>60,", "060,", "e", ".3e", "f", ".2f", "g", ".30g", "%", "n"]:
    print(repr(spec), format(big, spec), format(neg, spec))
print(f"{10 ** 30:f}", f"{10 ** 22:.0f}", f"{2 ** 53 + 1:.1f}", f"{-(10 ** 20):e}")
print("%d %x %o %e" % (big, big, big, big))
print("{:,}".format(10 ** 100))
print(str(10 ** 100), len(str(7 ** 500)))
try:
    format(10 ** 400, "f")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    "%f" % 10 ** 400
except OverflowError as e:
    print(type(e).__name__, e)
print(format(10 ** 400, "d")[:10], format(10 ** 400, ",")[-8:], len(format(10 ** 400, "x")))
