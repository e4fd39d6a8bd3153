class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b
    def __enter__(self):
        return (self.a, self.b)
    def __exit__(self, *args):
        print("exit pair, args:", len(args), args)

with Pair(1, 2) as (x, y):
    print("unpacked", x, y)

with Pair("h", "t") as [first, second]:
    print("list target", first, second)

class Holder:
    pass

h = Holder()
with Pair(3, 4) as h.value:
    print("attribute target", h.value)

store = {}
with Pair(5, 6) as store["k"]:
    pass
print("subscript target", store)

items = [0, 0]
with Pair(7, 8) as items[1]:
    pass
print(items)

with Pair(9, [10, 11, 12]) as (n, (p, *rest)):
    print(n, p, rest)

class Value:
    def __init__(self, v):
        self.v = v
    def __enter__(self):
        return self.v
    def __exit__(self, t, e, tb):
        return False

with Value(None) as nothing:
    print("enter returned", nothing)
with Value(42) as answer, Value(answer + 1) as next_one:
    print(answer, next_one)
