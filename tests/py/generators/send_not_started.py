def gen():
    x = yield 1
    print("x =", x)
    yield 2

g = gen()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)
print(g.send(None))
print(g.send("hello"))
try:
    g.send(3)
except StopIteration:
    print("StopIteration after end")
try:
    g.send(4)
except StopIteration:
    print("still StopIteration")

g2 = gen()
try:
    g2.send("not none")
except TypeError as e:
    print(type(e).__name__, "-", e)
print(next(g2))

def finished():
    yield 1

g3 = finished()
list(g3)
try:
    g3.send("x")
except StopIteration as e:
    print("send on exhausted:", type(e).__name__, e.value)
try:
    next(g3)
except StopIteration as e:
    print("next on exhausted:", e.args)
