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

for n in CountDown(4):
    print(n)

c = CountDown(3)
print(iter(c) is c)
print(next(c), next(c), next(c))
print(next(c, "exhausted"))
print(list(c))

class Fib:
    def __init__(self, limit):
        self.a, self.b = 0, 1
        self.limit = limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration()
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value

print(list(Fib(60)))
print(sum(Fib(1000)))
print(sorted(Fib(30), reverse=True))

class Pairs:
    def __init__(self, items):
        self.items = items
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i + 1 >= len(self.items):
            raise StopIteration
        pair = (self.items[self.i], self.items[self.i + 1])
        self.i += 2
        return pair

print(dict(Pairs(["a", 1, "b", 2, "c"])))
print(list(enumerate(Pairs("abcdef"))))
a, b = Pairs([1, 2, 3, 4])
print(a, b)
print([x + y for x, y in Pairs([10, 1, 20, 2])])
print(max(CountDown(5)), 3 in CountDown(5), 9 in CountDown(5))

class NotIterable:
    pass

try:
    iter(NotIterable())
except TypeError as e:
    print("TypeError:", e)

class BadIter:
    def __iter__(self):
        return 42

try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
