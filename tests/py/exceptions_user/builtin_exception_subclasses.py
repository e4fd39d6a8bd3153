class NegativeError(ValueError):
    pass


class EmptyStack(IndexError):
    pass


class UnknownKey(KeyError):
    def __str__(self):
        return f"unknown key: {self.args[0]}"


class TooBig(ArithmeticError):
    pass


class DivideByZeroish(ZeroDivisionError):
    pass


class Stack:
    def __init__(self):
        self.items = []

    def pop(self):
        if not self.items:
            raise EmptyStack("pop from empty stack")
        return self.items.pop()


def sqrt_int(n):
    if n < 0:
        raise NegativeError(f"cannot take sqrt of {n}")
    if n > 10 ** 6:
        raise TooBig("too big")
    r = 0
    while (r + 1) * (r + 1) <= n:
        r += 1
    return r


for n in [16, 17, -4, 10 ** 7]:
    try:
        print(n, sqrt_int(n))
    except ValueError as e:
        print("ValueError family:", type(e).__name__, e)
    except ArithmeticError as e:
        print("ArithmeticError family:", type(e).__name__, e)

try:
    Stack().pop()
except LookupError as e:
    print("LookupError family:", type(e).__name__, e)

try:
    raise UnknownKey("colour")
except KeyError as e:
    print(e, "|", repr(e), "|", e.args)

try:
    raise DivideByZeroish("custom division")
except ZeroDivisionError as e:
    print("as ZeroDivisionError:", e)

try:
    raise DivideByZeroish("again")
except ArithmeticError as e:
    print("as ArithmeticError:", repr(e))

for cls in [NegativeError, EmptyStack, UnknownKey, TooBig, DivideByZeroish]:
    print(cls.__name__, [k.__name__ for k in cls.__mro__[1:-2]])


def safe(fn, *args):
    try:
        return fn(*args)
    except (LookupError, ValueError) as e:
        return f"<{type(e).__name__}: {e}>"


print(safe(int, "12"), safe(int, "x"), safe(lambda: [][0]), safe(lambda: {}["k"]))
print(safe(sqrt_int, -1), safe(Stack().pop))


class StrictInt(int):
    def __new__(cls, v):
        if isinstance(v, float) and not v.is_integer():
            raise NegativeError(f"{v} is not integral")
        return super().__new__(cls, v)


print(StrictInt(3.0) + 1, safe(StrictInt, 2.5))
