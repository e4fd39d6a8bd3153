class Bag:
    def __init__(self, items=()):
        self.items = list(items)

    def __add__(self, other):
        print("  Bag.__add__")
        return Bag(self.items + list(other.items))

    def __iadd__(self, other):
        print("  Bag.__iadd__")
        self.items.extend(other.items)
        return self

    def __repr__(self):
        return f"Bag({self.items})"


class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __add__(self, other):
        print("  Pair.__add__")
        return Pair(self.a + other.a, self.b + other.b)

    def __mul__(self, k):
        return Pair(self.a * k, self.b * k)

    def __repr__(self):
        return f"Pair({self.a}, {self.b})"


x = Bag([1])
alias = x
x += Bag([2, 3])
print(x, alias, x is alias)
y = x + Bag([4])
print(y, x)

p = Pair(1, 2)
q = p
p += Pair(10, 20)
print(p, q, p is q)
p *= 3
print(p)


class Weird:
    def __iadd__(self, other):
        return "replaced"


w = Weird()
w += 1
print(w)


class NoneReturner:
    def __isub__(self, other):
        pass


n = NoneReturner()
n -= 5
print(n)


class Counter:
    def __init__(self):
        self.n = 0

    def __iadd__(self, k):
        self.n += k
        return self

    def __ior__(self, k):
        self.n |= k
        return self

    def __ilshift__(self, k):
        self.n <<= k
        return self

    def __imod__(self, k):
        self.n %= k
        return self

    def __ipow__(self, k):
        self.n **= k
        return self

    def __ifloordiv__(self, k):
        self.n //= k
        return self


c = Counter()
c += 5
c |= 8
print(c.n)
c <<= 2
print(c.n)
c %= 37
print(c.n)
c **= 2
print(c.n)
c //= 7
print(c.n)
try:
    c -= 1
except TypeError as e:
    print("TypeError:", e)
items = [Bag([0])]
items[0] += Bag([9])
print(items)
d = {"k": Pair(1, 1)}
d["k"] += Pair(2, 2)
print(d)
