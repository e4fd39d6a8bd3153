# args: --max-steps 100000
# status: step_limit
# stdout: caught\n
# A limit inside a generator resumed by throw() through a yield from chain.
def inner():
    try:
        yield 1
    except ValueError:
        print("caught")
        while True:
            pass

def outer():
    try:
        yield from inner()
    except BaseException:
        print("outer caught")

o = outer()
next(o)
try:
    o.throw(ValueError)
except BaseException:
    print("main caught")
