class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, 2)
print(p, p.x, p.y)
p.x = 10
print(p)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"))
print(Point.__slots__)
del p.y
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
p.y = 5
print(p, getattr(p, "y"))


class Partial:
    __slots__ = ["a", "b"]

    def __init__(self):
        self.a = 1


q = Partial()
print(q.a, hasattr(q, "b"))
try:
    print(q.b)
except AttributeError as e:
    print("AttributeError:", e)


class Child(Point):
    pass


c = Child(3, 4)
c.extra = "allowed: subclass has a dict"
print(c, c.extra, c.__dict__)


class Child2(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


c2 = Child2(1, 2, 3)
print(c2, c2.z)
try:
    c2.w = 0
except AttributeError as e:
    print("AttributeError:", e)


class Single:
    __slots__ = "value"


s = Single()
s.value = 9
print(s.value, Single.__slots__)


class WithClassAttr:
    __slots__ = ("n",)
    limit = 10

    def __init__(self, n):
        self.n = min(n, self.limit)


print(WithClassAttr(50).n)
print(WithClassAttr(5).n, WithClassAttr.limit)
