class DeepError(Exception):
    pass


depth_log = []


class Frame:
    def __init__(self, name):
        self.name = name

    def enter(self):
        depth_log.append(f"enter {self.name}")

    def leave(self):
        depth_log.append(f"leave {self.name}")


def level(n, fail_at):
    f = Frame(f"level{n}")
    f.enter()
    try:
        if n == fail_at:
            raise DeepError(f"failure at level {n}")
        return level(n + 1, fail_at) + 1
    finally:
        f.leave()


def catch_at(n, fail_at, catch_level):
    try:
        return level(n, fail_at)
    except DeepError as e:
        depth_log.append(f"caught: {e}")
        return -1


print(catch_at(0, 3, 0))
print("\n".join(depth_log))
depth_log.clear()


class Pipeline:
    def __init__(self, stages):
        self.stages = stages

    def run(self, value):
        for i, stage in enumerate(self.stages):
            try:
                value = stage(value)
            except ZeroDivisionError as e:
                raise DeepError(f"stage {i} divided by zero") from e
            finally:
                print(f"  stage {i} finished")
        return value


p = Pipeline([lambda v: v + 1, lambda v: 10 // (v - 3), lambda v: v * 2])
print(p.run(5))
try:
    p.run(2)
except DeepError as e:
    print("DeepError:", e, "| cause:", type(e.__cause__).__name__)


def outer():
    try:
        middle()
    except KeyError:
        print("  outer: KeyError is not what was raised")
    finally:
        print("  outer: finally")


def middle():
    try:
        inner()
    finally:
        print("  middle: finally")


def inner():
    try:
        raise DeepError("from inner")
    except ValueError:
        print("  inner: wrong handler")
    finally:
        print("  inner: finally")


try:
    outer()
except DeepError as e:
    print("top level caught:", repr(e))
