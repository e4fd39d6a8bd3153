# re-raising with bare raise
def inner():
    raise ValueError("original")
def middle():
    try:
        inner()
    except ValueError:
        print("middle saw it")
        raise
try:
    middle()
except ValueError as e:
    print("outer got", e)
try:
    try:
        raise KeyError("k")
    except KeyError as e:
        err = e
        raise
except KeyError as e2:
    print(e2 is err)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def reraise_other():
    try:
        1 / 0
    except ZeroDivisionError as e:
        try:
            raise ValueError("second")
        except ValueError:
            pass
        raise
try:
    reraise_other()
except ZeroDivisionError as e:
    print("restored", type(e).__name__, e)
try:
    try:
        raise TypeError("t")
    except TypeError as e:
        raise e
except TypeError as e:
    print("raise e works", e)
try:
    raise ValueError("cls") from None
except ValueError as e:
    try:
        raise
    except ValueError as again:
        print("again", again)
