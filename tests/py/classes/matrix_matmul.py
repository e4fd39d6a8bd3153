class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, n, m):
        return cls([[0] * m for _ in range(n)])

    def __getitem__(self, key):
        i, j = key
        return self.rows[i][j]

    def __setitem__(self, key, value):
        i, j = key
        self.rows[i][j] = value

    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError(f"shape mismatch: {self.shape} @ {other.shape}")
        out = Matrix.zeros(self.n, other.m)
        for i in range(self.n):
            for j in range(other.m):
                out[i, j] = sum([self[i, k] * other[k, j] for k in range(self.m)])
        return out

    def __imatmul__(self, other):
        result = self @ other
        self.rows = result.rows
        self.m = result.m
        return self

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __mul__(self, k):
        return Matrix([[k * x for x in r] for r in self.rows])

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    @property
    def shape(self):
        return (self.n, self.m)

    def transpose(self):
        return Matrix([[self.rows[i][j] for i in range(self.n)] for j in range(self.m)])

    def __pow__(self, p):
        result = Matrix.identity(self.n)
        base = self
        while p:
            if p & 1:
                result = result @ base
            base = base @ base
            p >>= 1
        return result

    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"

    def __str__(self):
        width = max([len(str(x)) for r in self.rows for x in r])
        return "\n".join([" ".join([str(x).rjust(width) for x in r]) for r in self.rows])


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a @ b)
print(b @ a)
print(a @ Matrix.identity(2) == a)
print(repr(a + b), repr(2 * a), repr(a * 3))
c = Matrix([[1, 2, 3], [4, 5, 6]])
print(c.shape, c.transpose().shape)
print(c @ c.transpose())
print(c.transpose() @ c)
fib = Matrix([[1, 1], [1, 0]])
print((fib ** 10)[0, 1], (fib ** 30)[0, 1])
try:
    c @ c
except ValueError as e:
    print("ValueError:", e)
d = Matrix([[2, 0], [0, 2]])
d @= a
print(repr(d))
try:
    a @ 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    3 @ a
except TypeError as e:
    print("TypeError:", e)
