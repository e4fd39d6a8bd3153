def three():
    yield 1
    yield 2
    yield 3

g = three()
print("first pass", list(g))
print("second pass", list(g))
print("sum after", sum(g))
for x in g:
    print("never", x)
print("for loop body skipped")

sq = (x * x for x in range(4))
print(sum(sq), sum(sq))
print(max(three()), min(three()))

def stats(values):
    total = sum(values)
    count = len(list(values))
    return total, count

print("genexpr passed to stats:", stats(x for x in [1, 2, 3]))
print("list passed to stats:", stats([1, 2, 3]))

def reusable():
    return three()

print(list(reusable()), list(reusable()))

class Repeatable:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield i

r = Repeatable(3)
print(list(r), list(r))
print(list(zip(r, r)))

g = three()
a = list(zip(g, g))
print("zip of same generator", a)
g = three()
print("1 in g", 1 in g, "1 in g again", 1 in g, "3 in g", 3 in g)
