class Roman:
    table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
             (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]

    def __init__(self, value):
        if isinstance(value, str):
            value = Roman.parse(value)
        if not isinstance(value, int):
            raise TypeError(f"Roman() needs int or str, not {type(value).__name__}")
        if not 0 < value < 4000:
            raise ValueError(f"{value} out of range for roman numerals")
        self.value = value

    @staticmethod
    def parse(text):
        vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
        total = 0
        for i, ch in enumerate(text.upper()):
            if ch not in vals:
                raise ValueError(f"bad roman digit {ch!r}")
            v = vals[ch]
            if i + 1 < len(text) and vals.get(text[i + 1].upper(), 0) > v:
                total -= v
            else:
                total += v
        return total

    def __str__(self):
        n, out = self.value, []
        for v, s in Roman.table:
            while n >= v:
                out.append(s)
                n -= v
        return "".join(out)

    def __repr__(self):
        return f"Roman({str(self)!r})"

    def __int__(self):
        return self.value

    def __index__(self):
        return self.value

    def __add__(self, other):
        return Roman(self.value + int(other))

    __radd__ = __add__

    def __sub__(self, other):
        return Roman(self.value - int(other))

    def __eq__(self, other):
        if isinstance(other, Roman):
            return self.value == other.value
        if isinstance(other, int):
            return self.value == other
        return NotImplemented

    def __lt__(self, other):
        return self.value < int(other)

    def __hash__(self):
        return hash(self.value)


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    print(n, Roman(n))
print(repr(Roman("mcmxc")), int(Roman("MMXXIV")))
print(Roman("X") + Roman("V"), Roman(10) + 5, 5 + Roman(10), Roman("L") - 1)
print(Roman(5) == 5, 5 == Roman(5), Roman("IV") == Roman(4), Roman(1) == "I")
print(sorted([Roman(50), Roman(9), Roman(1000)]), max(Roman(3), Roman(7)))
print(["zero", "one", "two", "three"][Roman(3)], hex(Roman(255)), list(range(Roman(3))))
print(sum([Roman(i) for i in range(1, 5)]))
print(len({Roman(5), Roman("V"), 5}))
for bad in [0, 4000, "ABC", 2.5]:
    try:
        Roman(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
