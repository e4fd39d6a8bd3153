n = 1234
for spec in ["", "d", "8d", "<8d", ">8", "^8", "08d", "+d", "-d", " d", "+08d", "=+8", "*^9", "0>8", "x<8", ",", "_", "010,", "_x", "_b", "#x", "#X", "#o", "#b", "#010x", "o", "b", "X", "c", "n", "e", ".2e", "f", ".1f", "%", "g", "G", ".2g", "=8", "0=8", "^+9", " ^9"]:
    print(repr(spec), "[" + format(n, spec) + "]", "[" + format(-n, spec.replace("c", "d")) + "]")
print(format(0, "#x"), format(0, "#b"), format(0, "+"), format(0, " "), format(0, "05"), format(-0, "+d"))
print(format(255, "#06x"), format(-255, "#06x"), format(-255, "06x"), format(255, "+#x"))
print(format(10 ** 25, ","), format(-10 ** 25, "_"), format(2 ** 64, "#x"), format(2 ** 64, "_x"), format(2 ** 70, "e"))
print(format(12345678, "20,"), format(12345678, "<20,"), format(12345678, "020,"), format(1234, "08,"), format(123, "07,"))
print(format(True, "d"), format(True, "5"), format(False, "#x"), format(97, "c"), format(0x1F600, "c"))
print(format(5, "=+5"), format(-5, "=5"), format(-5, "<5") + "|", format(-5, "^6") + "|")
print(format(1234567, ",d"), format(1234567, "_d"), format(123, ","), format(-1234, ","))
print(format(0xdeadbeef, "_X"), format(0o777, "_o"), format(255, "_b"))
