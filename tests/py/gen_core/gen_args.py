# Calling a generator function binds its arguments at once (errors at the call).
def g(a, b=2, *args, c, d=4, **kw):
    yield a, b, args, c, d, sorted(kw.items())

print(next(g(1, c=3)))
print(next(g(1, 5, 6, 7, c=8, d=9, e=10)))
print(next(g(*[1, 2], **{"c": 0, "z": 1})))

for call in [lambda: g(), lambda: g(1), lambda: g(1, 2, c=3, a=4), lambda: g(c=1)]:
    try:
        call()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)

def pos_only(x, /, y):
    yield x + y

print(list(pos_only(1, y=2)))
try:
    pos_only(x=1, y=2)
except TypeError as e:
    print("TypeError:", e)

def simple(n):
    yield n

try:
    simple(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    simple()
except TypeError as e:
    print("TypeError:", e)

# Default values are shared between calls, as for any function.
def collect(x, acc=[]):
    acc.append(x)
    yield list(acc)

print(next(collect(1)), next(collect(2)))

# Closures: generators see the enclosing scope's current values.
def make_counter(start):
    step = 1
    def counter():
        n = start
        while True:
            yield n
            n += step
    gen = counter()
    step = 10
    return gen

c = make_counter(5)
print(next(c), next(c), next(c))

def outer():
    total = 0
    def add():
        nonlocal total
        while True:
            total += yield total
    gen = add()
    next(gen)
    gen.send(3)
    gen.send(4)
    return total

print(outer())

# Decorated generator functions.
def twice(fn):
    def wrapper(*a):
        yield from fn(*a)
        yield from fn(*a)
    return wrapper

@twice
def pair(x):
    yield x
    yield -x

print(list(pair(3)))

# A generator function's local cells captured by a lambda it yields.
def lambdas():
    for i in range(3):
        yield lambda: i

print([f() for f in lambdas()])
print([f() for f in list(lambdas())])
