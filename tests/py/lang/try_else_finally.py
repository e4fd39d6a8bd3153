# try/except/else/finally combinations
def run(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise ValueError("x")
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(run(False))
print(run(True))
def tf(fail):
    log = []
    try:
        try:
            log.append("try")
            if fail:
                raise KeyError("k")
        finally:
            log.append("finally")
    except KeyError:
        log.append("outer except")
    return log
print(tf(False), tf(True))
def else_raises():
    try:
        pass
    except ValueError:
        return "except"
    else:
        raise TypeError("from else")
    finally:
        print("finally runs before propagation")
try:
    else_raises()
except TypeError as e:
    print("caught", e)
def finally_only():
    try:
        return "value"
    finally:
        print("cleanup")
print(finally_only())
def except_finally():
    try:
        1 / 0
    except ZeroDivisionError:
        print("except")
        return "from except"
    finally:
        print("finally")
print(except_finally())
def else_return():
    try:
        x = 1
    except Exception:
        pass
    else:
        return "else " + str(x)
    finally:
        print("finally after else")
print(else_return())
try:
    pass
finally:
    print("bare try/finally")
