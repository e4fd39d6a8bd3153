# try/finally and with-like patterns inside generators.
def counted(log):
    log.append("start")
    try:
        for i in range(3):
            try:
                yield i
            finally:
                log.append("inner %d" % i)
    finally:
        log.append("end")

log = []
print(list(counted(log)), log)

log = []
g = counted(log)
next(g)
next(g)
g.close()
print(log)

def return_in_finally():
    try:
        yield 1
        return "from try"
    finally:
        print("finally runs")

g = return_in_finally()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value", e.value)

def yield_in_finally():
    try:
        yield "try"
    finally:
        yield "finally 1"
        yield "finally 2"

print(list(yield_in_finally()))

def break_in_loop():
    for i in range(10):
        try:
            if i == 2:
                break
            yield i
        finally:
            print("cleanup", i)
    yield "after loop"

print(list(break_in_loop()))

def continue_in_loop():
    for i in range(4):
        try:
            if i % 2:
                continue
            yield i
        finally:
            print("f", i)

print(list(continue_in_loop()))

def except_and_yield():
    for x in [1, 0, 2]:
        try:
            yield 10 // x
        except ZeroDivisionError as e:
            yield "error: %s" % e

print(list(except_and_yield()))

def nested_handlers():
    try:
        try:
            yield 1
            raise KeyError("k")
        except KeyError:
            yield 2
            raise ValueError("v")
    except ValueError as e:
        yield repr(e.__context__)

print(list(nested_handlers()))
