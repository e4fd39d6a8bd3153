# set displays (small ints only for stable ordering)
print({1, 2, 3})
print({3, 1, 2, 1, 3})
print(set())
print({1})
print(len({1, 1, 1}), len(set()))
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= a, a < a, {1} < a, a > {1, 2}, a >= b)
print(sorted(a | b))
print({*[1, 2], *(2, 3)})
print({x % 4 for x in range(10)})
s = {1, 2}
s.add(3)
s.add(2)
print(s)
s.discard(1)
s.discard(99)
print(s)
s.remove(2)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
print(1 in s, 3 in s)
print({True, 1, 1.0})
print({0, False})
print(set([5, 5, 6]), set(range(4)))
print({(1, 2), (1, 2)})
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
print({1, 2} == {2, 1}, {1} != {2})
print(a.isdisjoint({9}), a.issubset(range(10)))
