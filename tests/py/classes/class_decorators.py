REGISTRY = []


def register(cls):
    REGISTRY.append(cls.__name__)
    return cls


def add_repr(cls):
    def __repr__(self):
        fields = ", ".join([f"{k}={v!r}" for k, v in self.__dict__.items()])
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls


def with_fields(*names):
    def decorate(cls):
        def __init__(self, *args):
            if len(args) != len(names):
                raise TypeError(f"{cls.__name__} expects {len(names)} values, got {len(args)}")
            for n, v in zip(names, args):
                setattr(self, n, v)
        def __eq__(self, other):
            return type(self) is type(other) and self.__dict__ == other.__dict__
        cls.__init__ = __init__
        cls.__eq__ = __eq__
        cls.__hash__ = None
        cls.fields = names
        return cls
    return decorate


def counted(cls):
    original = cls.__init__

    def __init__(self, *args, **kwargs):
        cls.instances += 1
        original(self, *args, **kwargs)
    cls.instances = 0
    cls.__init__ = __init__
    return cls


@register
@add_repr
@with_fields("x", "y")
class Point:
    def dist2(self):
        return self.x ** 2 + self.y ** 2


@register
@counted
@add_repr
class Tag:
    def __init__(self, label):
        self.label = label


p = Point(3, 4)
print(p, p.dist2(), Point.fields)
print(p == Point(3, 4), p == Point(4, 3))
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
tags = [Tag("a"), Tag("b"), Tag("c")]
print(tags, Tag.instances)
print(REGISTRY)


def singleton(cls):
    instances = {}

    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get


@singleton
class Settings:
    def __init__(self, mode="dev"):
        self.mode = mode


s1 = Settings("prod")
s2 = Settings("test")
print(s1 is s2, s1.mode, type(Settings).__name__)


def replace_class(cls):
    return 42


@replace_class
class Gone:
    pass


print(Gone)
