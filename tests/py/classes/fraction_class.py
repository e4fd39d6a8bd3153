import math


class Frac:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("denominator is zero")
        if den < 0:
            num, den = -num, -den
        g = math.gcd(num, den)
        self.num = num // g
        self.den = den // g

    @staticmethod
    def _coerce(x):
        if isinstance(x, Frac):
            return x
        if isinstance(x, int):
            return Frac(x)
        return None

    def __add__(self, other):
        o = Frac._coerce(other)
        if o is None:
            return NotImplemented
        return Frac(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __sub__(self, other):
        o = Frac._coerce(other)
        if o is None:
            return NotImplemented
        return Frac(self.num * o.den - o.num * self.den, self.den * o.den)

    def __rsub__(self, other):
        o = Frac._coerce(other)
        if o is None:
            return NotImplemented
        return o - self

    def __mul__(self, other):
        o = Frac._coerce(other)
        if o is None:
            return NotImplemented
        return Frac(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, other):
        o = Frac._coerce(other)
        if o is None:
            return NotImplemented
        return Frac(self.num * o.den, self.den * o.num)

    def __rtruediv__(self, other):
        return Frac._coerce(other) / self

    def __pow__(self, n):
        if n < 0:
            return Frac(self.den ** -n, self.num ** -n)
        return Frac(self.num ** n, self.den ** n)

    def __eq__(self, other):
        o = Frac._coerce(other)
        if o is None:
            return NotImplemented
        return self.num == o.num and self.den == o.den

    def __lt__(self, other):
        o = Frac._coerce(other)
        return self.num * o.den < o.num * self.den

    def __hash__(self):
        return hash((self.num, self.den))

    def __float__(self):
        return self.num / self.den

    def __repr__(self):
        return f"Frac({self.num}, {self.den})"

    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"


h = Frac(1, 2)
t = Frac(1, 3)
print(h + t, h - t, h * t, h / t)
print(1 + h, h + 1, 1 - h, 2 * t, 1 / t)
print(h ** 3, t ** -2, Frac(-2, 4), Frac(3, -6), Frac(10, 5))
print(repr(Frac(6, 8)), float(Frac(1, 8)))
print(h == Frac(2, 4), h == 1, Frac(4, 2) == 2, h == 0.5)
print(sorted([Frac(2, 3), Frac(1, 7), h, Frac(5, 4)]))
print([str(x) for x in sorted([Frac(2, 3), Frac(1, 7), h])])
print(sum([Frac(1, n) for n in range(1, 7)]))
print(len({Frac(1, 2), Frac(2, 4), Frac(3, 6)}))
harmonic = Frac(0)
for n in range(1, 11):
    harmonic += Frac(1, n)
print(harmonic, round(float(harmonic), 6))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    h + 0.5
except TypeError as e:
    print("TypeError:", e)
