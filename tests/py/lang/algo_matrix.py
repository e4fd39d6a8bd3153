# matrix operations with nested lists
def matmul(a, b):
    return [[sum([a[i][k] * b[k][j] for k in range(len(b))]) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(row) for row in zip(*m)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
A = [[1, 2], [3, 4]]
B = [[5, 6], [7, 8]]
print(matmul(A, B))
print(transpose([[1, 2, 3], [4, 5, 6]]))
print(matmul(A, identity(2)) == A)
def matpow(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        e >>= 1
    return result
print(matpow([[1, 1], [1, 0]], 90)[0][1])
def det(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det(identity(4)))
grid = [[(r * 3 + c) % 5 for c in range(4)] for r in range(3)]
for row in grid:
    print(" ".join([str(v) for v in row]))
print([max(col) for col in zip(*grid)])
