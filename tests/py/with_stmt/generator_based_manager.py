class GeneratorManager:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(exc)
        except StopIteration:
            return True
        except BaseException as e:
            if e is exc:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw")

def manager(func):
    def helper(*args, **kwargs):
        return GeneratorManager(func(*args, **kwargs))
    return helper

@manager
def tag(name):
    print("<%s>" % name)
    yield name
    print("</%s>" % name)

with tag("html"):
    with tag("body") as t:
        print("  inside", t)

@manager
def ignoring(exc_class):
    try:
        yield
    except exc_class as e:
        print("ignored", type(e).__name__, e)

with ignoring(ZeroDivisionError):
    print(1 / 0)
print("after ignoring")

try:
    with ignoring(KeyError):
        raise ValueError("not ignored")
except ValueError as e:
    print("propagated", e)

@manager
def cleanup(label):
    try:
        yield label.upper()
    finally:
        print("cleanup", label)

with cleanup("a") as x:
    print("got", x)
try:
    with cleanup("b") as x:
        raise IndexError("boom")
except IndexError as e:
    print("caught", e)
