def override():
    try:
        yield 1
        return "try value"
    finally:
        return "finally value"

g = override()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)

def swallow_exception():
    try:
        yield 1
        raise ValueError("lost")
    finally:
        return "swallowed"

g = swallow_exception()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)

def finally_yields():
    try:
        yield "body"
    finally:
        yield "from finally"
    yield "after"

print(list(finally_yields()))

def order(log):
    log.append("start")
    try:
        log.append("try")
        yield 1
        log.append("after yield")
    except Exception:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("end")

log = []
for _ in order(log):
    log.append("loop body")
print(log)

log = []
g = order(log)
next(g)
try:
    g.throw(ValueError)
except StopIteration:
    log.append("stopped")
print(log)

def nested_finally():
    try:
        try:
            yield "inner"
        finally:
            print("inner finally")
        yield "between"
    finally:
        print("outer finally")

print(list(nested_finally()))
