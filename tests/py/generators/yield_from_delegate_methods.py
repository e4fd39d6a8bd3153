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



class Angry:
    def __iter__(self):
        return self

    def __next__(self):
        return "x"

    def throw(self, *a):
        raise KeyError("from the delegate")

    def close(self):
        raise ValueError("close failed")


def m():
    try:
        yield from Angry()
    except KeyError as e:
        print("generator caught", repr(e))
        yield "after"


it = m()
print(next(it), it.throw(IndexError))
it2 = m()
next(it2)
try:
    it2.close()
except ValueError as e:
    print("close:", e)
