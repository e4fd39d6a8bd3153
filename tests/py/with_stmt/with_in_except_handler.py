class Note:
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        print("enter", self.label)
        return self
    def __exit__(self, t, e, tb):
        print("exit", self.label, t.__name__ if t else None)
        return False

try:
    try:
        raise KeyError("first")
    except KeyError:
        with Note("in handler"):
            raise ValueError("second")
except ValueError as e:
    print("caught", e, "context", repr(e.__context__))

try:
    with Note("outer"):
        try:
            raise IndexError("inner problem")
        finally:
            print("finally inside with")
except IndexError as e:
    print("caught", e)

def risky():
    with Note("risky"):
        try:
            return int("x")
        except ValueError as e:
            raise TypeError("wrapped") from e

try:
    risky()
except TypeError as e:
    print("caught", e, "cause", type(e.__cause__).__name__)

class Translate:
    def __enter__(self):
        return self
    def __exit__(self, t, e, tb):
        if t is ZeroDivisionError:
            raise ArithmeticError("translated") from e
        return False

try:
    with Translate():
        1 // 0
except ArithmeticError as e:
    print(type(e).__name__, e, "cause:", e.__cause__, "suppress_context:", e.__suppress_context__)
