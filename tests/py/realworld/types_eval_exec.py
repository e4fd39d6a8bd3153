vals = [1, 1.0, "s", [1], (1,), {1: 2}, {1}, frozenset(), None, True, range(2), slice(1), len, print, abs, int, type, object(), Exception("e"), ValueError, iter([]), zip(), map(str, []), enumerate([]), reversed([1]), {}.keys(), {}.values(), {}.items(), lambda: 0]
for v in vals:
    t = type(v)
    print(t.__name__, str(t), isinstance(v, object), callable(v))
print(type(1) is int, type(True) == bool, isinstance(True, int), isinstance(1, (str, float)), issubclass(int, object), type(type), type(None))
print(int, str, list, dict, ValueError, object, type(len), type(abs))
print(repr(int), repr(ZeroDivisionError), repr(None), repr(...), Ellipsis, NotImplemented)
print({}.keys(), {"a": 1}.values(), {"a": 1}.items(), range(0), slice(1, 2), slice(None, None, -1), repr(slice(1, None)))
print(int.__name__, str.upper.__name__ if hasattr(str.upper, "__name__") else "", len.__name__, type(3).__name__)
print(bool([]), bool([0]), bool(""), bool(" "), bool(0.0), bool(-0.0), bool(None), bool(range(0)), bool({}), bool(set()), bool(float("nan")))
print(int.__mro__ if False else "", ZeroDivisionError.__mro__)
print(type("x", ) == str, str(str), str(5.0), str(-0.0), str([1.0, "a", None]), str({"k": (1,)}))
print(isinstance(ValueError("x"), Exception), isinstance(KeyboardInterrupt(), Exception), issubclass(SystemExit, BaseException), issubclass(StopIteration, Exception))
x = 5
print(globals()["x"], "x" in globals(), type(globals()).__name__)
def f(a, b=2):
    c = 3
    return sorted(locals().items())
print(f(1))
print(eval("x * 2 + 1"), eval("[i*i for i in range(4)]"), eval("len('abc')", {}), eval("y + 1", {"y": 10}))
ns = {}
exec("def sq(n):\n    return n * n\nres = sq(7)", ns)
print(ns["res"], ns["sq"](3))
code = "total = 0\nfor i in range(5):\n    total += i\n"
g = {}
exec(code, g)
print(g["total"])
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e)
try:
    eval("undefined_xyz")
except NameError as e:
    print("NameError:", e)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print("ValueError:", e)
print(eval("  3 + 4  "), eval("'a' 'b'"))
