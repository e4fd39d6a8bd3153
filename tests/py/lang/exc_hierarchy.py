# built-in exception hierarchy
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (ArithmeticError, Exception), (KeyError, LookupError), (IndexError, LookupError),
    (LookupError, Exception), (UnboundLocalError, NameError), (NameError, Exception),
    (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (StopIteration, Exception), (AssertionError, Exception), (TypeError, Exception),
    (ValueError, Exception), (Exception, BaseException), (SystemExit, BaseException),
    (KeyboardInterrupt, BaseException), (SystemExit, Exception), (KeyError, IndexError),
    (ValueError, TypeError), (AttributeError, Exception), (EOFError, Exception),
    (ZeroDivisionError, ValueError), (TypeError, ArithmeticError),
    (OSError, Exception), (bool, int), (int, object), (ValueError, ValueError),
]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
print(issubclass(KeyError, (TypeError, LookupError)))
try:
    1 / 0
except ArithmeticError as e:
    print("ArithmeticError caught", type(e).__name__)
try:
    [1][5]
except LookupError as e:
    print("LookupError caught", type(e).__name__)
try:
    {}[0]
except LookupError as e:
    print("LookupError caught", type(e).__name__)
def ule():
    v += 1
try:
    ule()
except NameError as e:
    print("NameError caught", type(e).__name__)
e = ValueError("x")
print(isinstance(e, ValueError), isinstance(e, Exception), isinstance(e, BaseException), isinstance(e, TypeError))
print(isinstance(e, (TypeError, ValueError)))
print(type(e) is ValueError, type(e) == ValueError)
print(ZeroDivisionError.__name__, type(ZeroDivisionError()).__name__)
