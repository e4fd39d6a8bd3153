# basic try/except
try:
    1 / 0
except ZeroDivisionError:
    print("caught zde")
try:
    [][1]
except IndexError as e:
    print("caught", type(e).__name__, e)
try:
    x = int("nope")
except ValueError as e:
    print("ValueError:", e)
try:
    print("no error")
except Exception:
    print("not reached")
def risky(n):
    if n == 0:
        raise ValueError("zero")
    if n == 1:
        raise TypeError("one")
    return n
for n in range(3):
    try:
        print("ok", risky(n))
    except ValueError as e:
        print("value", e)
    except TypeError as e:
        print("type", e)
try:
    {}["k"]
except LookupError as e:
    print("LookupError caught", type(e).__name__)
try:
    raise KeyError("k")
except IndexError:
    print("wrong")
except KeyError:
    print("right")
except Exception:
    print("too general")
try:
    try:
        raise ValueError("inner")
    except TypeError:
        print("not this")
except ValueError as e:
    print("outer caught", e)
def f():
    try:
        return 1 / 0
    except ZeroDivisionError:
        return "handled"
print(f())
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == "")
