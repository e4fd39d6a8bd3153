# sequence concatenation, repetition, len, index, count
a = [1, 2]
b = [3]
print(a + b, b + a, a + [])
print(a * 3, 3 * a, a * 0, a * -1)
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2)
print((1, 2) + (3,), (1,) * 4, () * 5)
print(len([]), len("abc"), len((1, 2)), len({1: 2}), len(range(10)))
print([1, 2, 3, 2].index(2), [1, 2, 3, 2].count(2), "banana".count("a"))
print("hello".index("l"), (5, 6, 7).index(7))
nested = [[0] * 2] * 2
nested[0][0] = 9
print(nested)
fresh = [[0] * 2 for _ in range(2)]
fresh[0][0] = 9
print(fresh)
print([1, 2] + [[3]])
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    [1] * 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2].index(5)
except ValueError as e:
    print("ValueError:", e)
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
print(list(range(3)) * 2)
print(list("abc"), tuple("ab"), list((1, 2)))
print(sorted("cab"), list(reversed([1, 2, 3])))
print(True * "x", "x" * True)
