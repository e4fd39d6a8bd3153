# close() goes through yield from, innermost first.
def leaf(name):
    try:
        yield name + " 1"
        yield name + " 2"
    finally:
        print("leaf", name, "finally")

def mid():
    try:
        yield from leaf("a")
    finally:
        print("mid finally")

def top():
    try:
        yield from mid()
    except GeneratorExit:
        print("top GeneratorExit")
        raise
    finally:
        print("top finally")

g = top()
print(next(g))
g.close()
print(next(g, "closed"))

# The innermost ignores GeneratorExit: its RuntimeError is raised in the next level.
def stubborn():
    try:
        yield "s"
    except GeneratorExit:
        print("stubborn ignores")
    yield "again"

s = stubborn()
def host():
    try:
        yield from s
    except RuntimeError as e:
        print("host caught", e)

g = host()
next(g)
print(g.close())
print(list(s))

# throw(GeneratorExit) into a delegating generator closes the sub-generator first.
def host2():
    try:
        yield from leaf("b")
    except GeneratorExit:
        print("host2 got GeneratorExit")
        yield "host2 yields anyway"

g = host2()
next(g)
print(g.throw(GeneratorExit))
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# The sub-generator raising while closing: that error reaches the outer level.
def breaks():
    try:
        yield 1
    finally:
        raise KeyError("in finally")

def host3():
    try:
        yield from breaks()
    except KeyError as e:
        print("host3 caught", repr(e))
        raise

g = host3()
next(g)
try:
    g.close()
except KeyError as e:
    print("close raised", repr(e))
