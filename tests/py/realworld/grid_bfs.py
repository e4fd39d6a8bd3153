import sys
n, m = map(int, sys.stdin.readline().split())
grid = [sys.stdin.readline().rstrip("\n") for _ in range(n)]
from_ = None
for i, row in enumerate(grid):
    j = row.find("S")
    if j >= 0:
        from_ = (i, j)
dist = {from_: 0}
queue = [from_]
head = 0
while head < len(queue):
    i, j = queue[head]; head += 1
    for di, dj in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        ni, nj = i + di, j + dj
        if 0 <= ni < n and 0 <= nj < m and grid[ni][nj] != "#" and (ni, nj) not in dist:
            dist[(ni, nj)] = dist[(i, j)] + 1
            queue.append((ni, nj))
for i in range(n):
    print("".join("#" if grid[i][j] == "#" else (str(dist[(i, j)] % 10) if (i, j) in dist else "?") for j in range(m)))
ends = [(i, j) for i in range(n) for j in range(m) if grid[i][j] == "E"]
print("E dist:", [dist.get(e, -1) for e in ends])
