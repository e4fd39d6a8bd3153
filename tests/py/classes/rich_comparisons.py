class Version:
    def __init__(self, text):
        self.parts = tuple([int(p) for p in text.split(".")])

    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts <= other.parts

    def __gt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts > other.parts

    def __ge__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts >= other.parts

    __hash__ = None


a, b, c = Version("1.2"), Version("1.10"), Version("1.2.0")
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(a == Version("1.2"), a != Version("1.2"))
print(a < c, a == c)
print(a == "1.2", a != "1.2")
vs = [Version(s) for s in ["2.0", "1.10", "1.2", "1.9.9", "0.1"]]
print(sorted(vs))
print(max(vs), min(vs))
print(sorted(vs, reverse=True))
try:
    a < 3
except TypeError as e:
    print("TypeError:", e)
try:
    3 >= a
except TypeError as e:
    print("TypeError:", e)
print(a in vs, Version("3.0") in vs)
print(vs.index(Version("1.9.9")), vs.count(Version("1.2")))


class Plain:
    pass


p, q = Plain(), Plain()
print(p == p, p == q, p != q)
try:
    p < q
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([p, q])
except TypeError as e:
    print("TypeError:", e)
try:
    p <= 1
except TypeError as e:
    print("TypeError:", e)
