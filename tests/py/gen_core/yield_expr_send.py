# `x = yield v` and send().
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received

g = echo()
print(g.send(None))
print(g.send("a"))
print(g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

def accum():
    total = 0
    while True:
        v = yield total
        total += v

acc = accum()
next(acc)
for n in [1, 2, 3, 10]:
    print("total", acc.send(n))

fresh = accum()
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError:", e)
print(fresh.send(None))

def yield_in_expr():
    a = (yield 1) + (yield 2)
    print("sum", a)
    c = (yield) or "empty"
    print("c", c)
    yield a

y = yield_in_expr()
print(next(y), y.send(10), y.send(20))
print(y.send(None))
try:
    y.send(1)
except StopIteration:
    print("done")
try:
    y.send(1)
except StopIteration as e:
    print("still done", e.args)

def printer():
    while True:
        print("got", (yield))

p = printer()
next(p)
p.send(1)
p.send([1, 2])
p.send(None)
