class Tracer:
    def __init__(self):
        self.events = []

    def log(self, msg):
        self.events.append(msg)


class StepError(Exception):
    pass


class Job:
    def __init__(self, name, tracer, fail_step=None):
        self.name = name
        self.t = tracer
        self.fail_step = fail_step

    def step(self, n):
        self.t.log(f"{self.name}: step {n}")
        if n == self.fail_step:
            raise StepError(f"{self.name} failed at step {n}")

    def run(self):
        self.t.log(f"{self.name}: start")
        try:
            for n in range(1, 4):
                self.step(n)
            return "done"
        except StepError as e:
            self.t.log(f"{self.name}: handling {e}")
            return "failed"
        finally:
            self.t.log(f"{self.name}: cleanup")

    def run_unhandled(self):
        try:
            self.step(1)
            self.step(2)
        finally:
            self.t.log(f"{self.name}: finally (unhandled path)")


t = Tracer()
print(Job("A", t).run(), Job("B", t, fail_step=2).run())
try:
    Job("C", t, fail_step=1).run_unhandled()
except StepError as e:
    t.log(f"caller caught: {e}")
print("\n".join(t.events))


def finally_overrides():
    try:
        return "from try"
    finally:
        print("  finally executes before the return completes")


print(finally_overrides())


def finally_return_wins():
    try:
        raise StepError("swallowed")
    finally:
        return "finally return wins"


print(finally_return_wins())


def nested(tr):
    try:
        try:
            tr.log("inner try")
            raise StepError("inner")
        finally:
            tr.log("inner finally")
    except StepError:
        tr.log("outer except")
    else:
        tr.log("outer else")
    finally:
        tr.log("outer finally")


t2 = Tracer()
nested(t2)
print(t2.events)


def loop_with_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out


print(loop_with_finally())
