class CycleError(Exception):
    pass

class DAG:
    def __init__(self):
        self.succ = {}
        self.indeg = {}

    def add_node(self, n):
        if n not in self.succ:
            self.succ[n] = []
            self.indeg[n] = 0

    def add_edge(self, a, b):
        self.add_node(a)
        self.add_node(b)
        self.succ[a].append(b)
        self.indeg[b] += 1

    def toposort(self):
        indeg = dict(self.indeg)
        ready = sorted(n for n in indeg if indeg[n] == 0)
        order = []
        while ready:
            n = ready.pop(0)
            order.append(n)
            for m in self.succ[n]:
                indeg[m] -= 1
                if indeg[m] == 0:
                    ready.append(m)
                    ready.sort()
        if len(order) != len(indeg):
            stuck = sorted(n for n in indeg if indeg[n] > 0)
            raise CycleError("cycle among " + ", ".join(str(n) for n in stuck))
        return order

    def layers(self):
        indeg = dict(self.indeg)
        layer = sorted(n for n in indeg if indeg[n] == 0)
        while layer:
            yield layer
            nxt = []
            for n in layer:
                for m in self.succ[n]:
                    indeg[m] -= 1
                    if indeg[m] == 0:
                        nxt.append(m)
            layer = sorted(nxt)

build = DAG()
deps = {
    "app": ["lib", "utils", "config"],
    "lib": ["utils", "core"],
    "utils": ["core"],
    "tests": ["app", "mock"],
    "docs": [],
}
for target, reqs in deps.items():
    build.add_node(target)
    for r in reqs:
        build.add_edge(r, target)
print(build.toposort())
for i, layer in enumerate(build.layers()):
    print("stage", i, layer)

courses = DAG()
for a, b in [(1, 0), (2, 1), (3, 2), (1, 3)]:
    courses.add_edge(a, b)
try:
    courses.toposort()
except CycleError as e:
    print("CycleError:", e)

def can_finish(n, prereqs):
    g = DAG()
    for i in range(n):
        g.add_node(i)
    for a, b in prereqs:
        g.add_edge(b, a)
    try:
        return g.toposort()
    except CycleError:
        return None

print(can_finish(4, [(1, 0), (2, 0), (3, 1), (3, 2)]))
print(can_finish(2, [(0, 1), (1, 0)]))
