tests = [
    (5, "q"), (5, ".2d"), (5, "="), (5, "<<"), (5, ",_"), (5, "_,"), (1.5, "x"), (1.5, "c"),
    (1.5, ",b"), ("s", "x"), ("s", ".2f"), (5, "#c"), (-1, "c"), (5, "+c"), (10 ** 10, "c"),
    (5, "99999999999999999999"), (5, ".f"), (1.5, "_n"), (5, ",x"), (None, "d"), ([], "s"),
]
for v, spec in tests:
    try:
        print(repr(spec), repr(format(v, spec)))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(spec), type(e).__name__, e)
