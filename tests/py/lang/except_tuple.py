# except with a tuple of classes
def trial(f):
    try:
        f()
    except (ValueError, TypeError) as e:
        return "V/T " + type(e).__name__
    except (KeyError, IndexError):
        return "lookup"
    except (ZeroDivisionError,):
        return "zde"
    return "none"
print(trial(lambda: int("x")))
print(trial(lambda: None + 1))
print(trial(lambda: {}[0]))
print(trial(lambda: [][0]))
print(trial(lambda: 1 // 0))
print(trial(lambda: 0))
errs = (OSError, ArithmeticError)
try:
    2.0 ** 10000
except errs as e:
    print("caught via variable", type(e).__name__)
try:
    raise NameError("n")
except (ValueError, TypeError, NameError, KeyError):
    print("long tuple matched")
try:
    try:
        raise NameError("n")
    except (ValueError, TypeError):
        print("not matched")
except NameError:
    print("fell through tuple")
exc_type = ValueError
try:
    raise exc_type("dynamic")
except exc_type as e:
    print("dynamic class", e)
try:
    try:
        raise RuntimeError("r")
    except ():
        print("empty tuple never matches")
except RuntimeError:
    print("passed through empty tuple")
