# assigning obj.__class__ changes the object's class (and is not an instance attribute)
class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


a = A()
a.__class__ = B
print(type(a).__name__, isinstance(a, B), a.who(), vars(a))
try:
    a.__class__ = 5
except TypeError as e:
    print(e)
