class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []

    def add(self, name, qty):
        self.items[name] = self.items.get(name, 0) + qty
        self.log.append(("add", name, qty))

    def low_stock(self, threshold):
        for name in sorted(self.items):
            if self.items[name] < threshold:
                yield name, self.items[name]

    def restock(self, threshold, amount):
        for name, qty in list(self.low_stock(threshold)):
            self.add(name, amount)
            yield name

    def history(self):
        for i, entry in enumerate(self.log, 1):
            yield "%d. %s %s x%d" % ((i,) + entry)

inv = Inventory()
for name, qty in [("apple", 5), ("pear", 1), ("plum", 12), ("fig", 0)]:
    inv.add(name, qty)
print(list(inv.low_stock(3)))
r = inv.restock(3, 10)
print("restock created; log size", len(inv.log))
print(next(r), "log size", len(inv.log))
print(list(r), "log size", len(inv.log))
print(list(inv.low_stock(3)))
for line in inv.history():
    print(line)

class Counter:
    def __init__(self):
        self.value = 0
    def ticks(self, n):
        for _ in range(n):
            self.value += 1
            yield self.value

c = Counter()
t = c.ticks(3)
print(c.value, next(t), c.value)
c.value = 100
print(list(t), c.value)
print(sum(Counter().ticks(10)))
