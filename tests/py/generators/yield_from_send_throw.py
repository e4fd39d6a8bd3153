def inner():
    total = 0
    while True:
        try:
            x = yield total
        except ValueError as e:
            print("inner caught", e)
            x = 0
        if x is None:
            return total
        total += x

def outer():
    result = yield from inner()
    print("inner finished with", result)
    yield "outer after inner"
    return result * 2

g = outer()
print(next(g))
print(g.send(5))
print(g.send(7))
print(g.throw(ValueError("bad value")))
print(g.send(1))
print(g.send(None))
try:
    next(g)
except StopIteration as e:
    print("outer returned", e.value)

def inner_no_catch():
    yield 1
    yield 2

def outer_catches():
    try:
        yield from inner_no_catch()
    except KeyError as e:
        print("outer caught", repr(e))
        yield "recovered"

h = outer_catches()
print(next(h))
print(h.throw(KeyError("k")))
try:
    next(h)
except StopIteration:
    print("h done")

def relay():
    yield from echo()

def echo():
    got = None
    while True:
        got = yield "echo:" + str(got)

r = relay()
print(next(r))
print(r.send("a"))
print(r.send(3))
print(next(r))
