fs1 = frozenset([1, 2, 3])
fs2 = frozenset([3, 2, 1])
print(fs1 == fs2, hash(fs1) == hash(fs2), fs1 is not fs2)
d = {fs1: "first"}
d[fs2] = "second"
print(d, len(d))
groups = {}
for pair in [(1, 2), (2, 1), (3, 4), (4, 3), (1, 2), (5, 5)]:
    key = frozenset(pair)
    groups[key] = groups.get(key, 0) + 1
print(sorted((sorted(k), v) for k, v in groups.items()))
s = {frozenset([1]), frozenset([1]), frozenset([2, 1])}
print(len(s), frozenset([1]) in s, frozenset() in s)
print(frozenset([1, 2]) < frozenset([1, 2, 3]), frozenset([1, 2]) <= {1, 2}, {1, 2} >= frozenset([2]))
print(fs1.union([4]), fs1.intersection({2, 3, 4}), fs1.difference([1]), fs1.symmetric_difference({3, 4}))
print(fs1.isdisjoint({4, 5}), fs1.issubset(range(5)), fs1.issuperset((1,)), fs1.copy() == fs1)
print(frozenset("aab") == frozenset("ab"), len(frozenset("mississippi")))
print(sorted(frozenset({5, 3, 9})), list(frozenset([7])), 3 in fs1, 4 not in fs1)
print(repr(frozenset()), str(frozenset([0])), frozenset([frozenset([1])]))
nested = {frozenset({1, 2}): {frozenset({3}): "deep"}}
print(nested[frozenset({2, 1})][frozenset({3})])
try:
    fs1.remove(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    frozenset([[1]])
except TypeError as e:
    print(type(e).__name__, e)
