class Range2D:
    def __init__(self, rows, cols):
        self.rows = rows
        self.cols = cols

    def __iter__(self):
        for r in range(self.rows):
            for c in range(self.cols):
                yield r, c

    def diagonal(self):
        for i in range(min(self.rows, self.cols)):
            yield i, i

grid = Range2D(2, 3)
print(list(grid))
print(list(grid))
print(list(grid.diagonal()))
it = iter(grid)
print(type(it).__name__, next(it), next(it))
print(len(list(Range2D(4, 5))))

class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)

    def __iter__(self):
        yield from self.songs

    def shuffled(self, step):
        n = len(self.songs)
        i = 0
        for _ in range(n):
            yield self.songs[i]
            i = (i + step) % n

    def __len__(self):
        return len(self.songs)

p = Playlist("intro", "verse", "chorus", "bridge", "outro")
print(list(p), len(p))
print(list(p.shuffled(2)))
print("chorus" in p, "solo" in p)
print(sorted(p, key=len))
print(list(zip(p, range(3))))

class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __iter__(self):
        for row in self.rows:
            yield list(row)
    def columns(self):
        for c in range(len(self.rows[0])):
            yield [row[c] for row in self.rows]

m = Matrix([[1, 2, 3], [4, 5, 6]])
print(list(m), list(m.columns()))
print([sum(col) for col in m.columns()])
