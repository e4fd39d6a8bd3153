def pascal(n):
    rows = [[1]]
    for _ in range(n - 1):
        last = rows[-1]
        rows.append([1] + [last[i] + last[i + 1] for i in range(len(last) - 1)] + [1])
    return rows

tri = pascal(10)
width = len(" ".join(map(str, tri[-1])))
for row in tri:
    print(" ".join(map(str, row)).center(width).rstrip())
print(pascal(30)[-1][14], sum(pascal(20)[-1]))

def spiral(n):
    m = [[0] * n for _ in range(n)]
    r, c, dr, dc = 0, 0, 0, 1
    for k in range(1, n * n + 1):
        m[r][c] = k
        nr, nc = r + dr, c + dc
        if not (0 <= nr < n and 0 <= nc < n and m[nr][nc] == 0):
            dr, dc = dc, -dr
            nr, nc = r + dr, c + dc
        r, c = nr, nc
    return m

for n in (1, 4, 5):
    for row in spiral(n):
        print(" ".join(f"{v:2d}" for v in row))
    print()

def spiral_order(m):
    out = []
    while m:
        out.extend(m[0])
        m = [list(r) for r in zip(*m[1:])][::-1]
    return out

print(spiral_order([[1, 2, 3], [4, 5, 6], [7, 8, 9]]))
print(spiral_order([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]))
diag = sum(spiral(5)[i][i] for i in range(5)) + sum(spiral(5)[i][4 - i] for i in range(5)) - spiral(5)[2][2]
print(diag)
