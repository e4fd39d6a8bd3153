class Buggy:
    items = []

    def __init__(self, name):
        self.name = name

    def add(self, x):
        self.items.append(x)


a = Buggy("a")
b = Buggy("b")
a.add(1)
b.add(2)
print(a.items, b.items, Buggy.items, a.items is b.items)


class Fixed:
    def __init__(self, name):
        self.name = name
        self.items = []

    def add(self, x):
        self.items.append(x)


c = Fixed("c")
d = Fixed("d")
c.add(1)
d.add(2)
print(c.items, d.items, hasattr(Fixed, "items"))


class Counter:
    count = 0

    def __init__(self):
        self.count += 1


x = Counter()
y = Counter()
print(x.count, y.count, Counter.count)


class RealCounter:
    count = 0

    def __init__(self):
        type(self).count += 1
        self.id = type(self).count


class SubCounter(RealCounter):
    pass


objs = [RealCounter(), RealCounter(), SubCounter(), SubCounter(), RealCounter()]
print([o.id for o in objs], RealCounter.count, SubCounter.count)
print("count" in SubCounter.__dict__, "count" in RealCounter.__dict__)


def default_trap(item, bucket=[]):
    bucket.append(item)
    return bucket


print(default_trap(1), default_trap(2))


class Config:
    settings = {"debug": False}

    def enable(self):
        self.settings["debug"] = True

    def replace(self):
        self.settings = {"debug": "own"}


k1, k2 = Config(), Config()
k1.enable()
print(k2.settings, Config.settings)
k2.replace()
print(k1.settings, k2.settings, Config.settings)
del k2.settings
print(k2.settings)


class Base:
    tags = ["base"]


class Child(Base):
    tags = Base.tags + ["child"]


class Other(Base):
    pass


Other.tags.append("other")
print(Base.tags, Child.tags, Other.tags, Other.tags is Base.tags)
