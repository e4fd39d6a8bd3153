# identity operators
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c)
print(a is not c, a is not b)
print(None is None)
print(None is not None)
x = None
print(x is None, x is not None)
print(True is True, False is False)
print((1 == 1) is True)
print(bool(0) is False)
t = ()
print(t is ())
def f():
    pass
print(f() is None)
print(f is f)
g = f
print(g is f)
d = {}
e = d
e["k"] = 1
print(d is e, d)
print(type(1) is int, type("s") is str, type(1.0) is float)
print(type(True) is bool, type(True) is int)
print(type([]) is list, type(()) is tuple, type({}) is dict)
print(type(None) is type(None))
print(not a is c)
