class BrokenExit:
    def __init__(self, msg):
        self.msg = msg
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        raise RuntimeError(self.msg)

try:
    with BrokenExit("exit failed on clean body"):
        print("body ran")
except RuntimeError as e:
    print("caught", e, "context:", e.__context__)

try:
    with BrokenExit("exit failed during error"):
        raise ValueError("original")
except RuntimeError as e:
    print("caught", e)
    print("context:", type(e.__context__).__name__, e.__context__)
except ValueError:
    print("not this one")

class BrokenEnter:
    def __enter__(self):
        raise KeyError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")

try:
    with BrokenEnter():
        print("body should not run")
except KeyError as e:
    print("caught", repr(e))

class Logger:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, e, tb):
        print("exit", self.name, t.__name__ if t else None)

try:
    with Logger("outer"), BrokenEnter(), Logger("never"):
        pass
except KeyError:
    print("second manager failed to enter")

try:
    with Logger("a"), BrokenExit("inner exit broke"):
        pass
except RuntimeError as e:
    print("outer exit saw the RuntimeError; caught", e)

class NoExit:
    def __enter__(self):
        return 1

try:
    with NoExit():
        pass
except AttributeError as e:
    print("AttributeError:", e)
except TypeError as e:
    print("TypeError:", e)

class NoEnter:
    def __exit__(self, *a):
        pass

try:
    with NoEnter():
        pass
except AttributeError as e:
    print("AttributeError:", e)
except TypeError as e:
    print("TypeError:", e)
