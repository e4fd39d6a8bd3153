def resilient():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except ValueError as e:
            print("caught inside:", e)
            n = 100

g = resilient()
print(next(g))
print(next(g))
print(g.throw(ValueError("reset")))
print(next(g))
print(g.throw(ValueError("again")))

def handler():
    try:
        yield "first"
    except KeyError as e:
        print("handled KeyError", e)
        yield "recovered"
    yield "last"

h = handler()
print(next(h))
print(h.throw(KeyError("x")))
print(next(h))
try:
    next(h)
except StopIteration:
    print("done")

def throw_returns():
    try:
        yield 1
    except RuntimeError:
        return "returned after throw"

t = throw_returns()
next(t)
try:
    t.throw(RuntimeError("boom"))
except StopIteration as e:
    print("StopIteration value:", e.value)

def converts():
    try:
        yield 1
    except IndexError as e:
        raise LookupError("converted: " + str(e))

c = converts()
next(c)
try:
    c.throw(IndexError("idx"))
except LookupError as e:
    print(type(e).__name__, e)
