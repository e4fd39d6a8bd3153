# implicit exception chaining via __context__
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(repr(e))
    print(repr(e.__context__))
    print(e.__cause__)
    print(e.__suppress_context__)
try:
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise IndexError("b")
        except IndexError:
            raise TypeError("c")
except TypeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__context__
    print(chain)
try:
    try:
        raise ValueError("first")
    finally:
        print("finally runs")
except ValueError as e:
    print("context of first:", e.__context__)
try:
    try:
        raise ValueError("x")
    except ValueError:
        pass
    raise TypeError("after handled")
except TypeError as e:
    print("no context after handler finished:", e.__context__)
try:
    try:
        raise ValueError("in try")
    finally:
        raise KeyError("in finally")
except KeyError as e:
    print(repr(e), repr(e.__context__))
