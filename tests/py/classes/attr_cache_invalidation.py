# Attribute reads and writes that must see every change: the VM caches lookups per
# instruction and per class, and this program changes what those caches saw.
class P:
    kind = "plain"

    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x


def read_all(objs):
    return [o.x for o in objs]


ps = [P(i) for i in range(5)]
print(read_all(ps))
del ps[2].x
ps[2].y = "y"
ps[2].x = "again"
print(read_all(ps), ps[2].__dict__)

# A method replaced on the class after calls were made.
print([p.get() for p in ps[:2]])
P.get = lambda self: "patched %s" % self.x
print([p.get() for p in ps[:2]])

# An instance attribute shadowing a method, then removed.
ps[0].get = lambda: "instance attr"
print(ps[0].get(), ps[1].get())
del ps[0].get
print(ps[0].get())

# A class attribute read through instances, then changed on the class.
print([p.kind for p in ps[:2]])
P.kind = "changed"
print([p.kind for p in ps[:2]])
ps[1].kind = "own"
print([p.kind for p in ps[:2]], P.kind)


class Base:
    def __init__(self):
        self.v = 1


class Child(Base):
    pass


c = Child()
for i in range(3):
    print(c.v)
    if i == 1:
        # A property added to the base after the instance exists takes over reads.
        Base.v = property(lambda self: "from property")


class Counter:
    n = 0

    def __init__(self):
        Counter.n += 1
        self.id = Counter.n


cs = [Counter() for _ in range(4)]
print([c.id for c in cs], Counter.n)
setattr(cs[0], "id", 100)
print(getattr(cs[0], "id"), cs[0].id, vars(cs[1]))
