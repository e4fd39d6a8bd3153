class AppError(Exception):
    pass


class DbError(AppError):
    pass


class ConnectionLost(DbError):
    pass


class QueryError(DbError):
    pass


class AuthError(AppError):
    pass


class ErrorHandlers:
    def __init__(self):
        self.handlers = {}

    def register(self, exc_type):
        def deco(fn):
            self.handlers[exc_type] = fn
            return fn
        return deco

    def handle(self, exc):
        for klass in type(exc).__mro__:
            if klass in self.handlers:
                return self.handlers[klass](exc)
        raise exc


h = ErrorHandlers()


@h.register(DbError)
def on_db(e):
    return f"database problem ({type(e).__name__}): {e}"


@h.register(ConnectionLost)
def on_conn(e):
    return f"reconnecting after: {e}"


@h.register(AppError)
def on_app(e):
    return f"application error: {e}"


@h.register(LookupError)
def on_lookup(e):
    return f"lookup failed: {e!r}"


samples = [ConnectionLost("socket closed"), QueryError("syntax"), AuthError("bad token"),
           AppError("generic"), KeyError("k"), IndexError("i"), ValueError("v")]
for exc in samples:
    try:
        print(h.handle(exc))
    except Exception as unhandled:
        print("unhandled:", repr(unhandled), unhandled is exc)

print(sorted([k.__name__ for k in h.handlers]))


def classify(exc):
    names = [k.__name__ for k in type(exc).__mro__]
    return names[:names.index("Exception")]


for exc in samples:
    print(type(exc).__name__, classify(exc))


class Retry:
    def __init__(self, *retry_on):
        self.retry_on = retry_on
        self.attempts = 0

    def __call__(self, fn, times):
        for _ in range(times):
            self.attempts += 1
            try:
                return fn(self.attempts)
            except self.retry_on as e:
                print("  retrying after", type(e).__name__)
        return "exhausted"


def flaky(n):
    if n == 1:
        raise ConnectionLost("first try")
    if n == 2:
        raise QueryError("second try")
    return f"worked on try {n}"


r = Retry(DbError)
print(r(flaky, 5), r.attempts)
r2 = Retry(ConnectionLost)
try:
    r2(flaky, 5)
except QueryError as e:
    print("QueryError not retried:", e, r2.attempts)
