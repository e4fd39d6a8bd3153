# A running generator cannot be resumed.
def selfish():
    yield next(me)

me = selfish()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
print(next(me, "finished"))

def sender():
    x = yield 1
    gen.send(x)
    yield 2

gen = sender()
next(gen)
try:
    gen.send("v")
except ValueError as e:
    print("ValueError:", e)

def closer():
    yield c.close()

c = closer()
try:
    next(c)
except ValueError as e:
    print("ValueError:", e)

def thrower():
    yield t.throw(KeyError)

t = thrower()
try:
    next(t)
except ValueError as e:
    print("ValueError:", e)

def loops_on_itself():
    for x in itself:
        yield x

itself = loops_on_itself()
try:
    list(itself)
except ValueError as e:
    print("ValueError:", e)

def delegates_to_itself():
    yield from d

d = delegates_to_itself()
try:
    next(d)
except ValueError as e:
    print("ValueError:", e)

# Generator expressions likewise.
ge = (next(ge) for _ in [1])
try:
    next(ge)
except ValueError as e:
    print("genexpr ValueError:", e)
