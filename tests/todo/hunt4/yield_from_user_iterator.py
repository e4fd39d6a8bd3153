# yield from delegating to a user iterator (not a generator): the StopIteration value,
# and send/throw/close forwarded to the iterator's own methods
class Counter:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n == 3:
            raise StopIteration("val")
        return self.n


def g():
    r = yield from Counter()
    yield ("r", r)


print(list(g()))


class Delegate:
    def __iter__(self):
        return self

    def __next__(self):
        return "next"

    def send(self, v):
        return "send:" + str(v)

    def throw(self, *a):
        return "throw"

    def close(self):
        print("closed Delegate")


def h():
    yield from Delegate()


it = h()
print(next(it), it.send(5), it.throw(ValueError))
it.close()


class Thrower:
    def __iter__(self):
        return self

    def __next__(self):
        return 1

    def throw(self, t, v=None, tb=None):
        raise StopIteration("done")


def k():
    r = yield from Thrower()
    yield ("r", r)


it = k()
next(it)
print(it.throw(KeyError("k")))
