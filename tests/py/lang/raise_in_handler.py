# exceptions raised inside handlers, else and finally
def f():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
try:
    f()
except TypeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
def g():
    try:
        raise ValueError("a")
    except ValueError as e:
        raise
    except Exception:
        print("sibling handler not used")
try:
    g()
except ValueError as e:
    print("propagated", e)
def h():
    try:
        1 / 0
    except ZeroDivisionError:
        undefined_in_handler
try:
    h()
except NameError as e:
    print("NameError:", e)
    print(type(e.__context__).__name__)
def k():
    try:
        return 1
    finally:
        raise RuntimeError("from finally")
try:
    k()
except RuntimeError as e:
    print(e)
try:
    try:
        raise KeyError("x")
    except KeyError:
        raise KeyError("y")
except KeyError as e:
    print(repr(e), repr(e.__context__))
