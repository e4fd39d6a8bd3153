# **kwargs
def f(**kw):
    return kw
print(f(), f(a=1), f(b=2, a=1))
def g(a, **kw):
    return a, kw
print(g(1, b=2, c=3), g(a=1), g(b=2, a=1))
def h(*args, **kw):
    return args, kw
print(h(1, 2, x=3))
print(h(*[1], **{"k": "v"}))
d = {"a": 1, "b": 2}
print(f(**d), f(**d) is d)
def specific(a, b):
    return a - b
print(specific(**{"b": 1, "a": 10}))
try:
    specific(**{"a": 1, "c": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    specific(1, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
def mutate(**kw):
    kw["new"] = 1
    return kw
orig = {"x": 0}
print(mutate(**orig), orig)
def order(**kw):
    return list(kw)
print(order(z=1, y=2, x=3))
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
