print(all([]), any([]))
print(all([1, 2, 3]), all([1, 0, 3]), any([0, 0, 1]), any([0, "", None]))
print(all("abc"), any(""), all([[]]), any([[]]), any([[0]]))
print(all(x > 0 for x in [1, 2, 3]), any(x > 2 for x in [1, 2, 3]))
print(all(x % 2 == 0 for x in range(0, 10, 2)), any(c.isdigit() for c in "abc"))
print(all({1: 0}), any({0: 1}), all({0}), any({0, 1}))
print(all((True, True)), any((False,)))
print(all(range(1, 5)), all(range(5)), any(range(1)))
calls = []
def check(x):
    calls.append(x)
    return x > 2
print(any(check(x) for x in [1, 3, 5]), calls)
calls.clear()
print(all(check(x) for x in [5, 1, 7]), calls)
try:
    all(5)
except TypeError as e:
    print(type(e).__name__, e)
