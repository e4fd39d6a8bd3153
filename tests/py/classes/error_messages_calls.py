class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self, dx, dy=0):
        self.x += dx
        self.y += dy

    def norm(self):
        return abs(self.x) + abs(self.y)

    @staticmethod
    def origin():
        return Point(0, 0)

    @classmethod
    def diag(cls, n):
        return cls(n, n)


def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r)
    except TypeError as e:
        print(label, "TypeError:", e)
    except AttributeError as e:
        print(label, "AttributeError:", e)


p = Point(1, 2)
attempt("no args", lambda: Point())
attempt("one arg", lambda: Point(1))
attempt("three args", lambda: Point(1, 2, 3))
attempt("bad kw", lambda: Point(1, 2, z=3))
attempt("dup kw", lambda: Point(1, x=2))
attempt("norm extra", lambda: p.norm(5))
attempt("move none", lambda: p.move())
attempt("move many", lambda: p.move(1, 2, 3))
attempt("unbound norm", lambda: Point.norm())
attempt("origin extra", lambda: Point.origin(1))
attempt("diag none", lambda: Point.diag())
attempt("diag ok", lambda: Point.diag(3).norm())
attempt("missing attr", lambda: p.z)
attempt("missing method", lambda: p.scale(2))
attempt("class attr", lambda: Point.nothing)
attempt("call instance", lambda: p())
attempt("call int attr", lambda: p.x())
attempt("subscript", lambda: p[0])
attempt("iterate", lambda: list(p))
attempt("str attr", lambda: "abc".foo)
attempt("none attr", lambda: None.x)
attempt("int attr", lambda: (5).real)


class Empty:
    pass


attempt("empty with args", lambda: Empty(1))
attempt("empty with kw", lambda: Empty(a=1))
attempt("object with args", lambda: object(1))


class OnlyNew:
    def __new__(cls):
        return super().__new__(cls)


attempt("new extra", lambda: OnlyNew(1))


class InitReturns:
    def __init__(self):
        return 5


attempt("init returns", lambda: InitReturns())


class Kw:
    def __init__(self, *, name, size=1):
        self.name, self.size = name, size


attempt("kwonly pos", lambda: Kw("x"))
attempt("kwonly missing", lambda: Kw())
attempt("kwonly ok", lambda: Kw(name="n").name)
