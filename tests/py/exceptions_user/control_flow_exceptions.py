class Found(Exception):
    def __init__(self, value, where):
        super().__init__(value, where)
        self.value = value
        self.where = where


class StopSearch(Exception):
    pass


def find_first(grid, pred):
    try:
        for r, row in enumerate(grid):
            for c, v in enumerate(row):
                if pred(v):
                    raise Found(v, (r, c))
    except Found as f:
        return f.value, f.where
    return None


grid = [[1, 3, 5], [7, 8, 9], [10, 12, 13]]
print(find_first(grid, lambda v: v % 2 == 0))
print(find_first(grid, lambda v: v > 11))
print(find_first(grid, lambda v: v > 100))


def walk(tree, path, budget):
    if budget[0] <= 0:
        raise StopSearch(f"budget exhausted at {'/'.join(path)}")
    budget[0] -= 1
    name, children = tree
    visited = ["/".join(path + [name])]
    for child in children:
        visited.extend(walk(child, path + [name], budget))
    return visited


tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b1x", [])])])])
print(walk(tree, [], [100]))
try:
    walk(tree, [], [4])
except StopSearch as e:
    print("StopSearch:", e)


class Cancel(Exception):
    pass


class Task:
    def __init__(self, steps):
        self.steps = steps
        self.done = []

    def run(self):
        try:
            for s in self.steps:
                if s == "cancel":
                    raise Cancel(f"cancelled after {len(self.done)} steps")
                self.done.append(s)
        except Cancel as c:
            return f"partial: {c}"
        else:
            return "complete"
        finally:
            self.done.append("<closed>")


for steps in [["x", "y"], ["x", "cancel", "z"], ["cancel"]]:
    t = Task(steps)
    print(t.run(), t.done)


def first_valid(parsers, text):
    errors = []
    for p in parsers:
        try:
            return p(text)
        except ValueError as e:
            errors.append(f"{p.__name__}: {e}")
    raise Found(None, errors)


try:
    print(first_valid([int, float], "2.5"))
    print(first_valid([int, float], "abc"))
except Found as f:
    print("none matched:", f.where)
