class Graph:
    def __init__(self, directed=False):
        self.directed = directed
        self.adj = {}

    def add_edge(self, a, b, w=1):
        self.adj.setdefault(a, {})[b] = w
        self.adj.setdefault(b, {})
        if not self.directed:
            self.adj[b][a] = w
        return self

    def __contains__(self, node):
        return node in self.adj

    def __len__(self):
        return len(self.adj)

    def __iter__(self):
        return iter(sorted(self.adj))

    def neighbors(self, n):
        return sorted(self.adj[n])

    def bfs(self, start):
        seen = [start]
        queue = [start]
        while queue:
            n = queue.pop(0)
            for m in self.neighbors(n):
                if m not in seen:
                    seen.append(m)
                    queue.append(m)
        return seen

    def dfs(self, start, seen=None):
        if seen is None:
            seen = []
        seen.append(start)
        for m in self.neighbors(start):
            if m not in seen:
                self.dfs(m, seen)
        return seen

    def shortest(self, src):
        dist = {n: None for n in self.adj}
        dist[src] = 0
        todo = set(self.adj)
        while todo:
            best = None
            for n in sorted(todo):
                if dist[n] is not None and (best is None or dist[n] < dist[best]):
                    best = n
            if best is None:
                break
            todo.remove(best)
            for m, w in self.adj[best].items():
                nd = dist[best] + w
                if dist[m] is None or nd < dist[m]:
                    dist[m] = nd
        return dist

    def __repr__(self):
        kind = "Digraph" if self.directed else "Graph"
        edges = sum([len(v) for v in self.adj.values()])
        if not self.directed:
            edges //= 2
        return f"<{kind} {len(self)} nodes, {edges} edges>"


g = Graph()
for a, b, w in [("A", "B", 4), ("A", "C", 1), ("C", "B", 2), ("B", "D", 5), ("C", "D", 8), ("D", "E", 3)]:
    g.add_edge(a, b, w)
g.add_edge("X", "Y")
print(g, list(g), "E" in g, "Q" in g)
print(g.bfs("A"), g.dfs("A"))
print(g.shortest("A"))
print(g.bfs("X"))
d = Graph(directed=True).add_edge(1, 2).add_edge(2, 3).add_edge(3, 1).add_edge(3, 4)
print(d, d.bfs(1), d.bfs(4), d.neighbors(3))
print(d.shortest(2))
