class Base:
    def __init__(self, name):
        self.name = name
        self.events = []
    def __enter__(self):
        self.events.append("base enter")
        return self
    def __exit__(self, t, e, tb):
        self.events.append("base exit " + (t.__name__ if t else "ok"))
        return False

class Quiet(Base):
    def __exit__(self, t, e, tb):
        super().__exit__(t, e, tb)
        self.events.append("quiet exit")
        return t is not None and issubclass(t, Warning)

class Loud(Base):
    def __enter__(self):
        result = super().__enter__()
        self.events.append("loud enter")
        return result

class Both(Loud, Quiet):
    pass

for cls in [Base, Quiet, Loud, Both]:
    m = cls(cls.__name__)
    try:
        with m as got:
            print(cls.__name__, "got self:", got is m)
            raise UserWarning("careful")
    except UserWarning:
        m.events.append("warning escaped")
    print(cls.__name__, m.events)

print([c.__name__ for c in Both.__mro__])

class Counting(Base):
    active = 0
    def __enter__(self):
        Counting.active += 1
        return super().__enter__()
    def __exit__(self, *a):
        Counting.active -= 1
        return super().__exit__(*a)

with Counting("a"), Counting("b"):
    print("active inside", Counting.active)
print("active after", Counting.active)
