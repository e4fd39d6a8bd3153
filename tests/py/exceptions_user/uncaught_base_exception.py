class Shutdown(BaseException):
    pass


class Worker:
    def __init__(self):
        self.done = []

    def handle(self, job):
        if job == "stop":
            raise Shutdown("shutdown requested")
        if job == "bad":
            raise ValueError("bad job")
        self.done.append(job)


w = Worker()
for job in ["a", "bad", "b"]:
    try:
        w.handle(job)
    except Exception as e:
        print("recovered from", repr(e))
print(w.done)
try:
    w.handle("stop")
except Exception:
    print("not reached: Shutdown is not an Exception")
except BaseException as e:
    print("caught at BaseException level:", repr(e))
print(issubclass(Shutdown, Exception), issubclass(Shutdown, BaseException))
for job in ["c", "stop", "d"]:
    try:
        w.handle(job)
    except Exception as e:
        print("recovered from", repr(e))
    finally:
        print("finally after", job)
print("unreachable", w.done)
