s = "hello"
for spec in ["", "s", "10", "<10", ">10", "^10", "^11", "*^11", "-<8", "0>8", ".2", ".10", "10.3", ">10.2", "^7.1", "=>7", ".0"]:
    print(repr(spec), "[" + format(s, spec) + "]")
print("[" + format("", "5") + "]", "[" + format("", ".3") + "]", "[" + format("日本語", "^7") + "]", "[" + format("日本語", ".2") + "]")
print("[{:>6}]".format("ab"), "[{:^6}]".format("abc"), "[{:<6}]".format("a"), "[{:~^7}]".format("mid"))
print("[{:{}}]".format("x", 4), "[{:{}{}}]".format("x", ">", 4), "[{:{fill}^{w}}]".format("x", fill="#", w=5))
print(f"[{'abc':>{2 + 3}}]", f"[{'abc':.{1}}]", f"[{'wide':*<{8}}]")
for bad in ["=5", "+", " ", "#", ",", "d", "05", "z"]:
    try:
        print(format("x", bad))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
