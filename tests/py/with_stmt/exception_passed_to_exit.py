class Reporter:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print(self.name, "clean exit")
        else:
            print(self.name, "saw", exc_type.__name__, "-", str(exc))
            print("  isinstance:", isinstance(exc, exc_type))
        return False

for exc in [ValueError("bad value"), KeyError("missing"), ZeroDivisionError("zero"), TypeError()]:
    try:
        with Reporter("r"):
            raise exc
    except Exception as e:
        print("propagated", type(e).__name__, repr(str(e)))

try:
    with Reporter("div"):
        x = 1 / 0
except ZeroDivisionError as e:
    print("caught", e)

try:
    with Reporter("index"):
        [][3]
except IndexError as e:
    print("caught", e)

with Reporter("ok"):
    pass

class MyError(Exception):
    pass

try:
    with Reporter("custom"):
        raise MyError("custom message", 2)
except MyError as e:
    print("caught custom", e.args)
