def simple():
    print("simple start")
    yield 1
    print("never printed")
    yield 2

g = simple()
print(next(g))
try:
    g.throw(ValueError("outside"))
except ValueError as e:
    print("propagated:", e)
try:
    next(g)
except StopIteration:
    print("generator is finished after uncaught throw")

g = simple()
try:
    g.throw(KeyError("before start"))
except KeyError as e:
    print("thrown before start:", e)
try:
    next(g)
except StopIteration:
    print("also finished")

def with_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("finally ran on throw")

f = with_finally()
print(next(f))
try:
    f.throw(TypeError("tt"))
except TypeError as e:
    print("caught outside:", e)

def wrong_handler():
    try:
        yield 1
    except KeyError:
        print("wrong handler")
    yield 2

w = wrong_handler()
next(w)
try:
    w.throw(ZeroDivisionError("zd"))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

w = wrong_handler()
next(w)
try:
    w.throw(ZeroDivisionError)
except ZeroDivisionError as e:
    print("class thrown, args", e.args)
