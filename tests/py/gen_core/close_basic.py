# close(): GeneratorExit at the suspension point.
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")

g = with_finally()
print(next(g))
print(g.close())
print(g.close())
print(next(g, "closed"))

# Closing an unstarted generator runs nothing.
g = with_finally()
g.close()
print(list(g))

# Closing a finished generator is a no-op.
g = with_finally()
print(list(g))
g.close()

def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise

g = catches_exit()
next(g)
g.close()

def ignores():
    try:
        yield "x"
    except GeneratorExit:
        print("ignoring")
    yield "y"

g = ignores()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(g))

def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "value is dropped"

g = returns_on_exit()
next(g)
print(g.close())

def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("from close")

g = raises_other()
next(g)
try:
    g.close()
except ValueError as e:
    print("ValueError:", e, type(e.__context__).__name__)

def stops():
    try:
        yield 1
    except GeneratorExit:
        raise StopIteration

g = stops()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# throw(GeneratorExit) behaves like any exception for the caller.
g = with_finally()
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit propagated")

for bad in [(1,), ()]:
    g = with_finally()
    try:
        g.close(*bad)
    except TypeError as e:
        print("TypeError:", e)
