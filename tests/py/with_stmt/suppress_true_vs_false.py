class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            print("suppressing", exc_type.__name__)
            return True
        return False

with Suppress(KeyError):
    print("before")
    {}["x"]
    print("not reached")
print("after suppressed KeyError")

with Suppress(LookupError):
    [1][5]
print("IndexError suppressed via LookupError")

try:
    with Suppress(KeyError):
        int("zz")
except ValueError as e:
    print("not suppressed:", e)

class ReturnsNone:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        print("exit returns None")

try:
    with ReturnsNone():
        raise RuntimeError("still raised")
except RuntimeError as e:
    print("caught", e)

class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return "yes"

with Truthy():
    raise ValueError("hidden")
print("truthy string suppresses")

class Falsy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return 0

try:
    with Falsy():
        raise ValueError("visible")
except ValueError as e:
    print("zero does not suppress:", e)

def f():
    with Suppress(ZeroDivisionError):
        return 1 / 0
    return "fell through after suppression"

print(f())

count = 0
for i in range(5):
    with Suppress(ValueError):
        if i % 2:
            raise ValueError(i)
        count += 1
print("count", count)
