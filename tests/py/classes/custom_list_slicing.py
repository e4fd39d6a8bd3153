class Bounded:
    """A list wrapper with a maximum length; supports slices."""

    def __init__(self, maxlen, items=()):
        self.maxlen = maxlen
        self.items = []
        for x in items:
            self.append(x)

    def append(self, x):
        if len(self.items) >= self.maxlen:
            raise OverflowError(f"Bounded list full ({self.maxlen})")
        self.items.append(x)

    def __getitem__(self, key):
        if isinstance(key, slice):
            print(f"  slice({key.start}, {key.stop}, {key.step})")
            return Bounded(self.maxlen, self.items[key])
        return self.items[key]

    def __setitem__(self, key, value):
        if isinstance(key, slice):
            new = list(self.items)
            new[key] = value
            if len(new) > self.maxlen:
                raise OverflowError("slice assignment would overflow")
            self.items = new
        else:
            self.items[key] = value

    def __delitem__(self, key):
        del self.items[key]

    def __len__(self):
        return len(self.items)

    def __eq__(self, other):
        if isinstance(other, Bounded):
            return self.items == other.items
        if isinstance(other, list):
            return self.items == other
        return NotImplemented

    def __repr__(self):
        return f"Bounded({self.maxlen}, {self.items})"


b = Bounded(6, range(5))
print(b, b[1], b[-1])
print(b[1:3])
print(b[::-1], b[::2] == [0, 2, 4])
print(b[:])
b[0] = "zero"
b[1:3] = ["a", "b", "c"]
print(b)
try:
    b[0:0] = [1, 2, 3]
except OverflowError as e:
    print("OverflowError:", e)
del b[0]
del b[::2]
print(b, len(b))
try:
    b[10]
except IndexError as e:
    print("IndexError:", e)
try:
    Bounded(2, "abc")
except OverflowError as e:
    print("OverflowError:", e)


class SliceEcho:
    def __getitem__(self, key):
        return key


e = SliceEcho()
print(e[1], e[1:2], e[::3], e[:, 1], e[1:2, ::-1], e["k"])
print(e[1:2] == slice(1, 2), e[:].start, e[::].step)
