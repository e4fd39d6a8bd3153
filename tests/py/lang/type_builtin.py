# type(), isinstance and class reprs
print(type(1), type(1.5), type("s"), type(None), type(True))
print(type([]), type(()), type({}), type(set()), type(range(1)))
print(type(len), type(ValueError()))
print(type(ValueError), type(type))
print(int, str, float, list, dict, tuple, bool, object)
print(ValueError, KeyError, BaseException)
print(type(1) == int, type(True) == int, isinstance(True, int))
print(isinstance(1, (str, int)), isinstance("x", (list, tuple)))
print(isinstance([], list), isinstance({}, dict), isinstance(None, object))
print(int.__name__, type(2**100).__name__, type(1e400).__name__)
print(type(type(1)).__name__)
print(str(type("x")), repr(type(1.0)))
def f():
    pass
print(type(f).__name__)
print(type(...).__name__, type(NotImplemented).__name__)
print(type(1)(5.7), type("")(12), type([])("ab"), type(1.0)("2.5"))
