def printer(prefix):
    while True:
        item = yield
        print(prefix, item)

def filter_co(pred, target):
    while True:
        item = yield
        if pred(item):
            target.send(item)

def mapper(fn, target):
    while True:
        target.send(fn((yield)))

def broadcast(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)

def prime(co):
    next(co)
    return co

evens = prime(filter_co(lambda x: x % 2 == 0, prime(printer("even:"))))
squares = prime(mapper(lambda x: x * x, prime(printer("square:"))))
big = prime(filter_co(lambda x: x > 3, prime(mapper(str, prime(printer("big:"))))))
hub = prime(broadcast([evens, squares, big]))
for n in range(1, 6):
    hub.send(n)

def collector(out):
    while True:
        out.append((yield))

bucket = []
c = prime(collector(bucket))
m = prime(mapper(lambda s: s[::-1], c))
for word in ["stressed", "drawer", "live"]:
    m.send(word)
print(bucket)
