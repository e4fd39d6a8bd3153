# PEP 479: a StopIteration escaping a generator becomes RuntimeError.
def explicit():
    yield 1
    raise StopIteration("explicit")

g = explicit()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause", repr(e.__cause__), "context", repr(e.__context__))
    print("suppress", e.__suppress_context__)
print(next(g, "finished after error"))

def from_next():
    it = iter([])
    yield next(it)

try:
    list(from_next())
except RuntimeError as e:
    print("from next():", e, repr(e.__cause__))

# Caught inside the generator: fine.
def caught():
    try:
        next(iter([]))
    except StopIteration:
        yield "caught inside"

print(list(caught()))

# In a for loop over the generator the RuntimeError propagates.
def in_loop():
    yield 1
    raise StopIteration

try:
    for x in in_loop():
        print("loop", x)
except RuntimeError as e:
    print("loop:", e)

# Genexpr bodies too.
def stopper(x):
    raise StopIteration(x)

try:
    print(list(stopper(x) for x in [1]))
except RuntimeError as e:
    print("genexpr:", e, e.__cause__.args)

# throw(StopIteration) into a generator is converted as well.
def waiting():
    yield 1

w = waiting()
next(w)
try:
    w.throw(StopIteration(7))
except RuntimeError as e:
    print("thrown:", e, e.__cause__.value)

# Through yield from: the sub-generator's StopIteration is converted there.
def sub():
    yield "s"
    raise StopIteration("sub")

def delegate():
    try:
        yield from sub()
    except RuntimeError as e:
        print("delegate caught", e)
        yield "d"

print(list(delegate()))

# return inside a generator is not an error.
def returns():
    yield 1
    return 2

print(list(returns()))
