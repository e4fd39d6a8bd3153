# list displays
print([])
print([1])
print([1, 2, 3,])
print([[], [[]], [[], []]])
print([1, "a", 2.5, None, True, [2]])
a = [1, 2]
print([*a, 3])
print([0, *a, *a, 9])
print([*"abc"])
print([*range(3), *(4, 5)])
print([*[]])
print([*{1: "x", 2: "y"}])
print([x for x in a] + [*a])
l = [1, 2]
l.append(l)
print(l)
m = [0]
n = [m, m]
m.append(1)
print(n)
print(list(), list([1, 2]))
print(len([*a, *a, *a]))
print(["nested", ["list", ["deep"]]])
print([1, 2] is [1, 2], [1, 2] == [1, 2])
print([-0.0, 1e100, 0.1])
print(['quote"', "apos'", 'both\'"'])
