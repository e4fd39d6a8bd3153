# send() passes through `yield from` to the innermost generator.
def inner(tag):
    total = 0
    while True:
        x = yield "%s:%d" % (tag, total)
        if x is None:
            return total
        total += x

def middle():
    a = yield from inner("A")
    print("A returned", a)
    b = yield from inner("B")
    print("B returned", b)
    return a + b

def outer():
    r = yield from middle()
    print("middle returned", r)
    yield "outer end"

g = outer()
print(next(g))
print(g.send(1))
print(g.send(2))
print(g.send(None))
print(g.send(5))
print(g.send(None))
try:
    next(g)
except StopIteration:
    print("stopped")

# Sending into a yield-from over a plain iterator fails like CPython.
def over_list():
    yield from [1, 2, 3]

g = over_list()
print(next(g))
try:
    g.send("x")
except AttributeError as e:
    print("AttributeError:", e)
print(next(g, "after error"))

def over_list2():
    yield from [1, 2]

g = over_list2()
print(next(g), g.send(None), next(g, "end"))
