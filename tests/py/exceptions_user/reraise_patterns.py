class RetryableError(Exception):
    pass


class FatalError(Exception):
    pass


log = []


def operation(attempt):
    if attempt < 3:
        raise RetryableError(f"attempt {attempt} failed")
    return f"success on attempt {attempt}"


def with_retry(fn, attempts):
    last = None
    for i in range(1, attempts + 1):
        try:
            return fn(i)
        except RetryableError as e:
            log.append(str(e))
            last = e
    raise FatalError(f"gave up after {attempts} attempts") from last


print(with_retry(operation, 5))
print(log)
log.clear()
try:
    with_retry(operation, 2)
except FatalError as e:
    print("FatalError:", e, "| cause:", repr(e.__cause__))
print(log)


def logged(fn):
    def wrapper(*args):
        try:
            return fn(*args)
        except Exception as e:
            print(f"  [log] {fn.__name__}{args} raised {type(e).__name__}: {e}")
            raise
    return wrapper


@logged
def divide(a, b):
    return a / b


@logged
def lookup(d, k):
    return d[k]


for call in [lambda: divide(6, 3), lambda: divide(1, 0), lambda: lookup({"a": 1}, "b")]:
    try:
        print("result", call())
    except ZeroDivisionError as e:
        print("caller saw ZeroDivisionError:", e)
    except KeyError as e:
        print("caller saw KeyError:", e)


def reraise_modified():
    try:
        raise RetryableError("original message")
    except RetryableError as e:
        e.args = (e.args[0] + " (annotated)",)
        raise


try:
    reraise_modified()
except RetryableError as e:
    print(e)


def convert_all(items):
    errors = []
    out = []
    for it in items:
        try:
            out.append(int(it))
        except ValueError as e:
            errors.append(e)
    if errors:
        raise FatalError(f"{len(errors)} bad items", errors)
    return out


try:
    convert_all(["1", "x", "3", "y"])
except FatalError as e:
    msg, errs = e.args
    print(msg, [str(x) for x in errs])
print(convert_all(["4", "5"]))

try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
