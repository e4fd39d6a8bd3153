def worker(name, steps):
    for i in range(steps):
        print("%s step %d" % (name, i))
        yield
    print("%s finished" % name)

def scheduler(tasks):
    queue = list(tasks)
    ticks = 0
    while queue:
        task = queue.pop(0)
        try:
            next(task)
        except StopIteration:
            continue
        ticks += 1
        queue.append(task)
    return ticks

print("ticks", scheduler([worker("A", 3), worker("B", 1), worker("C", 2)]))

def countdown(label, n):
    while n > 0:
        yield "%s:%d" % (label, n)
        n -= 1

def interleave(*gens):
    active = list(gens)
    while active:
        still = []
        for g in active:
            try:
                yield next(g)
                still.append(g)
            except StopIteration:
                pass
        active = still

print(list(interleave(countdown("x", 3), countdown("y", 1), countdown("z", 2))))

def pinger(other_log, n):
    for i in range(n):
        msg = yield "ping %d" % i
        other_log.append(msg)

log = []
p = pinger(log, 3)
reply = next(p)
while True:
    print(reply)
    try:
        reply = p.send("pong for " + reply)
    except StopIteration:
        break
print(log)
