# raise ... from None suppresses context
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None
except ValueError as e:
    print(e)
    print(e.__cause__)
    print(e.__suppress_context__)
    print(type(e.__context__).__name__)
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError("no " + k) from None
try:
    lookup({}, "x")
except LookupError as e:
    print(type(e).__name__, e, e.__cause__, e.__suppress_context__)
