# raise ... from ...
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("bad key") from e
except ValueError as e:
    print(repr(e))
    print(repr(e.__cause__))
    print(e.__suppress_context__)
    print(type(e.__context__).__name__)
try:
    raise RuntimeError("outer") from ValueError("cause")
except RuntimeError as e:
    print(e, "<-", e.__cause__, type(e.__cause__).__name__)
    print(e.__context__)
try:
    raise TypeError("t") from ZeroDivisionError
except TypeError as e:
    print(repr(e.__cause__))
try:
    raise ValueError("no cause")
except ValueError as e:
    print(e.__cause__, e.__context__, e.__suppress_context__)
def convert(s):
    try:
        return int(s)
    except ValueError as exc:
        raise TypeError("cannot convert " + repr(s)) from exc
try:
    convert("abc")
except TypeError as e:
    print(e)
    print(e.__cause__)
