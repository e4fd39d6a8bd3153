def inner(tag):
    yield tag + "1"
    yield tag + "2"
    return tag.upper()

def outer():
    r1 = yield from inner("a")
    print("inner a returned", r1)
    r2 = yield from inner("b")
    print("inner b returned", r2)
    yield r1 + r2
    return "outer done"

g = outer()
for v in g:
    print("value", v)

def get_result(g):
    while True:
        try:
            next(g)
        except StopIteration as e:
            return e.value

print(get_result(outer()))

def from_iterables():
    yield from [1, 2, 3]
    yield from range(4, 7)
    yield from "xy"
    yield from (i * i for i in range(3))
    yield from {"k": 1}
    yield from ()

print(list(from_iterables()))

def from_list_returns():
    r = yield from [10, 20]
    print("yield from list gives", r)

print(list(from_list_returns()))

def depth(n):
    if n == 0:
        yield "bottom"
        return 0
    yield "level %d" % n
    below = yield from depth(n - 1)
    return below + 1

g = depth(3)
print(list(g))
print(get_result(depth(5)))
