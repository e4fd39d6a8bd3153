def leaf():
    yield 1


def mid():
    yield from leaf()


g = mid()
next(g)
g.throw(ValueError("thrown"))
