print(sorted([3, 1, 2]))
print(sorted([3, 1, 2], reverse=True))
print(sorted("banana"))
print(sorted((5, -1, 3.5, 0)))
print(sorted([]))
print(sorted({3: 'a', 1: 'b', 2: 'c'}))
print(sorted(["Banana", "apple", "Cherry"]))
print(sorted(["Banana", "apple", "Cherry"], key=str.lower))
print(sorted(["ccc", "a", "bb", "dd", "e"], key=len))
print(sorted(["ccc", "a", "bb", "dd", "e"], key=len, reverse=True))
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'y'), (2, 'c')]
print(sorted(pairs))
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs, key=lambda p: (-p[0], p[1])))
print(sorted([[2, 1], [1, 2], [1, 1], [2]]))
print(sorted([True, False, 0, 1, -1]))
print(sorted([-3, 2, -1, 4], key=abs))
print(sorted(range(10), key=lambda x: x % 3))
print(sorted({5, 1, 3}))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=lambda w: (len(w), w)))
original = [4, 2, 9]
s = sorted(original)
print(original, s, s is original)
print(sorted([0.5, 1, -2.25, 3]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([None, None, 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
