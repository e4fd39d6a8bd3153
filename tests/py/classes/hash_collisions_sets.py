class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return 42

    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return f"Key({self.name!r})"


d = {}
for n in ["a", "b", "c", "a", "b"]:
    d[Key(n)] = d.get(Key(n), 0) + 1
print(d)
print(Key("c") in d, Key("z") in d, len(d))
del d[Key("b")]
print(d)
s = {Key("x"), Key("y"), Key("x")}
print(len(s), Key("y") in s)


class Tag:
    def __init__(self, label):
        self.label = label.lower()

    def __eq__(self, other):
        return isinstance(other, Tag) and self.label == other.label

    def __hash__(self):
        return hash(self.label)

    def __repr__(self):
        return "#" + self.label


a = {Tag("Python"), Tag("C"), Tag("rust")}
b = {Tag("python"), Tag("GO"), Tag("Rust")}
print(sorted(a & b, key=repr))
print(sorted(a | b, key=repr))
print(sorted(a - b, key=repr), sorted(a ^ b, key=repr))
print(Tag("C") in a, a.issubset(a | b), len(a | b))
fs = frozenset([Tag("x"), Tag("X")])
print(len(fs), {fs: "ok"}[frozenset([Tag("x")])])


class Eq1:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other

    def __hash__(self):
        return hash(self.v)


m = {1: "int one", "s": "str"}
print(m[Eq1(1)], m[Eq1("s")])
m[Eq1(1)] = "replaced"
print(len(m), m[1])


class CountingHash:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        CountingHash.calls += 1
        return hash(self.v)

    def __eq__(self, other):
        return self.v == other.v


k = CountingHash(5)
table = {k: 1}
table[k] += 1
print(table[k], CountingHash.calls)
print(k in table, CountingHash.calls)
