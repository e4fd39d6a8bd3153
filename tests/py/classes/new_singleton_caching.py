class Singleton:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            print("  creating the instance")
            cls._instance = super().__new__(cls)
            cls._instance.value = 0
        return cls._instance


a = Singleton()
b = Singleton()
a.value += 1
b.value += 1
print(a is b, a.value)


class Color:
    _cache = {}

    def __new__(cls, name):
        key = name.lower()
        if key in cls._cache:
            print(f"  reuse {key}")
            return cls._cache[key]
        print(f"  new {key}")
        self = object.__new__(cls)
        cls._cache[key] = self
        return self

    def __init__(self, name):
        print(f"  __init__ {name}")
        self.name = name.lower()

    def __repr__(self):
        return f"Color({self.name!r})"


r1 = Color("Red")
r2 = Color("RED")
g = Color("green")
print(r1 is r2, r1 is g, r1, g)
print(sorted(Color._cache))


class Positive(int):
    def __new__(cls, value):
        if value < 0:
            value = -value
        return super().__new__(cls, value)


x = Positive(-5)
print(x, x + 1, type(x).__name__, isinstance(x, int))


class NotMine:
    def __new__(cls, *args):
        print("  __new__ returning a list")
        return list(args)

    def __init__(self, *args):
        print("  never runs")


nm = NotMine(1, 2)
print(nm, type(nm).__name__)


class Tracked:
    order = []

    def __new__(cls, *args, **kwargs):
        Tracked.order.append("new")
        return super().__new__(cls)

    def __init__(self, tag):
        Tracked.order.append(f"init {tag}")
        self.tag = tag


t = Tracked("a")
Tracked("b")
print(Tracked.order, t.tag)
o = object.__new__(Tracked)
print(hasattr(o, "tag"), type(o).__name__)
