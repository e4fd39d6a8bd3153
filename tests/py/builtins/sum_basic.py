print(sum([1, 2, 3]))
print(sum([]))
print(sum([], 10))
print(sum([1, 2], 100))
print(sum([1, 2], start=5))
print(sum([0.1] * 10))
print(sum([0.1, 0.2, 0.3]))
print(sum([1, 2.5]))
print(sum([True, True, False]))
print(sum(range(1, 101)))
print(sum(x * x for x in range(10)))
print(sum([[1], [2, 3], []], []))
print(sum([(1,), (2,)], ()))
print(sum([10**20, 10**20]))
print(sum([-1.5, 1.5]))
print(sum({1: 'a', 2: 'b'}))
print(sum({3, 4, 5}))
print(sum([1e308, 1e308]))
print(sum([1, -1.0]))
try:
    sum(["a", "b"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(5)
except TypeError as e:
    print(type(e).__name__, e)
