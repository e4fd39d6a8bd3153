# lambda expressions
sq = lambda x: x * x
print(sq(5))
add = lambda a, b: a + b
print(add(2, 3))
const = lambda: 42
print(const())
print((lambda x, y=10: x + y)(1))
print((lambda x, y=10: x + y)(1, 2))
print((lambda *a: a)(1, 2, 3))
print((lambda **k: sorted(k.items()))(b=2, a=1))
print((lambda a, *, b: a - b)(10, b=3))
print((lambda a, /, b: a * b)(3, b=4))
print(sorted([3, -1, 2], key=lambda v: abs(v)))
print(list(map(lambda v: v + 1, [1, 2, 3])))
print(list(filter(lambda v: v % 2 == 0, range(7))))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print(sq.__name__)
def named(x):
    return x
print(named.__name__)
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
print((lambda: (lambda: "inner")())())
cond = lambda n: "even" if n % 2 == 0 else "odd"
print(cond(3), cond(4))
print((lambda x: (x, x))(1))
rec = lambda n: 1 if n <= 1 else n * rec(n - 1)
print(rec(10))
print((lambda: None)())
