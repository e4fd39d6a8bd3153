class NotFound(Exception):
    default = "resource not found"

    def __init__(self, message=None, *, resource=None):
        self.resource = resource
        if message is None:
            message = self.default if resource is None else f"{resource} not found"
        super().__init__(message)


class UserNotFound(NotFound):
    default = "user not found"


class Empty(Exception):
    pass


class TwoArgs(Exception):
    pass


print(NotFound(), "|", NotFound("custom"), "|", NotFound(resource="file.txt"))
print(UserNotFound(), "|", repr(UserNotFound()), "|", UserNotFound(resource="bob").resource)
for exc in [Empty(), Empty("one"), Empty("one", "two"), Empty(1), Empty([1, 2]), Empty(None)]:
    print(repr(str(exc)), repr(exc), exc.args, len(exc.args))
t = TwoArgs("code", 404)
print(t, t.args[1])
code, status = t.args
print(code, status)
try:
    raise UserNotFound(resource="alice")
except NotFound as e:
    print(type(e).__name__, e, e.resource, e.args)


class Sentinel(Exception):
    def __init__(self):
        super().__init__("fixed text", 0)


try:
    raise Sentinel
except Sentinel as e:
    print("raised class, got instance:", repr(e), isinstance(e, Sentinel))

try:
    raise Sentinel("extra")
except TypeError as e:
    print("TypeError:", e)


class Kw(Exception):
    def __init__(self, msg, *, level=1):
        super().__init__(msg)
        self.level = level


k = Kw("warn", level=3)
print(k, k.level, k.args, repr(k))
try:
    Exception(level=1)
except TypeError as e:
    print("TypeError:", e)
print(repr(Exception()), repr(Exception("")), repr(ValueError("v", 2)))
print(str(KeyError("k")), str(KeyError()), str(KeyError("a", "b")), repr(KeyError("k")))
