def gen():
    try:
        yield 1
    finally:
        raise KeyError("in finally")


g = gen()
next(g)
g.close()
