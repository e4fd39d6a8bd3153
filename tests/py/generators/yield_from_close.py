def inner(log):
    try:
        yield "i1"
        yield "i2"
    finally:
        log.append("inner finally")

def middle(log):
    try:
        yield from inner(log)
        yield "m1"
    finally:
        log.append("middle finally")

def outer(log):
    try:
        yield from middle(log)
    except GeneratorExit:
        log.append("outer saw GeneratorExit")
        raise
    finally:
        log.append("outer finally")

log = []
g = outer(log)
print(next(g))
g.close()
print(log)

log = []
g = outer(log)
print(list(g))
print(log)

def inner_catch():
    try:
        yield 1
    except GeneratorExit:
        print("inner catches GeneratorExit and re-raises")
        raise

def delegator():
    yield from inner_catch()
    print("never printed")

d = delegator()
next(d)
d.close()
print("closed delegator")

def sub_throw_target():
    try:
        yield "s"
    except ZeroDivisionError:
        print("sub handled ZeroDivisionError")
        yield "s-after"

def host():
    v = yield from sub_throw_target()
    print("host resumed with", v)

h = host()
print(next(h))
print(h.throw(ZeroDivisionError))
try:
    next(h)
except StopIteration:
    print("host finished")
