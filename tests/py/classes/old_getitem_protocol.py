class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        print("  getitem", i)
        if i >= self.n:
            raise IndexError("too far")
        return i * i


s = Squares(3)
print(list(s))
print(4 in s)
print(5 in s)
for v in Squares(2):
    print("value", v)
it = iter(Squares(2))
print(type(it).__name__)
print(next(it), next(it), next(it, "end"))


class Letters:
    def __init__(self, text):
        self.text = text

    def __getitem__(self, i):
        return self.text[i]

    def __len__(self):
        return len(self.text)


w = Letters("hello")
print(list(w), len(w))
print(sorted(w), "".join(w))
print(list(reversed(w)))
print(w[1:4], w[-1])
print("l" in w, "z" in w)
a, b, c, d, e = w
print(a + e)
print(list(map(str.upper, w)))
print(list(enumerate(w))[:2])


class Forever:
    def __getitem__(self, i):
        if i > 5:
            raise StopIteration
        return i


print(list(Forever()))


class KeyErrorStops:
    def __getitem__(self, i):
        raise KeyError(i)


try:
    list(KeyErrorStops())
except KeyError as e:
    print("KeyError:", e)


class NotIterable:
    def __len__(self):
        return 3


try:
    iter(NotIterable())
except TypeError as e:
    print("TypeError:", e)


class IterNone:
    __iter__ = None

    def __getitem__(self, i):
        return i


try:
    iter(IterNone())
except TypeError as e:
    print("TypeError:", e)


class BadIter:
    def __iter__(self):
        return 42


try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
