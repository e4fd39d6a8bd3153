class NonData:
    def __get__(self, obj, objtype=None):
        return "from non-data descriptor"


class Data:
    def __get__(self, obj, objtype=None):
        return "from data descriptor"

    def __set__(self, obj, value):
        print("  Data.__set__ ignores", value)


class C:
    nd = NonData()
    d = Data()


c = C()
print(c.nd, "|", c.d)
c.__dict__["nd"] = "instance dict wins over non-data"
c.__dict__["d"] = "instance dict loses to data"
print(c.nd)
print(c.d)
c.d = 5
print(c.__dict__["d"])
c.nd = "plain assignment"
print(c.nd)
del c.nd
print(c.nd)


class Lazy:
    """Computes once, then caches in the instance dict (non-data descriptor)."""

    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print("  computing", self.name)
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value


class Circle:
    def __init__(self, r):
        self.r = r

    @Lazy
    def area(self):
        return round(3.14159 * self.r * self.r, 2)


k = Circle(10)
print(k.area)
print(k.area)
k.r = 1
print(k.area)
del k.area
print(k.area)


class ReadOnly:
    def __init__(self, value):
        self.value = value

    def __get__(self, obj, objtype=None):
        return self.value

    def __set__(self, obj, value):
        raise AttributeError("read-only attribute")


class Const:
    PI = ReadOnly(3.14)


cc = Const()
print(cc.PI, Const.PI)
try:
    cc.PI = 3
except AttributeError as e:
    print("AttributeError:", e)


class Method:
    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self.fn
        return lambda *args: self.fn(obj, *args)


class Greeter:
    def __init__(self, name):
        self.name = name

    @Method
    def hello(self, other):
        return f"{self.name} greets {other}"


print(Greeter("ann").hello("bob"))
print(Greeter.hello(Greeter("cy"), "dee"))
print(type(Greeter.__dict__["hello"]).__name__)
