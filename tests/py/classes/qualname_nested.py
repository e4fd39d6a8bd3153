class Outer:
    """The outer class."""

    class Inner:
        """Nested inside Outer."""

        class Deep:
            def where(self):
                return "deep"

        def method(self):
            return "inner method"

    def make(self):
        class Local:
            def hi(self):
                return "local"
        return Local

    def func(self):
        def helper():
            pass
        return helper


print(Outer.__name__, Outer.__qualname__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.Deep.__qualname__)
print(Outer.Inner.Deep.where.__qualname__)
print(Outer.Inner.method.__qualname__, Outer.Inner.method.__name__)
print(Outer.make.__qualname__)
L = Outer().make()
print(L.__name__, L.__qualname__, L.hi.__qualname__)
print(Outer().func().__qualname__)
print(Outer.__doc__, "|", Outer.Inner.__doc__, "|", Outer.Inner.Deep.__doc__)
print(Outer.__module__, Outer.Inner.__module__, L.__module__)
print(Outer.Inner().method(), Outer.Inner.Deep().where(), L().hi())
i = Outer.Inner()
print(type(i).__qualname__, i.__class__.__name__)
print(isinstance(i, Outer.Inner), isinstance(i, Outer))


def factory(n):
    class Made:
        size = n

        def get(self):
            return self.size
    return Made


A = factory(1)
B = factory(2)
print(A.__qualname__, A is B, A().get(), B().get())
print(A.get.__qualname__)
print(factory.__qualname__)
lam = lambda: 0
print(lam.__qualname__, lam.__name__)


class WithLambda:
    f = lambda self: "lam"

    def nested(self):
        return lambda: None


print(WithLambda.f.__qualname__, WithLambda().f())
print(WithLambda().nested().__qualname__)
print(WithLambda().nested.__qualname__)
print(WithLambda.__name__ + "." + WithLambda.nested.__name__)
