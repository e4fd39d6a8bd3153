# more built-in error messages: unpacking, calls, conversions
def show(f):
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
def unpack2(v):
    a, b = v
def unpack_star(v):
    a, *b, c = v
show(lambda: unpack2([1, 2, 3]))
show(lambda: unpack2([1]))
show(lambda: unpack2(5))
show(lambda: unpack2(None))
show(lambda: unpack_star([1]))
show(lambda: dict([1, 2]))
show(lambda: dict([(1, 2, 3)]))
show(lambda: list(5))
show(lambda: tuple(None))
show(lambda: max([]))
show(lambda: min())
show(lambda: range("a"))
show(lambda: "abc"[1:2:0])
show(lambda: "%d" % "x")
show(lambda: "%s %s" % ("a",))
show(lambda: "%s" % ("a", "b"))
show(lambda: "{}{}".format(1))
show(lambda: str.join(",", [1, 2]))
show(lambda: ",".join([1, 2]))
show(lambda: "a".startswith(1))
show(lambda: int(2.5e300 * 1e10))
show(lambda: round("x"))
show(lambda: divmod("a", 1))
show(lambda: abs([]))
show(lambda: sorted([1, "a"]))
show(lambda: [3, None].sort())
show(lambda: isinstance(1, 2))
show(lambda: pow(2, 3, 4.0))
show(lambda: bool.__name__.foo)
show(lambda: 10 ** -1 // 0)
show(lambda: dict.fromkeys(5))
