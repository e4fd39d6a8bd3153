class Item:
    def __init__(self, dist, node):
        self.dist = dist
        self.node = node
    def __lt__(self, other):
        return (self.dist, self.node) < (other.dist, other.node)

class Heap:
    def __init__(self):
        self.a = []
    def push(self, x):
        a = self.a
        a.append(x)
        i = len(a) - 1
        while i > 0 and a[i] < a[(i - 1) // 2]:
            a[i], a[(i - 1) // 2] = a[(i - 1) // 2], a[i]
            i = (i - 1) // 2
    def pop(self):
        a = self.a
        a[0], a[-1] = a[-1], a[0]
        top = a.pop()
        i = 0
        while True:
            l, r, m = 2 * i + 1, 2 * i + 2, i
            if l < len(a) and a[l] < a[m]:
                m = l
            if r < len(a) and a[r] < a[m]:
                m = r
            if m == i:
                return top
            a[i], a[m] = a[m], a[i]
            i = m
    def __bool__(self):
        return len(self.a) > 0

class Graph:
    def __init__(self):
        self.adj = {}
    def add_edge(self, u, v, w, both=True):
        self.adj.setdefault(u, []).append((v, w))
        self.adj.setdefault(v, [])
        if both:
            self.adj[v].append((u, w))
    def dijkstra(self, src):
        dist = {src: 0}
        prev = {}
        heap = Heap()
        heap.push(Item(0, src))
        done = set()
        while heap:
            it = heap.pop()
            if it.node in done:
                continue
            done.add(it.node)
            for v, w in self.adj[it.node]:
                nd = it.dist + w
                if v not in dist or nd < dist[v]:
                    dist[v] = nd
                    prev[v] = it.node
                    heap.push(Item(nd, v))
        return dist, prev
    def path(self, prev, src, dst):
        if dst != src and dst not in prev:
            return None
        p = [dst]
        while p[-1] != src:
            p.append(prev[p[-1]])
        return p[::-1]

g = Graph()
for u, v, w in [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3),
                ("E", "D", 4), ("D", "F", 11), ("E", "F", 20), ("G", "H", 1)]:
    g.add_edge(u, v, w)
dist, prev = g.dijkstra("A")
for node in sorted(g.adj):
    print(node, dist.get(node, "unreachable"), g.path(prev, "A", node))

d = Graph()
for u, v, w in [(0, 1, 7), (0, 2, 9), (0, 5, 14), (1, 2, 10), (1, 3, 15), (2, 3, 11), (2, 5, 2), (3, 4, 6), (4, 5, 9)]:
    d.add_edge(u, v, w, both=False)
dist, prev = d.dijkstra(0)
print(sorted(dist.items()))
print(d.path(prev, 0, 4), d.path(prev, 0, 0))
