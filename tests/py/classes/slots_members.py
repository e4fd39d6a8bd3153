# __slots__ make member descriptors: values live outside __dict__, unset slots raise
# AttributeError, and a subclass without __slots__ gets a __dict__ of its own.
class Pair:
    __slots__ = ("first", "second")

    def __init__(self, a, b):
        self.first = a
        self.second = b


p = Pair(1, 2)
print(Pair.first, type(Pair.second).__name__)
print(p.first, p.second, getattr(p, "first"), hasattr(p, "third"))
for bad in ["third", "__dict__"]:
    try:
        setattr(p, bad, 0)
    except AttributeError as e:
        print("AttributeError:", e)
del p.first
print(hasattr(p, "first"))
try:
    del p.first
except AttributeError as e:
    print("AttributeError:", e)


class Tagged(Pair):
    def __init__(self, a, b, tag):
        super().__init__(a, b)
        self.tag = tag


t = Tagged(3, 4, "t")
print(t.first, t.second, t.tag, t.__dict__, vars(t))


class WithDict:
    __slots__ = ("x", "__dict__")


w = WithDict()
w.x = 1
w.y = 2
print(w.x, w.y, w.__dict__)

try:
    class Clash:
        __slots__ = ("v",)
        v = 3
except ValueError as e:
    print("ValueError:", e)

