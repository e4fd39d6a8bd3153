class Board:
    def __init__(self, n):
        self.n = n
        self.cols = set()
        self.diag1 = set()
        self.diag2 = set()
        self.queens = []

    def free(self, r, c):
        return c not in self.cols and (r - c) not in self.diag1 and (r + c) not in self.diag2

    def place(self, r, c):
        self.cols.add(c)
        self.diag1.add(r - c)
        self.diag2.add(r + c)
        self.queens.append(c)

    def remove(self, r, c):
        self.cols.discard(c)
        self.diag1.discard(r - c)
        self.diag2.discard(r + c)
        self.queens.pop()

    def solutions(self, r=0):
        if r == self.n:
            yield list(self.queens)
            return
        for c in range(self.n):
            if self.free(r, c):
                self.place(r, c)
                yield from self.solutions(r + 1)
                self.remove(r, c)

    @staticmethod
    def render(queens):
        n = len(queens)
        return "\n".join("".join("Q" if queens[r] == c else "." for c in range(n)) for r in range(n))

for n in range(1, 9):
    print(n, sum(1 for _ in Board(n).solutions()))
first = next(Board(8).solutions())
print(first)
print(Board.render(first))
six = list(Board(6).solutions())
print(six)
b = Board(5)
g = b.solutions()
print(next(g), b.queens)
print(next(g), b.queens)
