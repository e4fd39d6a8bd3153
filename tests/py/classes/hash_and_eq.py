class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"P({self.x},{self.y})"


pts = [Point(1, 2), Point(3, 4), Point(1, 2), Point(0, 0), Point(3, 4)]
unique = set(pts)
print(len(unique))
print(sorted(unique, key=lambda p: (p.x, p.y)))
print(Point(1, 2) in unique, Point(9, 9) in unique)
d = {}
for p in pts:
    d[p] = d.get(p, 0) + 1
for k in sorted(d, key=lambda p: (p.x, p.y)):
    print(k, d[k])
print(d[Point(3, 4)])
print(hash(Point(1, 2)) == hash(Point(1, 2)))


class NoHash:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v


print(NoHash.__hash__ is None)
try:
    {NoHash(1)}
except TypeError as e:
    print("TypeError:", e)
try:
    hash(NoHash(1))
except TypeError as e:
    print("TypeError:", e)
try:
    d[NoHash(2)] = 1
except TypeError as e:
    print("TypeError:", e)
print(NoHash(1) == NoHash(1), NoHash(1) != NoHash(2))


class Identity:
    pass


a, b = Identity(), Identity()
s = {a, b, a}
print(len(s), a in s, Identity() in s)
print(hash(a) == hash(a))
m = {a: "first", b: "second"}
print(m[a], m[b])


class Child(Point):
    pass


print(Child(1, 2) in unique)
print(Child.__hash__ is Point.__hash__)


class EqChild(Point):
    def __eq__(self, other):
        return False


try:
    hash(EqChild(0, 0))
except TypeError as e:
    print("TypeError:", e)
