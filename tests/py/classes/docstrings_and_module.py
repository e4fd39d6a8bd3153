"""Module docstring for the test."""


class Documented:
    """A class with a docstring.

    It spans lines.
    """

    def method(self):
        """Method doc."""
        return 1

    def undocumented(self):
        return 2

    @property
    def prop(self):
        """Property doc."""
        return 3

    @staticmethod
    def stat():
        """Static doc."""

    @classmethod
    def klass(cls):
        "Class method doc in plain quotes."


class NoDoc:
    x = 1


class NotADoc:
    x = 1
    """this string is not the docstring"""


print(repr(Documented.__doc__))
print(Documented.method.__doc__)
print(Documented().method.__doc__)
print(Documented.undocumented.__doc__)
print(Documented.prop.__doc__)
print(Documented.stat.__doc__)
print(Documented.klass.__doc__)
print(NoDoc.__doc__, NotADoc.__doc__)
print(__doc__)
print(__name__)
print(Documented.__module__, Documented.method.__module__)
print(Documented.__name__, Documented.method.__name__, Documented.prop.fget.__name__)
print(Documented.__doc__.splitlines()[0])


def f():
    """function doc"""


print(f.__doc__, f.__name__, f.__module__)
print(type(Documented).__name__, type(Documented()).__name__)
print(type(type).__name__, type(object).__name__, type(int).__name__)
print(int.__name__, str.__qualname__, object.__module__, list.__module__)
d = Documented()
print(d.__module__, d.__doc__ == Documented.__doc__)
print(Documented.__dict__["method"].__name__)
print(sorted([k for k in Documented.__dict__ if not k.startswith("__")]))
print("__doc__" in Documented.__dict__, "__module__" in Documented.__dict__)
print(Documented.__dict__["__module__"])
