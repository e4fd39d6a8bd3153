class Life:
    def __init__(self, rows):
        self.height = len(rows)
        self.width = len(rows[0])
        self.alive = set()
        for y, row in enumerate(rows):
            for x, ch in enumerate(row):
                if ch == "#":
                    self.alive.add((x, y))
        self.generation = 0

    def neighbors(self, x, y):
        count = 0
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                if (dx or dy) and ((x + dx) % self.width, (y + dy) % self.height) in self.alive:
                    count += 1
        return count

    def step(self):
        new = set()
        for y in range(self.height):
            for x in range(self.width):
                n = self.neighbors(x, y)
                if n == 3 or (n == 2 and (x, y) in self.alive):
                    new.add((x, y))
        self.alive = new
        self.generation += 1
        return self

    def __len__(self):
        return len(self.alive)

    def __contains__(self, cell):
        return cell in self.alive

    def __eq__(self, other):
        return self.alive == other.alive

    def __str__(self):
        return "\n".join(["".join(["#" if (x, y) in self.alive else "." for x in range(self.width)])
                          for y in range(self.height)])


glider = Life([
    ".#......",
    "..#.....",
    "###.....",
    "........",
    "........",
    "........",
])
print(glider, len(glider), sep="\n")
for _ in range(4):
    glider.step()
print(f"generation {glider.generation}:")
print(glider)
print((2, 1) in glider, (0, 0) in glider)
blinker = Life([".....", "..#..", "..#..", "..#..", "....."])
start = str(blinker)
blinker.step()
print(blinker)
blinker.step()
print(str(blinker) == start, len(blinker))
block = Life(["....", ".##.", ".##.", "...."])
before = sorted(block.alive)
print(sorted(block.step().alive) == before, block.generation)
