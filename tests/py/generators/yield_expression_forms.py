def tuples():
    yield 1, 2
    yield (3, 4)
    yield
    yield None
    yield [5], {"k": 6}

print(list(tuples()))

def yield_in_expressions():
    a = (yield "first") or "default"
    print("a =", a)
    b = [(yield "second"), (yield "third")]
    print("b =", b)
    c = 10 + ((yield "fourth") or 0)
    print("c =", c)
    print("arg:", (yield "fifth"))

g = yield_in_expressions()
print(next(g))
print(g.send(None))
print(g.send("x"))
print(g.send("y"))
print(g.send(5))
try:
    g.send("last")
except StopIteration:
    print("done")

def yield_as_statement_value():
    results = []
    for i in range(3):
        results.append((yield i * i))
    return results

g = yield_as_statement_value()
next(g)
g.send("r0")
g.send("r1")
try:
    g.send("r2")
except StopIteration as e:
    print("collected", e.value)

def conditional_yield(flag):
    x = yield "a" if flag else "b"
    yield x

g = conditional_yield(False)
print(next(g), g.send("z"))

def yield_lambda_result():
    f = lambda v: v * 3
    yield f(2)
    yield (lambda: "called")()

print(list(yield_lambda_result()))

def nested_yield_from_expr():
    r = yield from (v for v in [1, 2])
    yield ("result", r)

print(list(nested_yield_from_expr()))
