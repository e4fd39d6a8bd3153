vals = [3.14159265, -2.5, 0.0, -0.0, 1e-5, 123456789.123, 1e22, 0.5, 1.5, 2.675, 1e100]
specs = ["", "f", ".2f", "10.3f", "<10.1f", "^10.1f", "+.0f", ".0f", "#.0f", "e", ".3e", "E", "g", ".3g", "G", "#g", "%", ".1%", "010.2f", "+012.3e", " .2f", ",.2f", "_.1f", ".10g", "n"]
for v in vals:
    print(repr(v), " ".join("[" + format(v, s) + "]" for s in specs))
for v in [float("inf"), float("-inf"), float("nan")]:
    print(format(v, ""), format(v, "f"), format(v, "F"), format(v, "e"), format(v, "E"), format(v, "g"), format(v, "G"), format(v, "+"), format(v, "08.2f"), format(v, "%"), format(v, "^9"))
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(-0.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"))
print(format(1e16, ""), format(1e16, "g"), format(123456.0, "g"), format(1234567.0, "g"), format(0.0001, "g"), format(0.00001, "g"))
print(format(100.0, ".0e"), format(9.999, ".2f"), format(9.995, ".2f"), format(99.5, ".0f"), format(0.05, ".1f"))
print(format(1.0, ".15g"), format(0.1, ".17g"), format(0.1, ".20f"), format(1 / 3, ".30f"))
print(format(1e300 * 1e10, ".3f"), format(5e-324, ".3g"), format(5e-324, "e"), format(1.7976931348623157e308, ".3e"))
print(format(123.456, ".0%"), format(-0.001, ".1%"), format(1.0, "#.3g"), format(10.0, "#.0e"))
print(format(2.5, ""), format(2.0, ""), format(1e-4, ""), format(1e-5, ""), format(1.0e15, ""), format(1.5e15, ".2"))
print(format(1234.5, ".2"), format(0.0000123, ".2"), format(12.0, ".1"), format(15.0, ".1"), format(25.0, ".1"))
print(format(1e200, "f")[:30], len(format(1e200, "f")))
print(format(-1.5, "=+10.2f"), format(1.5, "0=10.2f"), format(-1234.5, "012,.1f"))
