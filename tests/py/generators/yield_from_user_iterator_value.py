# `yield from` over iterators that are not generators: the StopIteration value becomes
# the value of the expression, for __next__ and for send().
class Counter:
    def __init__(self, stop):
        self.n = 0
        self.stop = stop

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n == self.stop:
            raise StopIteration("done at %d" % self.n)
        return self.n


class Echo:
    def __init__(self):
        self.got = []

    def __iter__(self):
        return self

    def __next__(self):
        return "first"

    def send(self, v):
        self.got.append(v)
        if v == "stop":
            raise StopIteration(len(self.got))
        return "echo " + str(v)


def g(it):
    r = yield from it
    yield ("result", r)


print(list(g(Counter(4))))
print(list(g(iter([1, 2]))))
e = Echo()
gen = g(e)
print(next(gen), gen.send("a"), gen.send("b"), gen.send("stop"), e.got)


class Bad:
    def __iter__(self):
        return self

    def __next__(self):
        raise ValueError("broken iterator")


try:
    list(g(Bad()))
except ValueError as err:
    print("ValueError:", err)
