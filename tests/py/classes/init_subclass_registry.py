class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        print(f"  registering {cls.__name__} as {key!r}")
        Plugin.registry[key] = cls

    def run(self, text):
        raise NotImplementedError(f"{type(self).__name__}.run")


class Upper(Plugin):
    def run(self, text):
        return text.upper()


class Reverse(Plugin, name="rev"):
    def run(self, text):
        return text[::-1]


class Shout(Upper, name="shout"):
    def run(self, text):
        return super().run(text) + "!"


class Broken(Plugin):
    pass


print(sorted(Plugin.registry))
for key in sorted(Plugin.registry):
    try:
        print(key, Plugin.registry[key]().run("hello"))
    except NotImplementedError as e:
        print(key, "NotImplementedError:", e)


class Shape:
    count = 0

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Shape.count += 1
        cls.shape_id = Shape.count
        if not hasattr(cls, "sides"):
            cls.sides = 0


class Triangle(Shape):
    sides = 3


class Square(Shape):
    sides = 4


class Circle(Shape):
    pass


for k in [Triangle, Square, Circle]:
    print(k.__name__, k.shape_id, k.sides)
print(Shape.count, hasattr(Shape, "shape_id"))

try:
    class Bad(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
print("Bad" in [c.__name__ for c in Plugin.registry.values()])
