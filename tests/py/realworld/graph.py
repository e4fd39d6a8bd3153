edges = """A B 4
A C 2
B C 5
B D 10
C E 3
E D 4
D F 11
E F 20
G H 1"""
graph = {}
for line in edges.splitlines():
    u, v, w = line.split()
    graph.setdefault(u, {})[v] = int(w)
    graph.setdefault(v, {})[u] = int(w)
def dijkstra(src):
    dist = {src: 0}
    prev = {}
    heap = [(0, src)]
    def push(item):
        heap.append(item)
        i = len(heap) - 1
        while i and heap[(i - 1) // 2] > heap[i]:
            heap[i], heap[(i - 1) // 2] = heap[(i - 1) // 2], heap[i]
            i = (i - 1) // 2
    def pop():
        top = heap[0]
        last = heap.pop()
        if heap:
            heap[0] = last
            i = 0
            while True:
                l = 2 * i + 1; s = i
                if l < len(heap) and heap[l] < heap[s]: s = l
                if l + 1 < len(heap) and heap[l + 1] < heap[s]: s = l + 1
                if s == i: break
                heap[i], heap[s] = heap[s], heap[i]; i = s
        return top
    seen = set()
    while heap:
        d, u = pop()
        if u in seen: continue
        seen.add(u)
        for v, w in sorted(graph[u].items()):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd; prev[v] = u; push((nd, v))
    return dist, prev
dist, prev = dijkstra("A")
for node in sorted(graph):
    if node not in dist:
        print(f"{node}: unreachable")
        continue
    path = [node]
    while path[-1] != "A":
        path.append(prev[path[-1]])
    print(f"{node}: {dist[node]:>3} via {' -> '.join(reversed(path))}")
def components():
    seen, comps = set(), []
    for s in sorted(graph):
        if s in seen: continue
        stack, comp = [s], []
        while stack:
            u = stack.pop()
            if u in seen: continue
            seen.add(u); comp.append(u)
            stack.extend(sorted(graph[u], reverse=True))
        comps.append(comp)
    return comps
print(components())
deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "fmt"], "core": [], "fmt": []}
def topo(deps):
    order, state = [], {}
    def visit(n, chain=()):
        if state.get(n) == "done": return
        if state.get(n) == "active":
            raise ValueError("cycle: " + " -> ".join(chain + (n,)))
        state[n] = "active"
        for d in deps[n]: visit(d, chain + (n,))
        state[n] = "done"; order.append(n)
    for n in deps: visit(n)
    return order
print(topo(deps))
deps["core"] = ["app"]
try:
    topo(deps)
except ValueError as e:
    print(e)
