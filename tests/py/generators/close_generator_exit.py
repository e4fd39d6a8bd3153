def watcher():
    try:
        while True:
            yield "tick"
    except GeneratorExit:
        print("GeneratorExit received")
        raise
    finally:
        print("finally in watcher")

w = watcher()
print(next(w))
print(next(w))
w.close()
print("closed")
try:
    next(w)
except StopIteration:
    print("next after close -> StopIteration")
w.close()
print("second close is fine")

def never_started():
    try:
        yield 1
    finally:
        print("should not print: never started")

n = never_started()
n.close()
print("closed unstarted")
try:
    next(n)
except StopIteration:
    print("unstarted closed gen is exhausted")

def swallow_and_return():
    try:
        yield 1
    except GeneratorExit:
        print("exit swallowed by return")
        return "ignored"

s = swallow_and_return()
next(s)
print(s.close())

def cleanup_list(log):
    try:
        for i in range(10):
            log.append("yield %d" % i)
            yield i
    finally:
        log.append("cleanup")

log = []
c = cleanup_list(log)
next(c)
next(c)
c.close()
print(log)

e = GeneratorExit()
print(isinstance(e, Exception), isinstance(e, BaseException))
