graph = {
    "A": ["B", "C"],
    "B": ["A", "D", "E"],
    "C": ["A", "F"],
    "D": ["B"],
    "E": ["B", "F"],
    "F": ["C", "E", "G"],
    "G": ["F"],
    "H": ["I"],
    "I": ["H"],
}

def bfs(start):
    order = [start]
    dist = {start: 0}
    parent = {start: None}
    queue = [start]
    head = 0
    while head < len(queue):
        node = queue[head]
        head += 1
        for nxt in graph[node]:
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                parent[nxt] = node
                order.append(nxt)
                queue.append(nxt)
    return order, dist, parent

def dfs_recursive(node, seen, out):
    seen.add(node)
    out.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            dfs_recursive(nxt, seen, out)
    return out

def dfs_iterative(start):
    seen = set()
    stack = [start]
    out = []
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        out.append(node)
        for nxt in reversed(graph[node]):
            if nxt not in seen:
                stack.append(nxt)
    return out

def path(parent, target):
    p = []
    while target is not None:
        p.append(target)
        target = parent[target]
    return p[::-1]

order, dist, parent = bfs("A")
print("BFS:", order)
print("dist:", dist)
print("path A->G:", " -> ".join(path(parent, "G")))
print("DFS rec:", dfs_recursive("A", set(), []))
print("DFS it: ", dfs_iterative("A"))
components = []
seen = set()
for node in sorted(graph):
    if node not in seen:
        comp = dfs_recursive(node, seen, [])
        components.append(sorted(comp))
print("components:", components)
print("reachable from H:", bfs("H")[0])
print("G" in dist, "H" in dist)
