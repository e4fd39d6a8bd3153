puzzle = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""
grid = [[0 if ch == "." else int(ch) for ch in row] for row in puzzle.split()]
def ok(r, c, v):
    if any(grid[r][j] == v for j in range(9)): return False
    if any(grid[i][c] == v for i in range(9)): return False
    br, bc = 3 * (r // 3), 3 * (c // 3)
    return all(grid[i][j] != v for i in range(br, br + 3) for j in range(bc, bc + 3))
calls = 0
def solve():
    global calls
    calls += 1
    for r in range(9):
        for c in range(9):
            if grid[r][c] == 0:
                for v in range(1, 10):
                    if ok(r, c, v):
                        grid[r][c] = v
                        if solve():
                            return True
                        grid[r][c] = 0
                return False
    return True
print(solve(), calls)
for i, row in enumerate(grid):
    if i and i % 3 == 0:
        print("------+-------+------")
    print(" | ".join(" ".join(map(str, row[k:k + 3])) for k in (0, 3, 6)))
