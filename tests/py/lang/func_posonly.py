# positional-only parameters
def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
try:
    f(a=1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)
def g(x, /):
    return x
print(g(5))
try:
    g(x=5)
except TypeError as e:
    print("TypeError:", e)
def h(a, /, **kw):
    return a, kw
print(h(1, a=2))
def d(a, b=2, /, c=3):
    return a, b, c
print(d(1), d(1, 5), d(1, 5, 6), d(1, c=9))
try:
    d(1, b=3)
except TypeError as e:
    print("TypeError:", e)
def only(a, b, /):
    return a - b
print(only(10, 3))
try:
    only(1)
except TypeError as e:
    print("TypeError:", e)
try:
    only(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
