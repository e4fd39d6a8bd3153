def matmul(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    if len(a[0]) != inner:
        raise ValueError(f"shape mismatch {len(a)}x{len(a[0])} @ {inner}x{cols}")
    return [[sum(a[i][k] * b[k][j] for k in range(inner)) for j in range(cols)] for i in range(rows)]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def matpow(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        e >>= 1
    return result

def show(m):
    width = max(len(str(x)) for row in m for x in row)
    for row in m:
        print(" ".join(str(x).rjust(width) for x in row))

A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show(matmul(A, B))
show(matmul(B, A))
show(matpow([[1, 1], [1, 0]], 10))
print(matpow([[1, 1], [1, 0]], 200)[0][1])
T = [list(r) for r in zip(*A)]
show(T)
F = [[0.5, -1.25], [2.0, 0.1]]
print(matmul(F, F))
def det(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total
print(det([[2]]), det([[1, 2], [3, 4]]), det([[6, 1, 1], [4, -2, 5], [2, 8, 7]]), det(identity(5)))
try:
    matmul(A, A)
except ValueError as e:
    print(type(e).__name__, e)
