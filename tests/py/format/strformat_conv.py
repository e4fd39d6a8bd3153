vals = ["text", "it's", 'say "x"', "é\n", 42, -1.5, None, True, [1, "a"], (2,), {"k": "v"}, {3}, 10 ** 20, float("inf")]
for v in vals:
    print("{0!s}|{0!r}|{0!a}".format(v))
for v in ["ab", 7, 2.5, [1]]:
    print("[{0!r:>8}] [{0!s:<8}] [{0!a:^8}]".format(v))
print("{!r:.3}".format("abcdef"), "{!s:.1}".format(12345), "{!r:*^12}".format(None))
try:
    "{!r:d}".format(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    "{0!}".format(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    "{0!rr}".format(5)
except ValueError as e:
    print(type(e).__name__, e)
