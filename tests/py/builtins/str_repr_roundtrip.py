values = [0, -1, 10 ** 25, 0.1, -2.5e-8, 1e100, True, None, "text", "quote'", "", [1, [2]], (1,), (), {"a": (1, 2)}, {1, 2}, frozenset({3}), range(2, 9, 3)]
for v in values:
    s = str(v)
    r = repr(v)
    back = eval(r)
    print(f"{s!s:<24}|{r:<24}|{back == v}|{type(back).__name__}")
print(int(str(-42)), float(str(0.1)), float(repr(1 / 3)) == 1 / 3)
print(str(1.0), str(10.0 ** 16), str(-1e-300), str(123456789.123456789))
print(repr(str(5)), repr(repr(5)), repr(str("5")), repr(repr("5")))
print(str(str), repr(int), str(list), repr(type(None)))
