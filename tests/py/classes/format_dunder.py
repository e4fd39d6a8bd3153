class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "":
            return f"${self.cents // 100}.{self.cents % 100:02d}"
        if spec == "c":
            return f"{self.cents}c"
        if spec.startswith(">"):
            width = int(spec[1:])
            return format(self, "").rjust(width)
        return "?" + spec

    def __str__(self):
        return "Money:" + format(self)


m = Money(12345)
print(f"{m}")
print(f"{m:c}")
print(f"[{m:>12}]")
print(f"{m:zz}")
print(format(m))
print(format(m, "c"))
print("{0} / {0:c}".format(m))
print(str(m))
print(f"{m!s}")


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __format__(self, spec):
        return "(" + format(self.x, spec) + ", " + format(self.y, spec) + ")"

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1.23456, 7.5)
print(f"{p:.2f}")
print(f"{p:8.3f}")
print(f"{p}")
print(f"{p!r}")
print("{:.1f}".format(p))


class NoFormat:
    def __str__(self):
        return "nf"


n = NoFormat()
print(f"{n}", format(n), "{}".format(n))
try:
    format(n, "10")
except TypeError as e:
    print("TypeError:", e)
try:
    f"{n:>5}"
except TypeError as e:
    print("TypeError:", e)


class BadFormat:
    def __format__(self, spec):
        return 1


try:
    format(BadFormat())
except TypeError as e:
    print("TypeError:", e)

width = 6
print(f"{Money(5):>{width}}|")
