class Event:
    def __init__(self, time, seq, proc):
        self.time = time
        self.seq = seq
        self.proc = proc
    def __lt__(self, other):
        return (self.time, self.seq) < (other.time, other.seq)

class Simulator:
    def __init__(self):
        self.now = 0
        self.queue = []
        self.seq = 0
        self.log = []

    def _push(self, ev):
        q = self.queue
        q.append(ev)
        i = len(q) - 1
        while i and q[i] < q[(i - 1) // 2]:
            q[i], q[(i - 1) // 2] = q[(i - 1) // 2], q[i]
            i = (i - 1) // 2

    def _pop(self):
        q = self.queue
        q[0], q[-1] = q[-1], q[0]
        top = q.pop()
        i = 0
        while True:
            c = 2 * i + 1
            if c >= len(q):
                return top
            if c + 1 < len(q) and q[c + 1] < q[c]:
                c += 1
            if not q[c] < q[i]:
                return top
            q[i], q[c] = q[c], q[i]
            i = c

    def spawn(self, proc, delay=0):
        self.seq += 1
        self._push(Event(self.now + delay, self.seq, proc))

    def run(self, until):
        while self.queue:
            ev = self._pop()
            if ev.time > until:
                break
            self.now = ev.time
            try:
                delay = next(ev.proc)
            except StopIteration as e:
                if e.value is not None:
                    self.log.append((self.now, e.value))
                continue
            self.spawn(ev.proc, delay)

def customer(sim, name, arrive, service, counter):
    yield arrive
    print("t=%d %s arrives" % (sim.now, name))
    while counter["busy"]:
        yield 1
    counter["busy"] = True
    print("t=%d %s starts service" % (sim.now, name))
    yield service
    counter["busy"] = False
    print("t=%d %s leaves" % (sim.now, name))
    return name + " done"

def clock(sim, period):
    while True:
        print("t=%d tick" % sim.now)
        yield period

sim = Simulator()
counter = {"busy": False}
sim.spawn(clock(sim, 5))
for name, arrive, service in [("ann", 1, 4), ("bob", 2, 3), ("cy", 2, 1), ("dee", 12, 2)]:
    sim.spawn(customer(sim, name, arrive, service, counter))
sim.run(until=20)
print(sim.log)
print("pending events", len(sim.queue))
