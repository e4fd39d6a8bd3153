def accumulator():
    total = 0
    count = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
        count += 1
    return (total, count)

acc = accumulator()
print("primed", next(acc))
for v in [5, 10, -3, 8]:
    print("running total", acc.send(v))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)

def averager():
    total = 0.0
    n = 0
    avg = None
    while True:
        x = yield avg
        total += x
        n += 1
        avg = total / n

a = averager()
a.send(None)
for x in [10, 20, 30, 45]:
    print("avg", a.send(x))

def echo():
    received = []
    while True:
        item = yield len(received)
        received.append(item)
        if item == "stop":
            return received

e = echo()
print(next(e))
print(e.send("a"))
print(e.send("b"))
try:
    e.send("stop")
except StopIteration as ex:
    print("echo returned", ex.value)

def next_is_send_none():
    while True:
        got = yield
        print("received", got)

g = next_is_send_none()
next(g)
next(g)
g.send(7)
g.send(None)
