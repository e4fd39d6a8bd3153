# keyword-only parameters
def f(a, *, b, c=3):
    return a + b + c
print(f(1, b=2), f(1, b=2, c=10), f(a=1, b=1))
try:
    f(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
def g(*args, sep="-", end="!"):
    return sep.join(args) + end
print(g("a", "b"), g("a", "b", sep="+"), g(end="?"))
def h(*, x, y):
    return x * y
print(h(y=3, x=4))
try:
    h(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    h(x=1)
except TypeError as e:
    print("TypeError:", e)
def k(a, *, b):
    return a, b
try:
    k(1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
def m(*, only=None):
    return only
print(m(), m(only=5))
def n(a, b=1, *args, c, d=4, **kw):
    return a, b, args, c, d, sorted(kw.items())
print(n(0, c=3))
print(n(0, 1, 2, 3, c=3, e=5))
