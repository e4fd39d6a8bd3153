def f(x: int, y: "str" = "a"):
    return [x]
print(f(1), f.__annotations__ if False else "")
z = {}
print(z)
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [3, 4], strict=True))
except ValueError as e:
    print("ValueError:", e)
print((255).bit_count(), (-7).bit_count(), (10).bit_length())
print("{:{}}|{:{}.{}f}".format("x", 5, 3.14159, 8, 2), "{a}-{b}".format_map({"a": 1, "b": 2}))
print(list(map(pow, [2, 3], [3, 2], [5, 7])), list(enumerate("ab", start=-1)), round(2.5, None))
print(any(x > 3 for x in [1, 5]), all([]), any([]), all(x for x in [1, 0]), sum(x * x for x in range(5)))
print([1, 2].copy(), {"a": [1]}.copy(), sorted({"b": 1, "a": 2}), sorted("hello"), sorted((3, 1, 2), reverse=True))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
print(divmod(7.5, 2), divmod(-7, -2), pow(-3, 3, 5), pow(2, -2), abs(True), abs(-False), -True, True + True, True * 3.0, True / 2)
print(max("apple", "fig", "banana", key=len), min([], key=len, default=None), max([1, 3, 2], key=lambda v: -v))
print(str(1_000), 0x_ff, 0o_17, 0b_1, 1_0.5e1_0, 1e0_1)
print(list(range(10))[::-3], "hello"[-100:100], [1, 2, 3][5:1:-1], (1, 2, 3, 4)[::-2], "abc"[1:1], list("abc")[-1:-4:-1])
a = [1, 2, 3, 4, 5]
print(a[slice(1, 4)], a[slice(None, None, 2)], slice(1, 10, 2).indices(5), a[-2:-1], a[:-10], a[10:-10:-1])
b = a[:]
b[1:3] = b[1:3][::-1]
print(b, a is not b, a == a[:], [] == [], a.count(3), a.index(4, 2), a[::-1].index(1))
print("a-b-c".split("-", -1), "a b c".rsplit(maxsplit=1), "  x  y ".split(" "), "\tA\n".strip(), "xxhixx".strip("x"), "abcba".strip("ab"))
print("%s=%r" % ("k", "v"), "%-5d|%5.1f|%05d" % (42, 2.25, -42), "%+.2e" % 12345, "%#x %#o %#b" % (255, 8, 5) if False else "%#x %#o" % (255, 8))
print(int.__name__, (5).__class__.__name__, "x".__class__, [].__class__.__name__)
print(1 if [] else 2, [] or "default", 0 and 1/0, None or 0 or "" or "last", "a" and "b", not "", not [0])
x = 5
print(1 < x < 10, 1 < x > 4, x == 5 == 5.0, 1 < 2 < 3 < 2, (1 < 2) < 3, x is not None, "a" not in "abc")
