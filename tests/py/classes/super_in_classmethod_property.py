class Base:
    prefix = "base"

    def __init__(self, v):
        self._v = v

    @property
    def value(self):
        return self._v

    @value.setter
    def value(self, v):
        print("  Base setter", v)
        self._v = v

    @classmethod
    def create(cls, v):
        print(f"  Base.create for {cls.__name__}")
        return cls(v)

    @classmethod
    def describe(cls):
        return f"{cls.prefix}:{cls.__name__}"

    @staticmethod
    def helper(x):
        return x * 2

    def __repr__(self):
        return f"{type(self).__name__}({self._v})"


class Child(Base):
    prefix = "child"

    @property
    def value(self):
        return super().value * 10

    @value.setter
    def value(self, v):
        print("  Child setter", v)
        Base.value.fset(self, v + 1)

    @classmethod
    def create(cls, v):
        print(f"  Child.create for {cls.__name__}")
        obj = super().create(v)
        obj.extra = True
        return obj

    @classmethod
    def describe(cls):
        return "[" + super().describe() + "]"

    @staticmethod
    def helper(x):
        return Base.helper(x) + 1


class GrandChild(Child):
    prefix = "grand"


c = Child.create(3)
print(c, c.value, c.extra)
c.value = 4
print(c._v, c.value)
print(Base.describe(), Child.describe(), GrandChild.describe())
g = GrandChild.create(1)
print(g, type(g).__name__, g.value)
print(Child.helper(5), GrandChild.helper(5), Base.helper(5))
b = Base(2)
b.value = 7
print(b.value)


class Base2:
    def method(self):
        return "Base2.method"


class Child2(Base2):
    def method(self):
        inner = lambda: super(Child2, self).method()
        return "Child2 -> " + inner()

    def via_loop(self):
        out = []
        for _ in range(2):
            out.append(super().method())
        return out


print(Child2().method(), Child2().via_loop())
