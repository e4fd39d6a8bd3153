cases = [
    ("%d", "x"),
    ("%d", None),
    ("%d %d", (1,)),
    ("%d", (1, 2)),
    ("%s %s", "ab"),
    ("no fields", 5),
    ("%q", 1),
    ("%", ()),
    ("%(name)s", (1,)),
    ("%(missing)s", {"other": 1}),
    ("%c", "ab"),
    ("%c", 1114112),
    ("%x", 1.5),
    ("%f", "1.5"),
    ("%*d", ("a", 1)),
    ("%(a", {"a": 1}),
    ("%d %(a)s", {"a": 1}),
    ("%o", 2.0),
    ("%i", [1]),
]
for fmt, args in cases:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
print("%s" % {"k": "v"}, "%(k)s" % {"k": "v"})
print("%s and %s" % ([1], [2]))
print("%r" % ((1, 2),), "%s" % [(1, 2)])
