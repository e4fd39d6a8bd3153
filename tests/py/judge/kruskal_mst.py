class Edge:
    def __init__(self, u, v, w):
        self.u, self.v, self.w = u, v, w
    def __lt__(self, other):
        return (self.w, self.u, self.v) < (other.w, other.u, other.v)
    def __repr__(self):
        return "Edge(%s-%s, %d)" % (self.u, self.v, self.w)

class DSU:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.rank = {x: 0 for x in items}
    def find(self, x):
        if self.parent[x] != x:
            self.parent[x] = self.find(self.parent[x])
        return self.parent[x]
    def union(self, a, b):
        a, b = self.find(a), self.find(b)
        if a == b:
            return False
        if self.rank[a] < self.rank[b]:
            a, b = b, a
        self.parent[b] = a
        if self.rank[a] == self.rank[b]:
            self.rank[a] += 1
        return True

def kruskal(nodes, edges):
    dsu = DSU(nodes)
    tree = []
    for e in sorted(edges):
        if dsu.union(e.u, e.v):
            tree.append(e)
    return tree

nodes = "ABCDEFG"
raw = [("A", "B", 7), ("A", "D", 5), ("B", "C", 8), ("B", "D", 9), ("B", "E", 7),
       ("C", "E", 5), ("D", "E", 15), ("D", "F", 6), ("E", "F", 8), ("E", "G", 9),
       ("F", "G", 11)]
edges = [Edge(*t) for t in raw]
mst = kruskal(nodes, edges)
for e in mst:
    print(e)
print("total weight", sum(e.w for e in mst), "edges", len(mst))
print(min(edges), max(edges))

grid_nodes = [(r, c) for r in range(4) for c in range(4)]
grid_edges = []
for r, c in grid_nodes:
    if c + 1 < 4:
        grid_edges.append(Edge((r, c), (r, c + 1), (r * 7 + c * 3) % 10 + 1))
    if r + 1 < 4:
        grid_edges.append(Edge((r, c), (r + 1, c), (r * 5 + c * 11) % 10 + 1))
t = kruskal(grid_nodes, grid_edges)
print(len(t), sum(e.w for e in t))
