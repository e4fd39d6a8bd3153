def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Frac:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("Frac(%d, 0)" % num)
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num = num // g
        self.den = den // g

    @staticmethod
    def _coerce(x):
        return x if isinstance(x, Frac) else Frac(x)

    def __add__(self, o):
        o = Frac._coerce(o)
        return Frac(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__

    def __sub__(self, o):
        o = Frac._coerce(o)
        return Frac(self.num * o.den - o.num * self.den, self.den * o.den)

    def __rsub__(self, o):
        return Frac._coerce(o) - self

    def __mul__(self, o):
        o = Frac._coerce(o)
        return Frac(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__

    def __truediv__(self, o):
        o = Frac._coerce(o)
        return Frac(self.num * o.den, self.den * o.num)

    def __neg__(self):
        return Frac(-self.num, self.den)

    def __eq__(self, o):
        o = Frac._coerce(o)
        return self.num == o.num and self.den == o.den

    def __lt__(self, o):
        o = Frac._coerce(o)
        return self.num * o.den < o.num * self.den

    def __le__(self, o):
        return self == o or self < o

    def __hash__(self):
        return hash((self.num, self.den))

    def __float__(self):
        return self.num / self.den

    def __repr__(self):
        return "Frac(%d, %d)" % (self.num, self.den)

    def __str__(self):
        return str(self.num) if self.den == 1 else "%d/%d" % (self.num, self.den)

a, b = Frac(1, 2), Frac(3, 4)
print(a + b, a - b, a * b, a / b, -a)
print(Frac(6, -8), Frac(0, 5), repr(Frac(10, 4)))
print(1 + a, a + 1, 2 * b, 1 - a, a == Frac(2, 4), a == 1, Frac(4, 2) == 2)
print(a < b, b < a, a <= Frac(1, 2), max(a, b), min(Frac(5, 3), Frac(3, 2), Frac(7, 4)))
h = sum(Frac(1, k) for k in range(1, 11))
print("H10 =", h, round(float(h), 6))
print(sorted([Frac(2, 3), Frac(1, 6), Frac(5, 4), Frac(-1, 2)]))
print(len({Frac(1, 2), Frac(2, 4), Frac(3, 6), Frac(1, 3)}))
s = Frac(0)
for k in range(1, 30):
    s = s + Frac(1, k * (k + 1))
print("telescoping", s)
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    a / Frac(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
