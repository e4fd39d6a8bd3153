class Item:
    kind = "generic"

    def __init__(self, name):
        self.name = name

    def label(self):
        return self.name.title()


it = Item("spoon")
print(getattr(it, "name"), getattr(it, "kind"), getattr(Item, "kind"))
print(getattr(it, "price", 0), getattr(it, "price", None))
print(getattr(it, "label")())
print(hasattr(it, "name"), hasattr(it, "price"), hasattr(Item, "label"), hasattr(Item, "name"))
setattr(it, "price", 3.5)
print(it.price, it.__dict__)
setattr(Item, "kind", "cutlery")
print(it.kind, Item("fork").kind)
delattr(it, "price")
print(hasattr(it, "price"))
try:
    getattr(it, "price")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(it, "price")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(it, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(it, None, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    del it.kind
except AttributeError as e:
    print("AttributeError:", e)

fields = ["a", "b", "c"]
rec = Item("rec")
for i, f in enumerate(fields):
    setattr(rec, f, i * 10)
print([getattr(rec, f) for f in fields])
print(sorted(rec.__dict__))
setattr(rec, "with space", 1)
print(getattr(rec, "with space"))
print(rec.__dict__["a"], "b" in rec.__dict__)
rec.__dict__["d"] = "direct"
print(rec.d)
del rec.__dict__["a"]
print(hasattr(rec, "a"))

for obj in [1, "s", [1], {}, None, Item]:
    print(type(obj).__name__, hasattr(obj, "__len__"), hasattr(obj, "append"), getattr(obj, "__name__", "-"))
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1).foo = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(Item, "nothing")
except AttributeError as e:
    print("AttributeError:", e)
