class Item:
    def __init__(self, sku, name, price, qty=0):
        self.sku = sku
        self.name = name
        self.price = price
        self.qty = qty

    @property
    def value(self):
        return round(self.price * self.qty, 2)

    def __repr__(self):
        return f"Item({self.sku}, {self.name!r}, {self.price}, qty={self.qty})"

    def __eq__(self, other):
        return isinstance(other, Item) and self.sku == other.sku

    def __hash__(self):
        return hash(self.sku)


class Inventory:
    def __init__(self):
        self._items = {}

    def add(self, item):
        if item.sku in self._items:
            self._items[item.sku].qty += item.qty
        else:
            self._items[item.sku] = item
        return self

    def remove(self, sku, qty):
        item = self[sku]
        if qty > item.qty:
            raise ValueError(f"only {item.qty} of {item.name} in stock")
        item.qty -= qty
        if item.qty == 0:
            del self._items[sku]

    def __getitem__(self, sku):
        try:
            return self._items[sku]
        except KeyError:
            raise KeyError(f"unknown sku {sku}") from None

    def __contains__(self, sku):
        return sku in self._items

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda i: i.sku))

    @property
    def total_value(self):
        return round(sum([i.value for i in self]), 2)

    def low_stock(self, threshold):
        return [i.name for i in self if i.qty < threshold]

    def __str__(self):
        lines = [f"{'SKU':<6}{'Name':<10}{'Qty':>5}{'Value':>10}"]
        for i in self:
            lines.append(f"{i.sku:<6}{i.name:<10}{i.qty:>5}{i.value:>10.2f}")
        lines.append(f"{'':<16}{'Total':>5}{self.total_value:>10.2f}")
        return "\n".join(lines)


inv = Inventory()
inv.add(Item("A1", "bolt", 0.25, 400)).add(Item("B2", "nut", 0.1, 1000))
inv.add(Item("C3", "hammer", 12.5, 3)).add(Item("A1", "bolt", 0.25, 100))
print(inv)
print(len(inv), "A1" in inv, "Z9" in inv)
inv.remove("C3", 2)
inv.remove("B2", 1000)
print(len(inv), list(inv))
for sku, q in [("C3", 5), ("Z9", 1)]:
    try:
        inv.remove(sku, q)
    except ValueError as e:
        print("ValueError:", e)
    except KeyError as e:
        print("KeyError:", e)
print(inv.low_stock(10), inv.total_value)
print(Item("A1", "x", 0) == inv["A1"], Item("A1", "x", 0) in set(inv))
print(str(inv).splitlines()[-1])
