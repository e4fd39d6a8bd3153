# `return value` in a generator: StopIteration(value) and its .value.
def ret(v):
    yield "first"
    return v

for v in [None, 0, 5, "s", (1, 2), [3], ValueError("inner")]:
    g = ret(v)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(repr(v), "->", e.args, repr(e.value), repr(e))

g = ret(9)
print(next(g), next(g, "dflt"))

def immediate():
    return 3
    yield

try:
    next(immediate())
except StopIteration as e:
    print("immediate", e.value)

g = ret(4)
next(g)
try:
    g.send("x")
except StopIteration as e:
    print("send ->", e.value)

# for loops ignore the return value.
for x in ret(7):
    print("loop", x)
print(list(ret(8)))

def early(n):
    for i in range(10):
        if i == n:
            return i * 100
        yield i

g = early(2)
print(list(g))
g = early(1)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("early", e.value)
