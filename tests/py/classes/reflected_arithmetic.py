trace = []


class Meters:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"{self.v}m"

    def __add__(self, other):
        trace.append("add")
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        if isinstance(other, (int, float)):
            return Meters(self.v + other)
        return NotImplemented

    def __radd__(self, other):
        trace.append("radd")
        if isinstance(other, (int, float)):
            return Meters(other + self.v)
        return NotImplemented

    def __sub__(self, other):
        trace.append("sub")
        if isinstance(other, (int, float)):
            return Meters(self.v - other)
        return NotImplemented

    def __rsub__(self, other):
        trace.append("rsub")
        return Meters(other - self.v)

    def __mul__(self, other):
        trace.append("mul")
        return Meters(self.v * other)

    def __rmul__(self, other):
        trace.append("rmul")
        return Meters(other * self.v)

    def __rtruediv__(self, other):
        trace.append("rtruediv")
        return other / self.v

    def __rfloordiv__(self, other):
        trace.append("rfloordiv")
        return other // self.v

    def __rmod__(self, other):
        trace.append("rmod")
        return other % self.v

    def __rpow__(self, other):
        trace.append("rpow")
        return other ** self.v


m = Meters(5)
print(m + 1, 1 + m, m + m, 2.5 + m)
print(m - 2, 10 - m, 3 * m, m * 3)
print(10 / Meters(4), 17 // Meters(5), 17 % Meters(5), 2 ** Meters(10))
print(trace)
trace.clear()
print(sum([Meters(1), Meters(2), Meters(3)]))
print(trace)
trace.clear()
print(sum([Meters(1), Meters(2)], Meters(100)))
print(trace)


class Feet:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return NotImplemented

    def __radd__(self, other):
        return NotImplemented


try:
    Feet(1) + Feet(2)
except TypeError as e:
    print("TypeError:", e)
try:
    3 + Feet(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Meters(1) + Feet(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Meters(1) / 2
except TypeError as e:
    print("TypeError:", e)


class Base:
    def __add__(self, other):
        return "Base.__add__"

    def __radd__(self, other):
        return "Base.__radd__"


class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__"


print(Base() + Derived())
print(Derived() + Base())
print(Base() + Base())
print(1 + Base())
