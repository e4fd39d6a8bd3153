# Binary operators on instances whose class defines the dunder in Python: results,
# NotImplemented with and without a reflected method, errors raised inside, and the
# operands left intact.
class M:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        if isinstance(o, M):
            return M(self.v + o.v)
        if isinstance(o, int):
            return M(self.v + o)
        return NotImplemented

    def __sub__(self, o):
        raise ValueError("no subtraction for %r" % (self.v,))

    def __mul__(self, o, extra):
        return 0

    def __repr__(self):
        return "M(%r)" % (self.v,)


class R:
    def __radd__(self, o):
        return "R.__radd__ got %r" % (o,)


a, b = M(1), M(2)
print(a + b, a + 5, (a + b) + (b + a))
print(a + R())
for expr in ["a + 'x'", "a + None", "a - b", "a * b", "'x' + a"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__ + ":", e)
total = M(0)
for i in range(5):
    total = total + i
print(total, a, b)


def deep(n):
    return M(n) + (deep(n - 1) if n else M(0))


print(deep(50))
