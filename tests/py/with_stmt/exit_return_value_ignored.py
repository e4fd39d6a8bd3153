class AlwaysTrue:
    def __init__(self):
        self.calls = 0
    def __enter__(self):
        return self
    def __exit__(self, t, e, tb):
        self.calls += 1
        return True

m = AlwaysTrue()
with m:
    x = 5
print("no exception, x =", x, "calls", m.calls)

def returns_through():
    with m:
        return "value kept"
print(returns_through(), m.calls)

def suppressed_return():
    with m:
        raise ValueError
        return "unreachable"
    return "after with"
print(suppressed_return(), m.calls)

def loop_with_break():
    out = []
    for i in range(10):
        with m:
            out.append(i)
            if i == 2:
                break
            if i == 0:
                raise KeyError(i)
    return out
print(loop_with_break(), m.calls)

with m:
    y = 1
    raise RuntimeError
    y = 2
print("y", y)

class ExitTakesNoArgs:
    def __enter__(self):
        return self
    def __exit__(self):
        return True

try:
    with ExitTakesNoArgs():
        pass
except TypeError as e:
    print("TypeError:", e)
