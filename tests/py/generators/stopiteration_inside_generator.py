def leaky(it):
    while True:
        yield next(it)

try:
    print(list(leaky(iter([1, 2, 3]))))
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause is StopIteration:", type(e.__cause__).__name__)

def explicit():
    yield 1
    raise StopIteration("inside")

g = explicit()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause args:", e.__cause__.args)
except StopIteration:
    print("not reached")

def safe(it):
    while True:
        try:
            value = next(it)
        except StopIteration:
            return
        yield value

print(list(safe(iter("abc"))))

def guarded(it):
    for x in it:
        yield x

print(list(guarded(iter([4, 5]))))

class ManualIter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("class iterators may raise it")
        return self.n

print(list(ManualIter()))

def catches_own():
    try:
        raise StopIteration("caught locally")
    except StopIteration as e:
        yield "handled " + str(e)

print(list(catches_own()))
