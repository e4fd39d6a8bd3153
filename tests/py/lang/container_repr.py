# repr of nested containers
print([1, [2, [3, []]]])
print((1, (2,), ()))
print({"a": {"b": {"c": {}}}})
print([None, True, False, 0.5, -0.0, "s", 'q"', "a'b"])
print({1: [1, 2], (1, 2): {"x": None}})
print(repr([1, 2]), str([1, 2]))
print(str(("a",)), repr(("a",)))
l = [1]
l.append(l)
print(l)
d = {"self": None}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
outer = [[]]
outer[0].append(outer)
print(outer)
print([[]] * 3)
print([set(), {1}])
print({(): [], (1,): [(1,)]})
print(["\n", "\t", "\\", "\x00", "é", "\u2028"])
print(list(range(3)), tuple(range(3)))
print([1.0, 10.0, 1e16, 1.5e-7, float("inf")])
print({"nested": [{"deep": (1, [2, {3: "x"}])}]})
