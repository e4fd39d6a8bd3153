class Button:
    def __init__(self, label):
        self.label = label
        self.handlers = []
        self.clicks = 0

    def on_click(self, fn):
        self.handlers.append(fn)
        return fn

    def click(self):
        self.clicks += 1
        return [h(self) for h in self.handlers]


btn = Button("OK")


@btn.on_click
def announce(b):
    return f"{b.label} clicked {b.clicks}x"


btn.on_click(lambda b: b.label.lower())
print(btn.click())
print(btn.click())
print(announce.__name__)


class Counter:
    def __init__(self):
        self.n = 0

    def make_incrementer(self, step):
        def inc():
            self.n += step
            return self.n
        return inc

    def callbacks(self):
        return [lambda k=k: self.n * k for k in range(3)]


c = Counter()
inc2 = c.make_incrementer(2)
inc5 = c.make_incrementer(5)
print(inc2(), inc5(), inc2(), c.n)
print([f() for f in c.callbacks()])
late = [lambda: k for k in range(3)]
print([f() for f in late])


class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def depth(self):
        if not self.children:
            return 1
        return 1 + max([ch.depth() for ch in self.children])

    def total(self):
        return self.value + sum([ch.total() for ch in self.children])

    def find(self, pred):
        found = []

        def walk(node, path):
            path = path + [node.value]
            if pred(node.value):
                found.append(path)
            for ch in node.children:
                walk(ch, path)
        walk(self, [])
        return found

    def render(self, indent=0):
        lines = ["  " * indent + str(self.value)]
        for ch in self.children:
            lines.extend(ch.render(indent + 1))
        return lines


t = Tree(1, [Tree(2, [Tree(4), Tree(5, [Tree(8)])]), Tree(3, [Tree(6)])])
print(t.depth(), t.total())
print(t.find(lambda v: v % 2 == 0))
print("\n".join(t.render()))


class Adder:
    def __init__(self, base):
        self.base = base

    def add(self, x):
        return self.base + x


adders = [Adder(i).add for i in range(4)]
print([f(10) for f in adders])
print(list(map(Adder(100).add, [1, 2, 3])))
