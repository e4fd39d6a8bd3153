def gen():
    try:
        yield 1
    except ValueError:
        raise TypeError("converted")


g = gen()
next(g)
try:
    raise IndexError("outer")
except IndexError:
    g.throw(ValueError("v"))
