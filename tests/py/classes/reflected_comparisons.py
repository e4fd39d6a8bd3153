log = []


class L:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        log.append(f"L{self.n}.__lt__")
        return NotImplemented

    def __gt__(self, other):
        log.append(f"L{self.n}.__gt__")
        if isinstance(other, L):
            return self.n > other.n
        return NotImplemented

    def __eq__(self, other):
        log.append(f"L{self.n}.__eq__")
        return NotImplemented


x, y = L(1), L(2)
print(x < y)
print(log)
log.clear()
print(x == y)
print(log)
log.clear()
print(x == x)
print(log)
log.clear()
print(x != y)
print(log)
log.clear()


class Num:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if isinstance(other, (int, float)):
            return self.v == other
        if isinstance(other, Num):
            return self.v == other.v
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, (int, float)):
            return self.v < other
        if isinstance(other, Num):
            return self.v < other.v
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, (int, float)):
            return self.v > other
        if isinstance(other, Num):
            return self.v > other.v
        return NotImplemented

    def __repr__(self):
        return f"Num({self.v})"


n = Num(5)
print(n == 5, 5 == n, n != 5, 5 != n)
print(n < 7, 7 > n, 3 < n, n > 3)
print(sorted([Num(3), Num(1), Num(2)]))
print(1 < Num(2) < 3)
print(Num(2) in [1, 2, 3], 2 in [Num(1), Num(2)])
try:
    n <= 5
except TypeError as e:
    print("TypeError:", e)
try:
    "s" < n
except TypeError as e:
    print("TypeError:", e)


class Sub(Num):
    def __lt__(self, other):
        return "Sub.__lt__"

    def __gt__(self, other):
        return "Sub.__gt__"


# the subclass's reflected method takes priority
print(Num(1) < Sub(2))
print(Num(1) > Sub(2))
print(Sub(1) < Num(2))
