# functions, classmethod, staticmethod and property objects have __get__
class A:
    def m(self):
        return "m"


a = A()
f = A.__dict__["m"]
print(f.__get__(a)(), f.__get__(a, A)(), f.__get__(None, A) is f)
cm = classmethod(lambda c: c.__name__)
print(cm.__get__(None, A)(), cm.__get__(a)())
sm = staticmethod(lambda: "sm")
print(sm.__get__(a)())
p = property(lambda s: "prop")
print(p.__get__(a), p.__get__(None, A) is p)


class Wrap:
    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, owner=None):
        return self.fn.__get__(obj, owner)


class C:
    @Wrap
    def hello(self):
        return "hello from " + type(self).__name__


print(C().hello())
