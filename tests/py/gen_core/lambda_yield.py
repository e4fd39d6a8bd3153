# yield in lambdas and in unusual expression positions.
gen_fn = lambda: (yield 1)
g = gen_fn()
print(type(g).__name__, next(g))
try:
    g.send("sent")
except StopIteration as e:
    print("lambda returned", e.value)

echo = lambda: [(yield x) for x in ()] if False else (yield "only")
print(list(echo()))

def positions():
    print("arg", (yield 1))
    d = {"k": (yield 2)}
    t = ((yield 3), (yield 4))
    s = f"{(yield 5)}!"
    x = 1 if (yield 6) else 2
    yield d, t, s, x

g = positions()
values = [g.send(None)]
for i in range(6):
    values.append(g.send("v%d" % i))
print(values)

def yield_statement_forms():
    yield
    yield 1, 2
    yield (3, 4)
    yield [5]
    x = yield
    y = yield 6,
    yield x, y
    yield from ()
    yield -1 if x else -2

print(list(yield_statement_forms()))

def augmented():
    total = 10
    total += yield total
    total *= yield total
    yield total

g = augmented()
print(next(g), g.send(5), g.send(3))

def gen_with_docstring():
    "Docstring."
    yield 1

print(gen_with_docstring.__doc__, list(gen_with_docstring()))
