# comparisons across types and containers
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0])
print((1, "a") < (1, "b"), (2,) > (1, 99))
print("abc" < "abd", "abc" < "ab", "" < "a", "Z" < "a")
print([1, 2] == [1, 2], [1, 2] == (1, 2), (1, 2) == (1, 2))
print({1: 2} == {1: 2}, {1: 2, 3: 4} == {3: 4, 1: 2})
print({1, 2} == {2, 1}, {1} < {1, 2}, {1, 2} <= {1, 2}, {1, 3} < {1, 2})
print(1 == "1", 0 == None, None == None, [] == [], [] == ())
print(1 != "1")
print([[1, 2], [3]] == [[1, 2], [3]])
print([1, [2, [3]]] < [1, [2, [4]]])
print(max([3, 1, 2]), min("hello"), max((1, 2), (1, 3)))
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print(None < 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print({} < {})
except TypeError as e:
    print("TypeError:", e)
try:
    print([1, "a"] < [1, 2])
except TypeError as e:
    print("TypeError:", e)
print([1, "a"] == [1, 2])
print(sorted([(2, "b"), (1, "z"), (2, "a")]))
print(1.5 < 2 < 2.5, 3 >= 3.0)
print("a" * 3 == "aaa", [0] * 3 == [0, 0, 0])
