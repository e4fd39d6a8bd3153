class Graph:
    def __init__(self, n):
        self.n = n
        self.adj = [[] for _ in range(n)]
        self.m = 0
    def add(self, u, v):
        self.adj[u].append(v)
        self.adj[v].append(u)
        self.m += 1
    def two_color(self):
        color = [None] * self.n
        for s in range(self.n):
            if color[s] is not None:
                continue
            color[s] = 0
            queue = [s]
            for u in queue:
                for v in self.adj[u]:
                    if color[v] is None:
                        color[v] = 1 - color[u]
                        queue.append(v)
                    elif color[v] == color[u]:
                        return None, (u, v)
        return color, None
    def components(self):
        seen = [False] * self.n
        comps = []
        for s in range(self.n):
            if seen[s]:
                continue
            seen[s] = True
            comp = [s]
            for u in comp:
                for v in self.adj[u]:
                    if not seen[v]:
                        seen[v] = True
                        comp.append(v)
            comps.append(sorted(comp))
        return comps
    def distances(self, s):
        dist = [-1] * self.n
        dist[s] = 0
        queue = [s]
        for u in queue:
            for v in self.adj[u]:
                if dist[v] < 0:
                    dist[v] = dist[u] + 1
                    queue.append(v)
        return dist

def build(n, edges):
    g = Graph(n)
    for u, v in edges:
        g.add(u, v)
    return g

even_cycle = build(6, [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 0)])
print(even_cycle.two_color())
odd_cycle = build(5, [(0, 1), (1, 2), (2, 3), (3, 4), (4, 0)])
print(odd_cycle.two_color())
forest = build(8, [(0, 1), (2, 3), (3, 4), (6, 7)])
colors, _ = forest.two_color()
print(colors, forest.components())
print(even_cycle.distances(0), forest.distances(2))
grid = Graph(12)
for r in range(3):
    for c in range(4):
        i = r * 4 + c
        if c < 3:
            grid.add(i, i + 1)
        if r < 2:
            grid.add(i, i + 4)
print(grid.m, grid.two_color()[0], max(grid.distances(0)))
