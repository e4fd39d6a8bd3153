print(format(True), format(False, ""), format(True, "d"), format(True, ">6"), format(False, "^7") + "|", format(True, ".2f"), format(True, "x"), format(True, "%"))
print("{}".format(True), f"{False}", f"{True:5}", f"{True!s:>5}", "%s %d %r" % (True, True, False))
print(format(None, ""), f"{None!r}", "{!s:>6}".format(None), "%s" % None)
print(f"{[1, 2]}", f"{[1, 2]!s:>10}", f"{(1, 'a')}", f"{ {'k': [1]} }", f"{set()}", f"{frozenset()}")
print(f"{range(5)}", f"{slice(1, 2)}", f"{-5:b}", f"{-5:o}", f"{-5:x}")
print(f"{'':5}|", f"{'':>0}|", f"{0:.0f}", f"{0:.0%}", f"{1:.1%}", f"{-0.5:.0%}")
print(format(1.0, ".0f"), format(0.0, "e"), format(1, "e"), format(1, "%"), format(1, ".1f"), format(10, "g"))
print("{:d}".format(True), "{:5.1f}".format(True), "{:x}".format(False))
try:
    format(None, "5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{[1]:>5}"
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{(1,):s}"
except TypeError as e:
    print(type(e).__name__, e)
