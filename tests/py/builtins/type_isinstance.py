print(type(1), type(1.5), type("s"), type(True), type(None))
print(type([]), type(()), type({}), type(set()), type(frozenset()))
print(type(range(1)), type(slice(1)), type(10**100))
print(type(len), type(lambda: 0))
def f():
    pass
print(type(f))
print(type(1) == int, type(True) == int, type(True) is bool, type("") is str)
print(type(type(1)), type(int))
print(int, float, str, bool, list, tuple, dict, set, frozenset, type, object)
print(type(1)(3.7), type("x")(5), type([])("ab"))
print(isinstance(1, int), isinstance(1.0, int), isinstance(True, int), isinstance(1, bool))
print(isinstance("s", (int, str)), isinstance([], (tuple, dict)), isinstance(None, type(None)))
print(isinstance(1, (float, (str, int))))
print(isinstance(3, object), isinstance(None, object), isinstance(int, type))
print(isinstance({}, dict), isinstance(frozenset(), set), isinstance(range(3), range))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, object)))
print(type(3).__name__, type([]).__name__, int.__name__, type(None).__name__)
try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(1, (str, "x"))
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(1, (int, "x")) if True else 0)
