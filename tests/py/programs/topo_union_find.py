deps = {
    "app": ["lib", "utils", "config"],
    "lib": ["utils", "core"],
    "utils": ["core"],
    "config": [],
    "core": [],
    "tests": ["app", "mock"],
    "mock": ["core"],
}

def topo_sort(deps):
    indeg = {k: 0 for k in deps}
    users = {k: [] for k in deps}
    for k, vs in deps.items():
        for v in vs:
            indeg[k] += 1
            users[v].append(k)
    ready = sorted(k for k in deps if indeg[k] == 0)
    order = []
    while ready:
        node = ready.pop(0)
        order.append(node)
        for u in users[node]:
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
                ready.sort()
    if len(order) != len(deps):
        raise ValueError("cycle detected among " + ", ".join(sorted(k for k in deps if indeg[k] > 0)))
    return order

print(topo_sort(deps))
cyclic = {"a": ["b"], "b": ["c"], "c": ["a"], "d": []}
try:
    topo_sort(cyclic)
except ValueError as e:
    print("ValueError:", e)

parent = {}
rank = {}
def find(x):
    parent.setdefault(x, x)
    rank.setdefault(x, 0)
    root = x
    while parent[root] != root:
        root = parent[root]
    while parent[x] != root:
        parent[x], x = root, parent[x]
    return root

def union(a, b):
    ra, rb = find(a), find(b)
    if ra == rb:
        return False
    if rank[ra] < rank[rb]:
        ra, rb = rb, ra
    parent[rb] = ra
    if rank[ra] == rank[rb]:
        rank[ra] += 1
    return True

edges = [(1, 2, 4), (2, 3, 8), (3, 4, 7), (4, 5, 9), (5, 6, 10), (6, 7, 2), (7, 8, 1), (8, 1, 8), (2, 8, 11), (3, 9, 2), (9, 7, 6), (9, 8, 7), (3, 6, 4), (4, 6, 14)]
mst = []
for u, v, w in sorted(edges, key=lambda e: (e[2], e[0], e[1])):
    if union(u, v):
        mst.append((u, v, w))
print(mst, sum(w for _, _, w in mst))
parent.clear()
rank.clear()
for a, b in [(1, 2), (3, 4), (2, 3), (5, 6), (7, 7)]:
    union(a, b)
groups = {}
for x in range(1, 9):
    groups.setdefault(find(x), []).append(x)
print(sorted(groups.values()))
