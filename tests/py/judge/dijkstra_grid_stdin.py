import sys

class PQ:
    def __init__(self):
        self.h = []
    def push(self, pri, val):
        h = self.h
        h.append((pri, val))
        i = len(h) - 1
        while i and h[i] < h[(i - 1) // 2]:
            j = (i - 1) // 2
            h[i], h[j] = h[j], h[i]
            i = j
    def pop(self):
        h = self.h
        h[0], h[-1] = h[-1], h[0]
        res = h.pop()
        i = 0
        n = len(h)
        while 2 * i + 1 < n:
            c = 2 * i + 1
            if c + 1 < n and h[c + 1] < h[c]:
                c += 1
            if h[i] <= h[c]:
                break
            h[i], h[c] = h[c], h[i]
            i = c
        return res
    def __len__(self):
        return len(self.h)

def solve(grid):
    rows, cols = len(grid), len(grid[0])
    best = [[None] * cols for _ in range(rows)]
    pq = PQ()
    pq.push(grid[0][0], (0, 0))
    while len(pq):
        cost, (r, c) = pq.pop()
        if best[r][c] is not None:
            continue
        best[r][c] = cost
        if (r, c) == (rows - 1, cols - 1):
            break
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and best[nr][nc] is None:
                pq.push(cost + grid[nr][nc], (nr, nc))
    return best[rows - 1][cols - 1]

t = int(sys.stdin.readline())
for case in range(1, t + 1):
    r, c = map(int, sys.stdin.readline().split())
    grid = [list(map(int, sys.stdin.readline().split())) for _ in range(r)]
    print("Case #%d: %d" % (case, solve(grid)))
