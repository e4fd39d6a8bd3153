# throw() forwarded through yield from.
def inner():
    try:
        yield "inner 1"
    except ValueError as e:
        print("inner caught", e)
        yield "inner recovered"
    yield "inner 2"
    return "inner result"

def outer():
    try:
        r = yield from inner()
        print("outer got", r)
    except KeyError as e:
        print("outer caught", repr(e))
        yield "outer recovered"
    yield "outer end"

g = outer()
print(next(g))
print(g.throw(ValueError("v")))
print(next(g))
print(next(g))
print(list(g))

g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(list(g))

# Three levels; the innermost handles it and returns.
def leaf():
    try:
        yield "leaf"
    except IndexError:
        return "leaf handled"

def mid():
    r = yield from leaf()
    print("mid got", r)
    return r.upper()

def top():
    r = yield from mid()
    print("top got", r)
    yield "top after"

g = top()
print(next(g))
print(g.throw(IndexError))
print(next(g, "end"))

# Nobody handles it: every level finishes.
g = top()
next(g)
try:
    g.throw(NameError("nobody"))
except NameError as e:
    print("propagated", e)
print(next(g, "top finished"))

# yield from a plain iterator: throw is raised in the delegating generator.
def over_list():
    try:
        yield from [1, 2, 3]
    except ValueError:
        print("delegator caught")
        yield "x"

g = over_list()
print(next(g), g.throw(ValueError), list(g))

# A bad throw() argument fails inside the innermost generator's throw(), so the
# delegating generator sees the TypeError.
def delegator():
    try:
        yield from leaf()
    except TypeError as e:
        print("delegator sees", e)
        yield "recovered"

g = delegator()
next(g)
print(g.throw(42))
