class UnitError(Exception):
    pass


class Quantity:
    factors = {"mm": 0.001, "cm": 0.01, "m": 1.0, "km": 1000.0}

    def __init__(self, value, unit="m"):
        if unit not in Quantity.factors:
            raise UnitError(f"unknown unit {unit!r}")
        self.value = value
        self.unit = unit

    def to(self, unit):
        if unit not in Quantity.factors:
            raise UnitError(f"unknown unit {unit!r}")
        meters = self.value * Quantity.factors[self.unit]
        return Quantity(meters / Quantity.factors[unit], unit)

    def _meters(self):
        return self.value * Quantity.factors[self.unit]

    def __add__(self, other):
        if not isinstance(other, Quantity):
            return NotImplemented
        return Quantity(self.value + other.to(self.unit).value, self.unit)

    def __sub__(self, other):
        return Quantity(self.value - other.to(self.unit).value, self.unit)

    def __mul__(self, k):
        if isinstance(k, Quantity):
            raise UnitError("area units are not supported")
        return Quantity(self.value * k, self.unit)

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, Quantity):
            return self._meters() / other._meters()
        return Quantity(self.value / other, self.unit)

    def __eq__(self, other):
        return isinstance(other, Quantity) and abs(self._meters() - other._meters()) < 1e-9

    def __lt__(self, other):
        return self._meters() < other._meters()

    def __le__(self, other):
        return self < other or self == other

    def __format__(self, spec):
        if spec.endswith(tuple(Quantity.factors)):
            for u in sorted(Quantity.factors, key=len, reverse=True):
                if spec.endswith(u):
                    return format(self.to(u), spec[:-len(u)])
        return format(self.value, spec) + " " + self.unit

    def __repr__(self):
        return f"Quantity({self.value!r}, {self.unit!r})"


run = Quantity(5, "km")
track = Quantity(400)
print(run + track, track + run)
print(run / track, (run - track).to("m"), run * 2, 3 * track)
print(f"{run:.1f}", f"{track:.2fkm}", f"{Quantity(1234, 'mm'):.1fcm}", f"{run:>10.3fm}|")
print(run == Quantity(5000), Quantity(1, "cm") == Quantity(10, "mm"), track < run, run <= run)
print(sorted([run, track, Quantity(3, "cm"), Quantity(1, "km")]))
print(max([run, track]), min([run, track], key=lambda q: q.value))
for action in ["unit", "area", "add"]:
    try:
        if action == "unit":
            Quantity(1, "mile")
        elif action == "area":
            track * track
        else:
            track + 5
    except UnitError as e:
        print("UnitError:", e)
    except TypeError as e:
        print("TypeError:", e)
legs = [Quantity(1.2, "km"), Quantity(800), Quantity(35000, "cm")]
total = Quantity(0)
for leg in legs:
    total += leg
print(total, f"{total:.2fkm}")
