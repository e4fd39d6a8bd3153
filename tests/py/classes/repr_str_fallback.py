class OnlyRepr:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"OnlyRepr({self.v!r})"


class OnlyStr:
    def __init__(self, v):
        self.v = v

    def __str__(self):
        return f"<{self.v}>"


class Both:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Both({self.v!r})"

    def __str__(self):
        return f"both {self.v}"


r = OnlyRepr("x")
b = Both([1, 2])
print(r)
print(str(r), repr(r))
print(b)
print(str(b), repr(b))
print([r, b])
print((b,))
print({"k": b})
print(f"{b} {b!r} {r} {r!s}")
print("%s and %r" % (b, b))
print("{} {!r}".format(b, b))
s = OnlyStr(5)
print(s, str(s))
print(str([OnlyRepr(1), OnlyRepr("two")]))
print(repr(OnlyRepr(OnlyRepr(3))))
print(ascii(OnlyRepr("é")))
print(len(repr(b)), len(str(b)))


class BadRepr:
    def __repr__(self):
        return 42


try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)


class BadStr:
    def __str__(self):
        return None


try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)


class Child(Both):
    pass


print(Child(7), repr(Child(7)))
print(", ".join([str(x) for x in [Both(1), Both(2)]]))
print(", ".join(map(repr, [Both(1), Both(2)])))
