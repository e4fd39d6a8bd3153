print([1, 2] + [3], [1] * 3, 3 * [0, 1], [] * 5, [1] * 0, [1] * -1)
print([1, 2] == [1, 2], [1, 2] != [1, 2.0], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0])
print([2] > [1, 9], [1, [2]] < [1, [3]], ["a"] < ["b"], [1, 2] <= [1, 2], [3] >= [3, 0])
print(1 in [1, 2], 3 not in [1, 2], [1] in [[1], 2], "a" in ["abc"])
print(len([[], [], []]), [[1, 2], [3]][0][1], [[1, 2], [3]][-1])
a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b, a == a[:], a is a[:])
nested = [[1, [2, [3, [4]]]], "s", (5,), {"d": [6]}]
print(nested)
print(nested[0][1][1][1][0], nested[3]["d"][0])
m = [[i * j for j in range(4)] for i in range(3)]
print(m)
print([row[1] for row in m], [sum(r) for r in m])
flat = [x for row in m for x in row if x]
print(flat)
print(list(map(list, zip(*m))))
x, *rest = [1, 2, 3, 4]
*init, last = [1, 2, 3]
p, (q, r), s = [1, (2, 3), 4]
print(x, rest, init, last, p, q, r, s)
first, second = "ab"
print(first, second)
a, b = b, a
print(a, b)
print([None] * 3, [0.5] * 2, ["ab"] * 2)
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < ["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * [2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    x, y, z = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    x, y = 5
except TypeError as e:
    print(type(e).__name__, e)
