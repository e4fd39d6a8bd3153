print(list(reversed([1, 2, 3])))
print(list(reversed("hello")))
print("".join(reversed("stressed")))
print(list(reversed((1, 'a', None))))
print(list(reversed([])))
print(list(reversed(range(0, 10, 3))))
print(tuple(reversed(range(5))))
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)))
print(list(reversed(d.keys())))
print(list(reversed(d.values())))
print(list(reversed(d.items())))
r = reversed([1, 2, 3])
print(next(r))
print(list(r))
for ch in reversed("abc"):
    print(ch, end="")
print()
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed(5)
except TypeError as e:
    print(type(e).__name__, e)
