# default argument values
def f(a, b=2, c=3):
    return a, b, c
print(f(1), f(1, 5), f(1, 5, 6), f(1, c=9), f(a=0))
counter = 0
def next_val():
    global counter
    counter += 1
    return counter
def g(x=next_val()):
    return x
print(g(), g(), g(10), counter)
default = 5
def h(v=default):
    return v
default = 99
print(h())
def k(s="x" * 3, n=2 ** 10, t=(1, 2)):
    return s, n, t
print(k())
def none_default(v=None):
    if v is None:
        v = []
    v.append(1)
    return v
print(none_default(), none_default(), none_default([0]))
print(f.__defaults__, g.__defaults__ is not None)
def kd(a, *, b=1, c):
    return a, b, c
print(kd(0, c=2), kd(0, b=5, c=2))
print(kd.__kwdefaults__)
def late(x=[]):
    return x
print(late() is late())
