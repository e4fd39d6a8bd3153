class Cell:
    def __init__(self, r, c):
        self.r, self.c = r, c
    def __eq__(self, o):
        return (self.r, self.c) == (o.r, o.c)
    def __hash__(self):
        return hash((self.r, self.c))
    def neighbours(self):
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    yield Cell(self.r + dr, self.c + dc)

class Map:
    def __init__(self, lines):
        self.land = set()
        for r, line in enumerate(lines):
            for c, ch in enumerate(line):
                if ch == "X":
                    self.land.add(Cell(r, c))
    def islands(self):
        seen = set()
        sizes = []
        for start in sorted(self.land, key=lambda p: (p.r, p.c)):
            if start in seen:
                continue
            stack = [start]
            seen.add(start)
            size = 0
            while stack:
                cur = stack.pop()
                size += 1
                for n in cur.neighbours():
                    if n in self.land and n not in seen:
                        seen.add(n)
                        stack.append(n)
            sizes.append((start.r, start.c, size))
        return sizes

world = Map([
    "XX....X...",
    "X...XXX...",
    "..X.......",
    ".X...XX..X",
    "......X.XX",
    "XXX.......",
])
for r, c, size in world.islands():
    print("island at (%d,%d) size %d" % (r, c, size))
print(len(world.islands()), max(s for _, _, s in world.islands()))
print(Map(["...", "..."]).islands())

def flood_recursive(grid, r, c, seen):
    if (r, c) in seen or not (0 <= r < len(grid) and 0 <= c < len(grid[0])) or grid[r][c] != ".":
        return 0
    seen.add((r, c))
    return 1 + sum(flood_recursive(grid, r + dr, c + dc, seen) for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)))

rooms = ["#########", "#...#...#", "#...#.#.#", "#####...#", "#.#.#####", "#########"]
seen = set()
areas = []
for r in range(len(rooms)):
    for c in range(len(rooms[0])):
        a = flood_recursive(rooms, r, c, seen)
        if a:
            areas.append(a)
print(areas)
