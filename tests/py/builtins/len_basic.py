print(len(""))
print(len("abc"))
print(len("héllo"))
print(len("日本語"))
print(len([]))
print(len([1, [2, 3], 4]))
print(len(()))
print(len((1,)))
print(len({}))
print(len({"a": 1, "b": 2}))
print(len(set()))
print(len({1, 2, 2, 3}))
print(len(frozenset([1, 1, 1])))
print(len(range(10)))
print(len(range(0, 10, 3)))
print(len(range(10, 0)))
print(len(range(10, 0, -2)))
print(len({"a": 1}.keys()))
print(len({"a": 1}.items()))
print(len("a" * 100))
d = {i: i for i in range(50)}
print(len(d))
for bad in [5, 3.5, None, True]:
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len([], [])
except TypeError as e:
    print(type(e).__name__, e)
