class InvalidTransition(Exception):
    pass


class State:
    def __init__(self, name, terminal=False):
        self.name = name
        self.terminal = terminal
        self.transitions = {}

    def on(self, event, target):
        self.transitions[event] = target
        return self

    def __repr__(self):
        return f"State({self.name})"


class Machine:
    def __init__(self, start):
        self.state = start
        self.trail = [start.name]
        self.listeners = []

    def subscribe(self, fn):
        self.listeners.append(fn)

    def fire(self, event):
        if self.state.terminal:
            raise InvalidTransition(f"{self.state.name} is terminal")
        target = self.state.transitions.get(event)
        if target is None:
            raise InvalidTransition(f"no transition from {self.state.name} on {event!r}")
        old = self.state
        self.state = target
        self.trail.append(target.name)
        for fn in self.listeners:
            fn(old, event, target)
        return self


draft = State("draft")
review = State("review")
published = State("published")
archived = State("archived", terminal=True)
draft.on("submit", review)
review.on("approve", published).on("reject", draft)
published.on("archive", archived).on("edit", draft)


class Audit:
    def __init__(self):
        self.entries = []

    def record(self, old, event, new):
        self.entries.append(f"{old.name} --{event}--> {new.name}")


audit = Audit()
m = Machine(draft)
m.subscribe(audit.record)
m.subscribe(lambda o, e, n: print(f"  event {e}: now {n.name}"))
for ev in ["submit", "reject", "submit", "approve", "publish", "edit", "submit", "approve", "archive", "edit"]:
    try:
        m.fire(ev)
    except InvalidTransition as e:
        print("InvalidTransition:", e)
print(m.trail)
print("\n".join(audit.entries))
print(m.state, m.state.terminal, len(audit.entries))


class TrafficLight:
    cycle = {"green": "yellow", "yellow": "red", "red": "green"}
    durations = {"green": 30, "yellow": 5, "red": 20}

    def __init__(self):
        self.color = "red"
        self.elapsed = 0

    def tick(self, seconds):
        self.elapsed += seconds
        while self.elapsed >= self.durations[self.color]:
            self.elapsed -= self.durations[self.color]
            self.color = self.cycle[self.color]
        return self.color


light = TrafficLight()
print([light.tick(s) for s in [10, 10, 10, 25, 5, 1, 100]])
