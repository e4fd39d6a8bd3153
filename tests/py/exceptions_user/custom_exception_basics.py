class MyError(Exception):
    pass


class OtherError(Exception):
    """An error with a docstring."""


try:
    raise MyError("something went wrong")
except MyError as e:
    print("caught:", e)
    print(type(e).__name__, e.args, str(e), repr(e))

try:
    raise MyError
except MyError as e:
    print("bare class:", repr(e), repr(str(e)), e.args)

try:
    raise MyError("a", 1, [2])
except Exception as e:
    print("multi:", e, "|", repr(e), "|", e.args)

e = MyError("not raised")
print(e, repr(e), isinstance(e, Exception), isinstance(e, BaseException))
print(issubclass(MyError, Exception), issubclass(MyError, ValueError))
print([k.__name__ for k in MyError.__mro__])
print(OtherError.__doc__, MyError.__doc__)
print(MyError.__name__, MyError.__qualname__, MyError.__module__)

for cls in [MyError, OtherError, ValueError]:
    try:
        raise cls("x")
    except MyError:
        print(cls.__name__, "-> handled as MyError")
    except OtherError:
        print(cls.__name__, "-> handled as OtherError")
    except Exception as exc:
        print(cls.__name__, "-> generic handler:", repr(exc))


def risky(n):
    if n < 0:
        raise MyError(f"negative: {n}")
    return n * 2


results = []
for n in [1, -2, 3, -4]:
    try:
        results.append(risky(n))
    except MyError as err:
        results.append(str(err))
print(results)
print(repr(MyError("quote's")), repr(MyError('"dq"')), repr(MyError(1.5)))
print(str(MyError()), str(MyError("")), repr(MyError("")))
print(str(MyError(None)), repr(MyError(None)), str(MyError(("t",))))
