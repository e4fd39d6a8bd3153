class Sparse:
    def __init__(self, rows, cols):
        self.rows = rows
        self.cols = cols
        self.data = {}

    def _check(self, key):
        if not isinstance(key, tuple) or len(key) != 2:
            raise TypeError("index must be a (row, col) pair")
        r, c = key
        if not (0 <= r < self.rows and 0 <= c < self.cols):
            raise IndexError("index (%d, %d) out of range" % (r, c))
        return r, c

    def __getitem__(self, key):
        return self.data.get(self._check(key), 0)

    def __setitem__(self, key, value):
        key = self._check(key)
        if value == 0:
            self.data.pop(key, None)
        else:
            self.data[key] = value

    def __delitem__(self, key):
        del self.data[self._check(key)]

    def __contains__(self, key):
        return key in self.data

    def __len__(self):
        return len(self.data)

    def __matmul__(self, other):
        if self.cols != other.rows:
            raise ValueError("dimension mismatch")
        out = Sparse(self.rows, other.cols)
        by_row = {}
        for (r, c), v in other.data.items():
            by_row.setdefault(r, []).append((c, v))
        for (r, k), v in sorted(self.data.items()):
            for c, w in by_row.get(k, []):
                out[r, c] = out[r, c] + v * w
        return out

    def transpose(self):
        t = Sparse(self.cols, self.rows)
        for (r, c), v in self.data.items():
            t[c, r] = v
        return t

    def __str__(self):
        return "\n".join(" ".join("%3d" % self[r, c] for c in range(self.cols)) for r in range(self.rows))

a = Sparse(3, 4)
a[0, 0] = 1
a[1, 2] = 5
a[2, 3] = -2
a[2, 1] = 7
print(a)
print(len(a), a[1, 2], a[0, 3], (1, 2) in a, (0, 3) in a)
a[2, 1] = 0
print(len(a), sorted(a.data.items()))
b = a.transpose()
print(b)
print(a @ b)
for bad in [(3, 0), (0, -1)]:
    try:
        a[bad]
    except IndexError as e:
        print("IndexError:", e)
try:
    a[1]
except TypeError as e:
    print("TypeError:", e)
try:
    del a[0, 1]
except KeyError as e:
    print("KeyError:", e)
del a[0, 0]
print(len(a))
try:
    a @ a
except ValueError as e:
    print("ValueError:", e)
