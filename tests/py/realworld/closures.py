def counter(start=0):
    n = start
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c = counter(10)
print(c(), c(5), c())
def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper
@memoize
def binom(n, k):
    if k == 0 or k == n:
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)
print(binom(30, 15), len(binom.cache))
def trace(fn):
    def w(*a, **k):
        print(f"-> {fn.__name__}({', '.join([repr(x) for x in a] + [f'{k_}={v!r}' for k_, v in k.items()])})")
        r = fn(*a, **k)
        print(f"<- {r!r}")
        return r
    return w
@trace
def greet(name, punct="!"):
    return "Hello, " + name + punct
greet("Ann"); greet("Bob", punct="?")
fns = [lambda x, i=i: x * i for i in range(4)]
print([f(10) for f in fns])
late = [lambda: i for i in range(3)]
print([f() for f in late])
total = 0
def add(x):
    global total
    total += x
for v in range(5): add(v)
print(total)
def compose(*fs):
    def h(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return h
print(compose(str, lambda x: x * 2, abs)(-21))
print(greet.__name__, binom.__name__, (lambda: 0).__name__, counter.__qualname__, c.__qualname__)
def default_mut(x, acc=[]):
    acc.append(x)
    return acc
print(default_mut(1), default_mut(2), default_mut.__defaults__)
def kwonly(a, *, b=2, **rest):
    return a, b, rest
print(kwonly(1, c=3), kwonly(a=0, b=1))
print(sorted(["banana", "Apple", "cherry", "apple"], key=str.lower), sorted([(2, "b"), (1, "z"), (2, "a")], key=lambda t: t[0]))
print(list(map(lambda x, y: x + y, [1, 2, 3], [10, 20])), list(filter(None, [0, 1, "", "a", None, [], [0]])))
