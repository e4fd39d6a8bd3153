class Interval:
    def __init__(self, lo, hi):
        if lo > hi:
            raise ValueError(f"empty interval [{lo}, {hi}]")
        self.lo, self.hi = lo, hi

    def __repr__(self):
        return f"[{self.lo}, {self.hi}]"

    def __len__(self):
        return self.hi - self.lo

    def __contains__(self, x):
        if isinstance(x, Interval):
            return self.lo <= x.lo and x.hi <= self.hi
        return self.lo <= x <= self.hi

    def overlaps(self, other):
        return self.lo <= other.hi and other.lo <= self.hi

    def __and__(self, other):
        if not self.overlaps(other):
            return None
        return Interval(max(self.lo, other.lo), min(self.hi, other.hi))

    def __or__(self, other):
        if not self.overlaps(other):
            raise ValueError(f"{self} and {other} are disjoint")
        return Interval(min(self.lo, other.lo), max(self.hi, other.hi))

    def __eq__(self, other):
        return isinstance(other, Interval) and (self.lo, self.hi) == (other.lo, other.hi)

    def __lt__(self, other):
        return (self.lo, self.hi) < (other.lo, other.hi)

    def __le__(self, other):
        return self == other or self < other

    def __hash__(self):
        return hash((self.lo, self.hi))

    def __add__(self, shift):
        return Interval(self.lo + shift, self.hi + shift)


def merge(intervals):
    out = []
    for iv in sorted(intervals):
        if out and out[-1].overlaps(iv):
            out[-1] = out[-1] | iv
        else:
            out.append(iv)
    return out


a = Interval(1, 5)
b = Interval(3, 9)
c = Interval(10, 12)
print(a & b, a | b, a & c, len(a | b))
print(3 in a, 6 in a, Interval(2, 4) in a, b in a)
print(a < b, b <= b, c > a, a >= c)
print(a + 10, (a + 10) == Interval(11, 15))
try:
    a | c
except ValueError as e:
    print("ValueError:", e)
try:
    Interval(5, 1)
except ValueError as e:
    print("ValueError:", e)
print(merge([Interval(8, 10), Interval(1, 3), Interval(2, 6), Interval(15, 18), Interval(17, 20), Interval(6, 7)]))
print(len({Interval(1, 2), Interval(1, 2), Interval(2, 3)}))
print(sorted([c, b, a], reverse=True), min([c, b, a]))
busy = [Interval(9, 10), Interval(12, 13), Interval(15, 17)]
free = []
start = 8
for iv in sorted(busy):
    if iv.lo > start:
        free.append(Interval(start, iv.lo))
    start = max(start, iv.hi)
free.append(Interval(start, 18))
print(free, sum([len(f) for f in free]))
