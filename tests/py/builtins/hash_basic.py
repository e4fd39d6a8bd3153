print(hash(0), hash(1), hash(-1), hash(-2), hash(42), hash(10**6))
print(hash(2**61 - 1), hash(2**61), hash(2**61 + 5), hash(-(2**61)), hash(10**30))
print(hash(1.0) == hash(1), hash(1.5), hash(-0.5), hash(0.0), hash(-0.0))
print(hash(2.0 ** 70), hash(float("inf")), hash(float("-inf")))
print(hash(True), hash(False), hash(None) == hash(None))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, 2, 3)), hash((-1, -2)))
print(hash(((1, 2), (3,))), hash((0, 0.5)), hash((True, False)))
print(hash((1, 2)) == hash((1.0, 2.0)))
print(hash(frozenset()) == hash(frozenset()), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
h = {}
for k in [(1, 2), (2, 1), (1, 2)]:
    h[k] = h.get(k, 0) + 1
print(h)
for bad in [[1], {1: 2}, {1}, ([1],)]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
