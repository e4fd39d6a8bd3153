def deco(fn):
    return fn


@deco
def worker():
    yield 1


g = worker()
g.throw(KeyError("early"))
