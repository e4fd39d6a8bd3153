# bare except and catching Exception / BaseException
try:
    1 / 0
except:
    print("bare caught")
try:
    raise KeyboardInterrupt
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
try:
    raise SystemExit(3)
except Exception:
    print("no")
except:
    print("bare catches SystemExit")
def f():
    try:
        undefined_var
    except:
        return "caught NameError barely"
print(f())
try:
    try:
        raise ValueError("inner")
    except:
        print("handling")
        raise
except ValueError as e:
    print("re-raised", e)
print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException))
print(issubclass(SystemExit, Exception), issubclass(Exception, BaseException))
try:
    raise Exception("generic", 1)
except Exception as e:
    print(e.args, str(e))
