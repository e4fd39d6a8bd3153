grid_text = """
11000111
11010001
00011000
10000011
11101011
00000000
01111110
"""
grid = [list(row) for row in grid_text.split()]
rows, cols = len(grid), len(grid[0])

def flood(r, c, label):
    stack = [(r, c)]
    size = 0
    while stack:
        r, c = stack.pop()
        if r < 0 or r >= rows or c < 0 or c >= cols or grid[r][c] != "1":
            continue
        grid[r][c] = label
        size += 1
        stack.extend([(r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)])
    return size

sizes = []
labels = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
for r in range(rows):
    for c in range(cols):
        if grid[r][c] == "1":
            sizes.append(flood(r, c, labels[len(sizes)]))
for row in grid:
    print("".join(row))
print("islands:", len(sizes), "sizes:", sizes, "largest:", max(sizes))

maze = [
    "S...#.....",
    "##.##.###.",
    "...#..#...",
    ".#.#.##.#.",
    ".#...#..#E",
]
start = end = None
for r, line in enumerate(maze):
    for c, ch in enumerate(line):
        if ch == "S":
            start = (r, c)
        elif ch == "E":
            end = (r, c)
dist = {start: 0}
prev = {}
queue = [start]
i = 0
while i < len(queue):
    cur = queue[i]
    i += 1
    if cur == end:
        break
    r, c = cur
    for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
        if 0 <= nr < len(maze) and 0 <= nc < len(maze[0]) and maze[nr][nc] != "#" and (nr, nc) not in dist:
            dist[(nr, nc)] = dist[cur] + 1
            prev[(nr, nc)] = cur
            queue.append((nr, nc))
print("shortest path length:", dist.get(end))
canvas = [list(line) for line in maze]
node = prev.get(end)
while node and node != start:
    canvas[node[0]][node[1]] = "*"
    node = prev[node]
for line in canvas:
    print("".join(line))
