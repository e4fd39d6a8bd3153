INF = float("inf")

class AllPairs:
    def __init__(self, names):
        self.names = list(names)
        self.idx = {n: i for i, n in enumerate(self.names)}
        n = len(self.names)
        self.d = [[0 if i == j else INF for j in range(n)] for i in range(n)]
        self.nxt = [[j if i == j else None for j in range(n)] for i in range(n)]

    def edge(self, a, b, w):
        i, j = self.idx[a], self.idx[b]
        if w < self.d[i][j]:
            self.d[i][j] = w
            self.nxt[i][j] = j

    def run(self):
        n = len(self.names)
        for k in range(n):
            for i in range(n):
                if self.d[i][k] == INF:
                    continue
                for j in range(n):
                    cand = self.d[i][k] + self.d[k][j]
                    if cand < self.d[i][j]:
                        self.d[i][j] = cand
                        self.nxt[i][j] = self.nxt[i][k]
        for i in range(n):
            if self.d[i][i] < 0:
                raise ArithmeticError("negative cycle through " + self.names[i])
        return self

    def path(self, a, b):
        i, j = self.idx[a], self.idx[b]
        if self.nxt[i][j] is None:
            return None
        out = [a]
        while i != j:
            i = self.nxt[i][j]
            out.append(self.names[i])
        return out

    def show(self):
        w = 5
        print(" " * w + "".join(n.rjust(w) for n in self.names))
        for i, n in enumerate(self.names):
            cells = ["inf" if v == INF else str(v) for v in self.d[i]]
            print(n.rjust(w) + "".join(c.rjust(w) for c in cells))

ap = AllPairs("ABCDE")
for a, b, w in [("A", "B", 3), ("A", "C", 8), ("A", "E", -4), ("B", "D", 1), ("B", "E", 7),
                ("C", "B", 4), ("D", "A", 2), ("D", "C", -5), ("E", "D", 6)]:
    ap.edge(a, b, w)
ap.run().show()
print(ap.path("A", "C"), ap.path("C", "E"), ap.path("E", "E"))

iso = AllPairs(["x", "y", "z"])
iso.edge("x", "y", 2)
iso.run().show()
print(iso.path("y", "x"), iso.path("x", "y"))

bad = AllPairs("PQ")
bad.edge("P", "Q", 1)
bad.edge("Q", "P", -3)
try:
    bad.run()
except ArithmeticError as e:
    print("ArithmeticError:", e)
