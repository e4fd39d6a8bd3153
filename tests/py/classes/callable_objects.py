class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0

    def __call__(self, x):
        self.calls += 1
        return x * self.factor


double = Multiplier(2)
triple = Multiplier(3)
print(double(5), triple(5), double("ab"))
print(list(map(double, [1, 2, 3])))
print(sorted([3, -7, 5], key=Multiplier(-1)))
print(double.calls, triple.calls)
print(callable(double), callable(Multiplier), callable(5), callable("s"), callable(len))


class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.hits = 0

    def __call__(self, n):
        if n in self.cache:
            self.hits += 1
            return self.cache[n]
        v = self.fn(n)
        self.cache[n] = v
        return v


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), len(fib.cache), fib.hits)
print(type(fib).__name__)


class Compose:
    def __init__(self, *fns):
        self.fns = fns

    def __call__(self, x):
        for f in reversed(self.fns):
            x = f(x)
        return x


shout = Compose(str.upper, str.strip, lambda s: s + "!  ")
print(repr(shout("  hey")))
pipeline = Compose(double, triple, abs)
print(pipeline(-4))


class Accumulator:
    def __init__(self):
        self.total = 0

    def __call__(self, *args, **kwargs):
        self.total += sum(args) + sum(kwargs.values())
        return self


acc = Accumulator()
acc(1, 2)(3)(x=10, y=20)
print(acc.total)


class Instance:
    pass


inst = Instance()
inst.__call__ = lambda: "instance attribute"
print(callable(inst))
try:
    inst()
except TypeError as e:
    print("TypeError:", e)


class Counter:
    count = 0

    def __call__(self):
        Counter.count += 1
        return Counter.count


c1, c2 = Counter(), Counter()
print(c1(), c2(), c1(), Counter.count)
handlers = {"double": double, "triple": triple, "neg": lambda v: -v}
for name in sorted(handlers):
    print(name, handlers[name](7))
