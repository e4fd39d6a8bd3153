def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    if len(a[0]) != m:
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} @ {m}x{p}")
    return [[sum(a[i][k] * b[k][j] for k in range(m)) for j in range(p)] for i in range(n)]
def transpose(a):
    return [list(r) for r in zip(*a)]
def show(m):
    w = max(len(str(x)) for r in m for x in r)
    for r in m:
        print(" ".join(str(x).rjust(w) for x in r))
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show(matmul(A, B))
show(transpose(A))
try:
    matmul(A, A)
except ValueError as e:
    print("error:", e)
I = [[int(i == j) for j in range(4)] for i in range(4)]
show(I)
M = [[2, -1], [1, 3]]
P = I[:2]
R = M
for _ in range(5):
    R = matmul(R, M)
show(R)
print(matmul([[1.5, 2]], [[2], [0.25]]))
