class CleanupError(Exception):
    pass


class ProcessError(Exception):
    pass


def process(item):
    try:
        if item == "bad":
            raise ProcessError(f"cannot process {item}")
        return item.upper()
    except ProcessError:
        raise CleanupError("cleanup failed while handling error")


for item in ["ok", "bad"]:
    try:
        print(process(item))
    except CleanupError as e:
        print("caught:", e)
        print("  context:", repr(e.__context__))
        print("  cause:", e.__cause__, "suppress:", e.__suppress_context__)

try:
    try:
        raise KeyError("first")
    finally:
        print("finally runs, then the exception continues")
except KeyError as e:
    print("outer got", repr(e), e.__context__)

try:
    try:
        raise ValueError("one")
    except ValueError:
        try:
            raise TypeError("two")
        except TypeError:
            raise ProcessError("three")
except ProcessError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(" -> ".join(chain))


def handler():
    try:
        raise ProcessError("original")
    except ProcessError as e:
        saved = e
    try:
        raise CleanupError("later, outside the except block")
    except CleanupError as e2:
        return saved, e2


first, second = handler()
print(repr(first), repr(second), second.__context__)

try:
    try:
        raise ProcessError("a")
    except ProcessError as e:
        raise e
except ProcessError as e:
    print("re-raised same object, context:", e.__context__)

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        err = ProcessError("wrapped")
        err.__context__ = None
        raise err
except ProcessError as e:
    print("context set again by raise:", type(e.__context__).__name__)
