# TypeError messages for bad calls
def f(a, b):
    return a + b
def g():
    return 0
def h(a, b=1, *, c):
    return a
tests = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, b=2, a=3),
    lambda: f(1, 2, c=3),
    lambda: g(1),
    lambda: g(x=1),
    lambda: h(1),
    lambda: h(),
    lambda: h(1, 2, 3, c=4),
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(5),
    lambda: abs("x"),
    lambda: (lambda x: x)(),
]
for t in tests:
    try:
        t()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
