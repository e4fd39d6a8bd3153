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
grid = [[0 if ch == "." else int(ch) for ch in line] for line in puzzle.split()]

def candidates(g, r, c):
    used = set(g[r]) | {g[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    for i in range(br, br + 3):
        for j in range(bc, bc + 3):
            used.add(g[i][j])
    return [v for v in range(1, 10) if v not in used]

steps = [0]
def solve(g):
    best = None
    for r in range(9):
        for c in range(9):
            if g[r][c] == 0:
                cands = candidates(g, r, c)
                if best is None or len(cands) < len(best[2]):
                    best = (r, c, cands)
    if best is None:
        return True
    r, c, cands = best
    for v in cands:
        steps[0] += 1
        g[r][c] = v
        if solve(g):
            return True
    g[r][c] = 0
    return False

def show(g):
    for i, row in enumerate(g):
        if i and i % 3 == 0:
            print("------+-------+------")
        print(" | ".join(" ".join(str(v) if v else "." for v in row[k:k + 3]) for k in (0, 3, 6)))

show(grid)
print()
print("solved:", solve(grid), "steps:", steps[0])
show(grid)
ok = all(sorted(row) == list(range(1, 10)) for row in grid)
ok = ok and all(sorted(col) == list(range(1, 10)) for col in zip(*grid))
print("valid:", ok)
