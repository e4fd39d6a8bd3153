class SparseVector:
    def __init__(self, size, entries=None):
        self.size = size
        self.data = {}
        for i, v in (entries or {}).items():
            self[i] = v

    @classmethod
    def from_list(cls, values):
        return cls(len(values), {i: v for i, v in enumerate(values) if v})

    def _check(self, i):
        if not isinstance(i, int):
            raise TypeError(f"indices must be int, not {type(i).__name__}")
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError(f"index {i} out of range for size {self.size}")
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.size))]
        return self.data.get(self._check(i), 0)

    def __setitem__(self, i, v):
        i = self._check(i)
        if v:
            self.data[i] = v
        else:
            self.data.pop(i, None)

    def __len__(self):
        return self.size

    def __iter__(self):
        return iter([self[i] for i in range(self.size)])

    def __add__(self, other):
        if self.size != other.size:
            raise ValueError("size mismatch")
        out = SparseVector(self.size, self.data)
        for i, v in other.data.items():
            out[i] = out[i] + v
        return out

    def __mul__(self, other):
        if isinstance(other, SparseVector):
            return sum([v * other[i] for i, v in self.data.items()])
        return SparseVector(self.size, {i: v * other for i, v in self.data.items()})

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, SparseVector) and self.size == other.size and self.data == other.data

    def nnz(self):
        return len(self.data)

    def __repr__(self):
        items = ", ".join([f"{i}: {self.data[i]}" for i in sorted(self.data)])
        return f"SparseVector({self.size}, {{{items}}})"


a = SparseVector(10, {1: 5, 7: 2})
b = SparseVector.from_list([0, 1, 0, 0, 0, 0, 0, 3, 0, 0])
print(a, b)
print(a[1], a[2], a[-3], list(a))
print(a + b, a * b, a * 3, 2 * b)
print(a[0:5], a[::3], a[7:2:-2])
a[1] = 0
print(a, a.nnz(), len(a))
print(SparseVector.from_list([0, 0, 4]) == SparseVector(3, {2: 4}))
for bad in [10, -11, "1", 1.0]:
    try:
        a[bad]
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    a + SparseVector(3)
except ValueError as e:
    print("ValueError:", e)
print(sum(a + b), max(b), sorted(b)[-2:])
s = slice(1, 8, 2)
print(s.start, s.stop, s.step, s.indices(5), slice(None, None, -1).indices(4))
