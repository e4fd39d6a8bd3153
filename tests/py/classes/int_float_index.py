class NoIndex:
    pass


class Digit:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        print("  __index__")
        return self.v


class Reading:
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return int(self.v)

    def __float__(self):
        return float(self.v)

    def __round__(self, n=None):
        return round(self.v, n)

    def __trunc__(self):
        return 99


d = Digit(3)
xs = ["a", "b", "c", "d", "e"]
print(xs[d])
print(xs[Digit(1):Digit(4)])
print(list(range(Digit(2))))
print(hex(Digit(255)), bin(Digit(5)), oct(Digit(8)))
print(int(Digit(7)))
print("ab" * Digit(3))
print([0] * Digit(2))
print("%x" % Digit(31))
r = Reading(3.75)
print(int(r), float(r), round(r), round(r, 1))
print(float(Reading("2.5")), int(Reading(-8.9)))
try:
    xs[r]
except TypeError as e:
    print("TypeError:", e)
try:
    range(r)
except TypeError as e:
    print("TypeError:", e)
print(float(Digit(7)))
try:
    float(NoIndex())
except TypeError as e:
    print("TypeError:", e)


class BadInt:
    def __int__(self):
        return "nope"


try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)


class BadFloat:
    def __float__(self):
        return 1


try:
    float(BadFloat())
except TypeError as e:
    print("TypeError:", e)


class BadIndex:
    def __index__(self):
        return 1.5


try:
    [1, 2][BadIndex()]
except TypeError as e:
    print("TypeError:", e)


class Size:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n

    def __len__(self):
        return self.n


s = Size(4)
print(len(s), list(range(s)), "xyz"[Size(1)], (10, 20, 30)[Size(2)])
print(bin(s), oct(s))
