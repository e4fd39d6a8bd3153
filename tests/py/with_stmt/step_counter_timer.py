class Clock:
    def __init__(self):
        self.now = 0
    def tick(self, n=1):
        self.now += n

clock = Clock()

class Timer:
    def __init__(self, label, clock):
        self.label = label
        self.clock = clock
        self.elapsed = None
    def __enter__(self):
        self.start = self.clock.now
        return self
    def __exit__(self, *exc):
        self.elapsed = self.clock.now - self.start
        print("[%s] %d steps" % (self.label, self.elapsed))
        return False

def work(n):
    total = 0
    for i in range(n):
        total += i
        clock.tick()
    return total

with Timer("small", clock) as t1:
    work(10)
with Timer("big", clock) as t2:
    work(250)
    with Timer("inner", clock) as t3:
        work(5)
print(t1.elapsed, t2.elapsed, t3.elapsed, clock.now)

class Budget:
    def __init__(self, limit):
        self.limit = limit
        self.used = 0
    def __enter__(self):
        return self
    def spend(self, n):
        self.used += n
        if self.used > self.limit:
            raise OverflowError("budget %d exceeded: %d" % (self.limit, self.used))
    def __exit__(self, t, e, tb):
        print("budget used", self.used, "of", self.limit)
        if t is OverflowError:
            print("overrun handled:", e)
            return True

with Budget(10) as b:
    for cost in [3, 4, 2]:
        b.spend(cost)
with Budget(10) as b:
    for cost in [3, 4, 5, 6]:
        b.spend(cost)
        print("spent", cost)
print("done")
