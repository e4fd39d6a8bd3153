# lambdas capturing variables
def make_adder(n):
    return lambda x: x + n
a5 = make_adder(5)
a10 = make_adder(10)
print(a5(1), a10(1))
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
x = 1
g = lambda: x
x = 2
print(g())
def outer():
    y = "first"
    h = lambda: y
    y = "second"
    return h
print(outer()())
def counter():
    c = [0]
    def inc():
        c[0] += 1
        return c[0]
    return lambda: inc()
cnt = counter()
cnt(); cnt()
print(cnt())
defaults = []
def mk():
    v = 10
    return lambda a=v: a
f = mk()
print(f(), f(3))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
n = 100
print((lambda n: n + 1)(5), n)
