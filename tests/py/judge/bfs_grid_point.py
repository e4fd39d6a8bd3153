class Point:
    def __init__(self, r, c):
        self.r = r
        self.c = c
    def __eq__(self, other):
        return isinstance(other, Point) and self.r == other.r and self.c == other.c
    def __hash__(self):
        return hash((self.r, self.c))
    def __add__(self, other):
        return Point(self.r + other.r, self.c + other.c)
    def __repr__(self):
        return "P(%d,%d)" % (self.r, self.c)

DIRS = [Point(-1, 0), Point(1, 0), Point(0, -1), Point(0, 1)]

class Maze:
    def __init__(self, text):
        self.rows = text.strip().split("\n")
        for r, row in enumerate(self.rows):
            for c, ch in enumerate(row):
                if ch == "S":
                    self.start = Point(r, c)
                elif ch == "E":
                    self.end = Point(r, c)
    def open(self, p):
        return 0 <= p.r < len(self.rows) and 0 <= p.c < len(self.rows[p.r]) and self.rows[p.r][p.c] != "#"
    def bfs(self):
        prev = {self.start: None}
        queue = [self.start]
        head = 0
        while head < len(queue):
            cur = queue[head]
            head += 1
            if cur == self.end:
                break
            for d in DIRS:
                nxt = cur + d
                if self.open(nxt) and nxt not in prev:
                    prev[nxt] = cur
                    queue.append(nxt)
        if self.end not in prev:
            return None, len(prev)
        path = []
        p = self.end
        while p is not None:
            path.append(p)
            p = prev[p]
        return path[::-1], len(prev)
    def render(self, path):
        on = set(path)
        out = []
        for r, row in enumerate(self.rows):
            out.append("".join("*" if Point(r, c) in on and ch == "." else ch for c, ch in enumerate(row)))
        return "\n".join(out)

m = Maze("""
S.#.......
.##.####.#
....#....#
.####.##.#
......#..E
""")
path, seen = m.bfs()
print(len(path) - 1, "steps, visited", seen)
print(path[:4], "...", path[-2:])
print(m.render(path))
blocked = Maze("S#.\n##.\n..E")
print(blocked.bfs())
print(Point(1, 2) == Point(1, 2), Point(1, 2) != Point(2, 1), Point(0, 0) == (0, 0))
print(len({Point(1, 1), Point(1, 1), Point(2, 2)}))
