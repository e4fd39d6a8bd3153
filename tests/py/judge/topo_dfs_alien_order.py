class Graph:
    WHITE, GRAY, BLACK = 0, 1, 2

    def __init__(self, nodes):
        self.adj = {n: [] for n in nodes}

    def add(self, a, b):
        if b not in self.adj[a]:
            self.adj[a].append(b)

    def order(self):
        color = {n: Graph.WHITE for n in self.adj}
        out = []
        def visit(n, path):
            color[n] = Graph.GRAY
            for m in sorted(self.adj[n]):
                if color[m] == Graph.GRAY:
                    cyc = path[path.index(m):] + [m]
                    raise ValueError("cycle: " + " -> ".join(cyc))
                if color[m] == Graph.WHITE:
                    visit(m, path + [m])
            color[n] = Graph.BLACK
            out.append(n)
        for n in sorted(self.adj):
            if color[n] == Graph.WHITE:
                visit(n, [n])
        return out[::-1]

def alien_order(words):
    letters = sorted(set("".join(words)))
    g = Graph(letters)
    for w1, w2 in zip(words, words[1:]):
        for a, b in zip(w1, w2):
            if a != b:
                g.add(a, b)
                break
        else:
            if len(w1) > len(w2):
                return "invalid prefix order"
    try:
        return "".join(g.order())
    except ValueError as e:
        return str(e)

print(alien_order(["wrt", "wrf", "er", "ett", "rftt"]))
print(alien_order(["z", "x"]))
print(alien_order(["z", "x", "z"]))
print(alien_order(["abc", "ab"]))
print(alien_order(["baa", "abcd", "abca", "cab", "cad"]))

g = Graph("abcdef")
for a, b in ["ab", "ac", "bd", "cd", "de", "fe"]:
    g.add(a, b)
print(g.order())
