def guarded(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("finally of guarded")

for v in guarded(3):
    print("got", v)
print("loop done")

def with_except(values):
    for v in values:
        try:
            yield 10 // v
        except ZeroDivisionError:
            yield "div by zero"

print(list(with_except([5, 0, 2])))

def try_around_yield():
    try:
        yield "a"
        yield "b"
    except ValueError:
        print("never")
    else:
        print("else branch")
        yield "c"
    finally:
        print("cleanup")
    yield "d"

print(list(try_around_yield()))

def raising():
    yield 1
    raise KeyError("k")

g = raising()
print(next(g))
try:
    next(g)
except KeyError as e:
    print("KeyError from generator:", e)
try:
    next(g)
except StopIteration:
    print("exhausted after raising")

def finally_returns_value():
    try:
        yield 1
        return "from try"
    finally:
        print("finally before return value")

g = finally_returns_value()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value)

def break_early():
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("closed early")

b = break_early()
for x in b:
    print(x)
    if x == 2:
        break
print("after break")
b.close()
print("after explicit close")
