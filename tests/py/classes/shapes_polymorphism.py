import math


class Shape:
    name = "shape"

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")

    def perimeter(self):
        raise NotImplementedError(f"{type(self).__name__} must implement perimeter()")

    def describe(self):
        return f"{self.name}: area={self.area():.2f} perimeter={self.perimeter():.2f}"

    def __lt__(self, other):
        return self.area() < other.area()

    def __repr__(self):
        return f"<{self.name} {self.area():.1f}>"


class Circle(Shape):
    name = "circle"

    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rectangle(Shape):
    name = "rectangle"

    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rectangle):
    name = "square"

    def __init__(self, side):
        super().__init__(side, side)


class Triangle(Shape):
    name = "triangle"

    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"invalid triangle sides {a}, {b}, {c}")
        self.sides = (a, b, c)

    def perimeter(self):
        return sum(self.sides)

    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))


class Blob(Shape):
    pass


shapes = [Circle(1), Rectangle(2, 3.5), Square(2), Triangle(3, 4, 5), Circle(0.5)]
for s in shapes:
    print(s.describe())
print(sorted(shapes))
print(max(shapes), min(shapes, key=lambda s: s.perimeter()))
print(round(sum([s.area() for s in shapes]), 4))
by_kind = {}
for s in shapes:
    by_kind.setdefault(type(s).__name__, []).append(s)
print({k: len(v) for k, v in sorted(by_kind.items())})
print([s.name for s in shapes if isinstance(s, Rectangle)])
try:
    Blob().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    Triangle(1, 2, 10)
except ValueError as e:
    print("ValueError:", e)
print(Square.__mro__[1].__name__, Square(3).w, Square.name, Rectangle.name)
