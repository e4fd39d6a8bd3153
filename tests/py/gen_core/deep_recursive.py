# Deep recursive yield from: no C recursion, bounded only by the recursion limit.
def walk(n):
    if n:
        yield from walk(n - 1)
    yield n

total = 0
count = 0
for v in walk(900):
    total += v
    count += 1
print(count, total)

# A binary tree as nested tuples, 900 levels deep on one side.
def build(depth):
    t = None
    for i in range(depth):
        t = (t, i, None)
    return t

def inorder(t):
    if t is None:
        return
    left, value, right = t
    yield from inorder(left)
    yield value
    yield from inorder(right)

vals = list(inorder(build(900)))
print(len(vals), vals[:3], vals[-3:])

# Recursive flatten of nested lists.
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x

nested = [1, [2, [3, [4, [5]]], 6], [[7]]]
print(list(flatten(nested)))
deep = 0
for i in range(800):
    deep = [deep, i]
print(sum(flatten(deep)))

# send() through a deep chain.
def relay(n):
    if n == 0:
        got = []
        while True:
            x = yield len(got)
            if x is None:
                return got
            got.append(x)
    return (yield from relay(n - 1))

r = relay(500)
print(next(r), r.send("a"), r.send("b"))
try:
    r.send(None)
except StopIteration as e:
    print("relay returned", e.value)

# throw() into the deep chain: the innermost handles it.
def thrower(n):
    if n == 0:
        try:
            yield "bottom"
        except ValueError as e:
            yield "bottom caught " + str(e)
        return "bottom done"
    return (yield from thrower(n - 1))

t = thrower(600)
print(next(t))
print(t.throw(ValueError("deep")))
try:
    next(t)
except StopIteration as e:
    print(e.value)

# close() of a deep chain runs every finally, innermost first.
log = []
def closer(n):
    try:
        if n:
            yield from closer(n - 1)
        else:
            yield "c"
    finally:
        log.append(n)

c = closer(150)
next(c)
c.close()
print(len(log), log[:3], log[-2:])
