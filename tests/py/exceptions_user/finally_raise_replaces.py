class PrimaryError(Exception):
    pass


class CleanupError(Exception):
    pass


class Resource:
    def __init__(self, name, fail_close=False):
        self.name = name
        self.fail_close = fail_close

    def close(self):
        print(f"  closing {self.name}")
        if self.fail_close:
            raise CleanupError(f"{self.name} failed to close")


def use(resource, fail_work):
    try:
        print(f"  working with {resource.name}")
        if fail_work:
            raise PrimaryError("work failed")
        return "result"
    finally:
        resource.close()


cases = [(False, False), (True, False), (False, True), (True, True)]
for fail_work, fail_close in cases:
    print(f"fail_work={fail_work} fail_close={fail_close}")
    try:
        print("  ->", use(Resource("db", fail_close), fail_work))
    except (PrimaryError, CleanupError) as e:
        ctx = e.__context__
        print(f"  caught {type(e).__name__}: {e}; context: {ctx!r}")


def handler_fails():
    try:
        raise PrimaryError("original")
    except PrimaryError:
        raise CleanupError("handler itself failed")


try:
    handler_fails()
except CleanupError as e:
    print("handler failure:", repr(e), "context:", repr(e.__context__))


def finally_swallows():
    for i in range(3):
        try:
            raise PrimaryError(f"loop {i}")
        finally:
            if i < 2:
                continue
    return "loop ended"


try:
    print(finally_swallows())
except PrimaryError as e:
    print("escaped:", e)


def except_then_finally_raise():
    try:
        raise PrimaryError("p")
    except PrimaryError as e:
        print("  handled", e)
    finally:
        raise CleanupError("raised in finally after handling")


try:
    except_then_finally_raise()
except CleanupError as e:
    print(repr(e), "context:", e.__context__)
