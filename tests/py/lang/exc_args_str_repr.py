# args, str() and repr() of built-in exceptions
for e in [ValueError(), ValueError("msg"), ValueError("a", "b"), ValueError(1), ValueError(None),
          TypeError("t"), RuntimeError(""), Exception("x", 2, [3]), IndexError("idx"),
          ZeroDivisionError("division by zero"), NameError("n"), AssertionError(),
          StopIteration(5), StopIteration(), ArithmeticError("a"), LookupError("l"),
          OverflowError("o"), NotImplementedError("ni"), AttributeError("attr")]:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
e = ValueError("first", "second")
print(e.args[0], len(e.args))
e = Exception("quote's")
print(repr(e))
e = Exception('dq"')
print(repr(e), str(e))
try:
    raise ValueError("with", "tuple")
except ValueError as err:
    print(err, err.args)
print(StopIteration(7).value, StopIteration().value)
e = ValueError(["list", "arg"])
print(e, repr(e))
print(str(Exception(1, 2)) == "(1, 2)")
print(repr(Exception(())), str(Exception(())))
print(BaseException("b"), repr(SystemExit(2)), SystemExit(2).code, SystemExit().code)
print(repr(KeyboardInterrupt()))
