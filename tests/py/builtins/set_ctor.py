print(set(), set([3, 1, 2]), set((1, 1, 1)), set(range(5)))
print(set("aaaa"), set([]), set({1: 'a', 2: 'b'}))
print(frozenset(), frozenset([1, 2, 3]), frozenset(range(3)))
print(frozenset("a"), frozenset({5}))
print({1, 2} == frozenset([1, 2]), set() == frozenset())
print(sorted(set([5, 3, 9, 1])))
s = {x % 4 for x in range(20)}
print(s)
print({(1, 2), (1, 2), (3, 4)} == {(3, 4), (1, 2)})
print(len({1, 1.0, True}))
print({frozenset([1, 2]): "fs"})
print(set([frozenset([1])]))
print(type(set()), type(frozenset()), type({1}))
print(frozenset([1, 2]) | {3}, {3} | frozenset([1, 2]))
print(type(frozenset([1]) | {3}), type({3} | frozenset([1])))
print(hash(frozenset()) == hash(frozenset([])))
print(frozenset([1, 2]) in {frozenset([2, 1])})
try:
    set([[1]])
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1, {2}}
except TypeError as e:
    print(type(e).__name__, e)
try:
    set(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash({1})
except TypeError as e:
    print(type(e).__name__, e)
