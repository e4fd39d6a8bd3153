import math


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x - other.x, self.y - other.y)
        return NotImplemented

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return NotImplemented

    def __rmul__(self, k):
        return self.__mul__(k)

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __pos__(self):
        return Vec(self.x, self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __eq__(self, other):
        return isinstance(other, Vec) and self.x == other.x and self.y == other.y

    def __bool__(self):
        return bool(self.x or self.y)


a = Vec(3, 4)
b = Vec(1, -2)
print(a + b, a - b, b - a)
print(a * 2, 2 * a, a * 0.5)
print(a * b)
print(a / 2)
print(-a, +b, abs(a))
print(a == Vec(3, 4), a != Vec(3, 4), a == (3, 4))
print(bool(Vec(0, 0)), bool(a))
total = Vec(0, 0)
for v in [Vec(1, 1), Vec(2, 3), Vec(-1, 5)]:
    total = total + v
print(total)
c = a
c += b
print(c, a, c is a)
c *= 3
print(c)
print(abs(Vec(1, 1) * 3))
for bad in ["x", None, [1]]:
    try:
        a + bad
    except TypeError as e:
        print("TypeError:", e)
try:
    "s" * a
except TypeError as e:
    print("TypeError:", e)
try:
    a / Vec(1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    ~a
except TypeError as e:
    print("TypeError:", e)
