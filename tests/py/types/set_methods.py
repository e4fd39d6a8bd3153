s = {3, 1, 2}
s.add(5)
s.add(1)
print(s)
s.discard(3)
s.discard(42)
print(s)
s.remove(5)
print(s, len(s))
p = {10, 20, 30}
popped = []
while p:
    popped.append(p.pop())
print(sorted(popped), p)
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([9], (8,)), a.intersection(range(3), [1, 2]), a.difference([1], [2]))
print(a.union(), a.intersection(), {1, 2}.issubset([1, 2, 3]), {1, 5}.issubset(a))
print({1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > a, a.issuperset([1, 2]))
print(a.isdisjoint(b), a.isdisjoint({7, 8}), set().isdisjoint(set()))
print(a == {4, 3, 2, 1}, a != b, {1} == frozenset({1}))
c = set(a)
c.update([10, 11], {12})
print(c)
c.intersection_update(range(5), range(2, 20))
print(c)
c.difference_update({2})
print(c)
c.symmetric_difference_update({3, 4, 99})
print(c)
c |= {1}
c &= {1, 99, 50}
print(c)
c -= {99}
c ^= {7, 1}
print(c)
d = a.copy()
d.clear()
print(d, a)
print(set() == set(), {()} , {0} | set(), sorted({-1, -5, 0, 7}), set([2, 1]) | set([3]))
print(sorted({-3, 10, -20, 5}), 3 in a, 9 not in a)
f = frozenset({1, 2})
print(f | {3}, f & {2, 9}, f - {1}, f ^ {1, 4}, f.union({0}), f.issubset(a))
print(sorted({x * x for x in range(-3, 4)}), len({x * x for x in range(-3, 4)}))
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.add(3)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    {1}[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a + b
except TypeError as e:
    print(type(e).__name__, e)
