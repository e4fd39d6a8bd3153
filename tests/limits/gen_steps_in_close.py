# args: --max-steps 100000
# status: step_limit
# stdout: closing\n
# A limit striking inside close() (a finally block that never ends) is not swallowed.
def g():
    try:
        yield 1
    finally:
        print("closing")
        while True:
            pass

x = g()
next(x)
x.close()
print("after")
