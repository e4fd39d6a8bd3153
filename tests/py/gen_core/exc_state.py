# The exception being handled, as seen inside and outside generators.
import sys

def show(where):
    t, v, _ = sys.exc_info()
    print(where, t.__name__ if t else None, v)

def yields_in_except():
    try:
        raise KeyError("gen's")
    except KeyError:
        show("gen before yield:")
        yield 1
        show("gen after resume:")
        yield 2
    show("gen after except:")
    yield 3

g = yields_in_except()
next(g)
show("caller after first yield:")
try:
    raise ValueError("caller's")
except ValueError:
    next(g)
    show("caller in its except:")
next(g)
show("caller at end:")

# A fresh generator sees the caller's handled exception.
def peek():
    show("fresh gen:")
    yield

try:
    raise IndexError("outer")
except IndexError:
    next(peek())

# Bare raise inside the generator's except block, after resumption.
def reraiser():
    try:
        raise NameError("original")
    except NameError:
        yield "in handler"
        raise

r = reraiser()
print(next(r))
try:
    raise OSError("unrelated")
except OSError:
    try:
        next(r)
    except NameError as e:
        print("re-raised:", e, "context:", repr(e.__context__))

# Context chaining uses the generator's own state.
def chains():
    try:
        raise KeyError("first")
    except KeyError:
        yield
        raise ValueError("second")

c = chains()
next(c)
try:
    next(c)
except ValueError as e:
    print("context:", repr(e.__context__))

# An exception raised in a fresh generator chains to the caller's handled one.
def raiser():
    raise TypeError("inner")
    yield

try:
    raise ZeroDivisionError("handled")
except ZeroDivisionError:
    try:
        next(raiser())
    except TypeError as e:
        print("fresh context:", repr(e.__context__))

# No active exception: bare raise in a generator.
def bare():
    raise
    yield

try:
    next(bare())
except RuntimeError as e:
    print("RuntimeError:", e)

# A thrown exception gets no context from the thrower's handled exception.
def waiter():
    try:
        yield
    except KeyError as e:
        print("thrown context:", repr(e.__context__))
        yield "ok"

w = waiter()
next(w)
try:
    raise ValueError("thrower's")
except ValueError:
    print(w.throw(KeyError("k")))
show("final:")
