class CountDown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Range2:
    """Re-iterable: each iter() call makes a fresh iterator."""

    def __init__(self, lo, hi, step=1):
        self.lo, self.hi, self.step = lo, hi, step

    def __iter__(self):
        return Range2Iter(self)

    def __len__(self):
        return max(0, (self.hi - self.lo + self.step - 1) // self.step)


class Range2Iter:
    def __init__(self, r):
        self.r = r
        self.i = r.lo

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.r.hi:
            raise StopIteration
        v = self.i
        self.i += self.r.step
        return v


c = CountDown(3)
print(list(c))
print(list(c))
for n in CountDown(4):
    print("tick", n)
c2 = CountDown(5)
print(next(c2), next(c2))
print(list(c2))
print(next(c2, "done"))
try:
    next(c2)
except StopIteration:
    print("StopIteration raised")

r = Range2(2, 12, 3)
print(list(r), list(r), len(r))
print(sum(r), max(r), sorted(r, reverse=True))
print([a * b for a in Range2(1, 3) for b in Range2(10, 12)])
it = iter(r)
print(it is iter(it), next(it), next(it))
print(list(zip(Range2(0, 3), CountDown(3))))
print(list(enumerate(Range2(5, 8))))
print(dict(zip(Range2(0, 3), "abc")))
a, b, *rest = CountDown(5)
print(a, b, rest)
print(tuple(CountDown(2)), set(CountDown(3)) == {1, 2, 3})
print(" ".join(map(str, Range2(0, 10, 4))))
print(3 in CountDown(5), 9 in CountDown(5))


class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        return FibIter(self.limit)


class FibIter:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v

    def __iter__(self):
        return self


print(list(Fib(100)))
print([x for x in Fib(50) if x % 2 == 0])
