print(list(map(str, [1, 2, 3])))
print(list(map(lambda x: x * x, range(6))))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
print(list(map(int, "12345")))
print(list(map(len, ["a", "bb", "", "cccc"])))
print(list(map(abs, [-1, 2, -3.5])))
print(list(filter(lambda x: x % 2, range(10))))
print(list(filter(None, [0, 1, "", "a", None, [], [0], 0.0, False, True])))
print(list(filter(str.isdigit, ["1", "a", "22", "b3"])))
print(list(filter(lambda s: len(s) > 2, "a bb ccc dddd".split())))
print(list(map(lambda x: x.upper(), filter(lambda s: s.startswith("p"), ["pear", "apple", "plum"]))))
m = map(lambda x: x + 1, [1, 2, 3])
print(next(m), next(m))
print(list(m), list(m))
print(sum(map(int, "9 8 7".split())))
print(tuple(map(pow, [2, 3, 4], [3, 2, 1])))
print(set(map(lambda x: x % 3, range(10))))
def double(x):
    return 2 * x
print(list(map(double, [1.5, "ab", [0]])))
try:
    list(map(lambda x: 1 / x, [1, 0]))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    map(abs)
except TypeError as e:
    print(type(e).__name__, e)
try:
    filter(None, 3)
except TypeError as e:
    print(type(e).__name__, e)
