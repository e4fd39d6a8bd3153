# g.throw(type), throw(instance), throw(type, value) and their errors.
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", repr(e), e.args)
        except KeyError as e:
            print("caught key", repr(e))
            yield "after key"

g = catcher()
print(next(g))
print(g.throw(ValueError))
print(g.throw(ValueError("inst")))
print(g.throw(ValueError, "val"))
print(g.throw(ValueError, ("a", "b")))
print(g.throw(ValueError, None))
print(g.throw(ValueError, ValueError("same")))
print(g.throw(ValueError, KeyError("wrapped")))
print(g.throw(KeyError, "k"))
print(next(g))

for args in [(), (1,), ("x",), (ValueError(), 1), (ValueError, 1, 2), (1, 2, 3, 4)]:
    try:
        g.throw(*args)
    except TypeError as e:
        print("TypeError:", e)
print(next(g))

def not_caught():
    yield 1
    print("never")

g = not_caught()
next(g)
try:
    g.throw(IndexError("boom"))
except IndexError as e:
    print("propagated", e)
print(next(g, "finished"))

# throw into a finished generator re-raises it.
try:
    g.throw(KeyError("late"))
except KeyError as e:
    print("finished raises", repr(e))

# throw into an unstarted generator: raised at once, body never runs.
def unstarted():
    print("body")
    yield 1

u = unstarted()
try:
    u.throw(RuntimeError, "early")
except RuntimeError as e:
    print("unstarted", e)
print(list(u))

# throw returning the next yielded value; StopIteration when the generator returns.
def handles():
    try:
        yield 1
    except ZeroDivisionError:
        return "handled"

h = handles()
next(h)
try:
    h.throw(ZeroDivisionError)
except StopIteration as e:
    print("StopIteration", e.value)

def keyword_err():
    yield 1
k = keyword_err()
try:
    k.throw(ValueError, tb=None)
except TypeError as e:
    print("TypeError:", e)
