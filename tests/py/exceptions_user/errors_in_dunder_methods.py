class Boom(Exception):
    pass


class BadEq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        raise Boom(f"__eq__ on {self.v}")

    def __hash__(self):
        return 1


class BadHash:
    def __hash__(self):
        raise Boom("__hash__ refused")


class BadLen:
    def __len__(self):
        raise Boom("__len__ exploded")


class BadIter:
    def __iter__(self):
        return self

    def __init__(self):
        self.n = 0

    def __next__(self):
        self.n += 1
        if self.n == 3:
            raise Boom("__next__ failed on item 3")
        return self.n


class BadLt:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v == 2 or other.v == 2:
            raise Boom("cannot compare 2")
        return self.v < other.v


class BadAdd:
    def __add__(self, other):
        raise Boom("__add__ broken")

    def __radd__(self, other):
        raise Boom("__radd__ broken")


class BadRepr:
    def __repr__(self):
        raise Boom("__repr__ broken")


class BadBool:
    def __bool__(self):
        raise Boom("__bool__ broken")


tests = [
    ("dict lookup", lambda: {BadEq(1): "a"}[BadEq(2)]),
    ("list in", lambda: BadEq(3) in [BadEq(4)]),
    ("set add", lambda: {BadHash()}),
    ("len", lambda: len(BadLen())),
    ("bool via len", lambda: bool(BadLen())),
    ("list()", lambda: list(BadIter())),
    ("sum", lambda: sum(BadIter())),
    ("sorted", lambda: sorted([BadLt(3), BadLt(1), BadLt(2)])),
    ("max", lambda: max([BadLt(1), BadLt(2)])),
    ("add", lambda: BadAdd() + 1),
    ("radd", lambda: 1 + BadAdd()),
    ("sum radd", lambda: sum([BadAdd()])),
    ("repr list", lambda: repr([1, BadRepr()])),
    ("str format", lambda: f"{BadRepr()!r}"),
    ("if", lambda: "yes" if BadBool() else "no"),
    ("not", lambda: not BadBool()),
    ("filter", lambda: list(filter(None, [BadBool()]))),
]
for name, fn in tests:
    try:
        result = fn()
        print(f"{name}: ok {result!r}")
    except Boom as e:
        print(f"{name}: Boom: {e}")

partial = []
try:
    for x in BadIter():
        partial.append(x)
except Boom as e:
    print("loop stopped:", e, "after", partial)
try:
    a, b, c = BadIter()
except Boom as e:
    print("unpack:", e)
print(sorted([BadLt(5), BadLt(1), BadLt(3)], key=lambda o: o.v)[0].v)
