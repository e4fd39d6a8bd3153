class UnionFind:
    def __init__(self, n):
        self.parent = list(range(n))
        self.rank = [0] * n
        self.size = [1] * n
        self.components = n

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            nxt = self.parent[x]
            self.parent[x] = root
            x = nxt
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        self.components -= 1
        return True

    def connected(self, a, b):
        return self.find(a) == self.find(b)

    def groups(self):
        out = {}
        for i in range(len(self.parent)):
            out.setdefault(self.find(i), []).append(i)
        return sorted(out.values())

uf = UnionFind(10)
edges = [(0, 1), (2, 3), (1, 3), (4, 5), (6, 7), (5, 7), (0, 3), (8, 8)]
for a, b in edges:
    print("union", a, b, "->", uf.union(a, b), "components", uf.components)
print(uf.groups())
print(uf.connected(0, 2), uf.connected(0, 4), uf.connected(4, 6))
print("largest", max(uf.size[uf.find(i)] for i in range(10)))
print("max rank", max(uf.rank))

# chain to test path compression
big = UnionFind(2000)
for i in range(1999):
    big.union(i, i + 1)
root = big.find(1999)
print(big.components, big.size[root], all(big.find(i) == root for i in range(2000)))
print(sum(1 for i in range(2000) if big.parent[i] == root))

# redundant connection: first edge that closes a cycle
def redundant(n, edges):
    d = UnionFind(n)
    for a, b in edges:
        if not d.union(a, b):
            return (a, b)
    return None

print(redundant(5, [(0, 1), (1, 2), (2, 3), (3, 1), (3, 4)]))
print(redundant(3, [(0, 1), (1, 2)]))
