edges = [
    ("S", "A", 7), ("S", "B", 2), ("S", "C", 3), ("A", "D", 4), ("B", "A", 3),
    ("B", "D", 4), ("B", "H", 1), ("C", "L", 2), ("D", "F", 5), ("H", "F", 3),
    ("H", "G", 2), ("G", "E", 2), ("F", "E", 1), ("L", "I", 4), ("L", "J", 4),
    ("I", "J", 6), ("I", "K", 4), ("J", "K", 4), ("K", "E", 5), ("X", "Y", 1),
]
graph = {}
for u, v, w in edges:
    graph.setdefault(u, []).append((v, w))
    graph.setdefault(v, []).append((u, w))

def dijkstra(source):
    dist = {node: float("inf") for node in graph}
    prev = {node: None for node in graph}
    dist[source] = 0
    pq = [(0, source)]
    visited = set()
    while pq:
        best = 0
        for i in range(1, len(pq)):
            if pq[i] < pq[best]:
                best = i
        d, node = pq.pop(best)
        if node in visited:
            continue
        visited.add(node)
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist[nxt]:
                dist[nxt] = nd
                prev[nxt] = node
                pq.append((nd, nxt))
    return dist, prev

dist, prev = dijkstra("S")
for node in sorted(dist):
    d = dist[node]
    if d == float("inf"):
        print(f"{node}: unreachable")
        continue
    route = []
    cur = node
    while cur is not None:
        route.append(cur)
        cur = prev[cur]
    print(f"{node}: {d:3d}  via {'-'.join(reversed(route))}")
print(dist["E"], dist["K"], dist["X"])
