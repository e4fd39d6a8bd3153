# Object construction, method calls, attribute reads and writes, super().__init__ and
# operator overloading.
class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y


class Shape:
    def __init__(self, name):
        self.name = name
        self.area_cache = None

    def area(self):
        return 0


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Counter:
    def __init__(self):
        self.n = 0

    def incr(self, by):
        self.n += by
        return self.n


total = Vec(0, 0)
for i in range(150000):
    total = total + Vec(i, 1) * 2
print(total.x, total.y, total.dot(Vec(1, 1)))

shapes = [Rect(i % 7 + 1, i % 5 + 1) for i in range(100000)]
print(sum(s.area() for s in shapes), shapes[3].name)

c = Counter()
for i in range(300000):
    c.incr(i & 3)
print(c.n)
