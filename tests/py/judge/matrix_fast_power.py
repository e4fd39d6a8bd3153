class Matrix:
    def __init__(self, rows, mod=None):
        self.rows = [list(r) for r in rows]
        self.n = len(rows)
        self.m = len(rows[0])
        self.mod = mod

    @staticmethod
    def identity(n, mod=None):
        return Matrix([[1 if i == j else 0 for j in range(n)] for i in range(n)], mod)

    def __mul__(self, other):
        if isinstance(other, int):
            return Matrix([[v * other for v in row] for row in self.rows], self.mod)
        if self.m != other.n:
            raise ValueError("shape mismatch: %dx%d * %dx%d" % (self.n, self.m, other.n, other.m))
        out = []
        for i in range(self.n):
            row = []
            for j in range(other.m):
                s = 0
                for k in range(self.m):
                    s += self.rows[i][k] * other.rows[k][j]
                if self.mod:
                    s %= self.mod
                row.append(s)
            out.append(row)
        return Matrix(out, self.mod)

    def __rmul__(self, k):
        return self * k

    def __pow__(self, e):
        result = Matrix.identity(self.n, self.mod)
        base = self
        while e > 0:
            if e & 1:
                result = result * base
            base = base * base
            e >>= 1
        return result

    def __eq__(self, other):
        return self.rows == other.rows

    def __repr__(self):
        return "Matrix(%r)" % (self.rows,)

    def __str__(self):
        width = max(len(str(v)) for row in self.rows for v in row)
        return "\n".join(" ".join(str(v).rjust(width) for v in row) for row in self.rows)

F = Matrix([[1, 1], [1, 0]])
for n in [1, 2, 10, 50, 100]:
    print("fib(%d) =" % n, (F ** n).rows[0][1])
print((F ** 0) == Matrix.identity(2))
print(Matrix([[1, 1], [1, 0]], mod=1000000007) ** (10 ** 18))
A = Matrix([[1, 2, 3], [4, 5, 6]])
B = Matrix([[7, 8], [9, 10], [11, 12]])
print(A * B)
print(B * A)
print(repr(2 * Matrix([[1, 2]])), repr(Matrix([[1, 2]]) * 3))
try:
    A * A
except ValueError as e:
    print("ValueError:", e)

def count_paths(adj, steps):
    return sum(sum(row) for row in (Matrix(adj) ** steps).rows)

print(count_paths([[0, 1, 1], [1, 0, 1], [1, 1, 0]], 10))
T = Matrix([[1, 1, 1], [1, 0, 0], [0, 1, 0]])
print([(T ** k).rows[0][0] for k in range(1, 12)])
