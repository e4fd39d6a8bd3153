class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("acquire", self.name)
        return self
    def __exit__(self, t, e, tb):
        print("release", self.name, "exception:", t.__name__ if t else None)
        return False

def reader(name, n):
    with Res(name):
        for i in range(n):
            yield "%s-%d" % (name, i)
    print("reader", name, "finished normally")

print(list(reader("full", 2)))

g = reader("partial", 5)
print(next(g))
print(next(g))
g.close()
print("closed partial")

g = reader("thrown", 3)
print(next(g))
try:
    g.throw(ValueError("stop reading"))
except ValueError as e:
    print("ValueError propagated:", e)

class Swallow:
    def __enter__(self):
        return self
    def __exit__(self, t, e, tb):
        print("swallow sees", t.__name__ if t else None)
        return t is KeyError

def resilient():
    for i in range(3):
        with Swallow():
            yield i
    yield "end"

g = resilient()
print(next(g))
print(g.throw(KeyError("k")))
print(list(g))

def manager_around_yield_from():
    with Res("delegating"):
        yield from range(2)
    yield "after"

print(list(manager_around_yield_from()))
