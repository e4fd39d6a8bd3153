s = slice(1, 5)
print(s)
print(slice(3), slice(None), slice(1, None, -1), slice("a", [1], None))
print(s.start, s.stop, s.step)
data = list(range(10))
print(data[s], data[slice(None, None, 2)], data[slice(-3, None)])
print("abcdefgh"[slice(1, 7, 2)], "abcdefgh"[slice(None, None, -1)])
print((1, 2, 3, 4)[slice(2)])
print(slice(1, 10, 2).indices(5))
print(slice(None, None, -1).indices(4))
print(slice(-100, 100).indices(7))
print(slice(2, 5) == slice(2, 5), slice(2, 5) == slice(2, 6))
print(data[::3], data[8:2:-2], data[-1:-4:-1], data[100:], data[:-100])
print(data[5:2], data[2:5:-1], data[::-3])
print(range(20)[slice(5, 15, 4)])
d = data[:]
d[slice(0, 3)] = ["x"]
print(d)
del d[slice(None, None, 2)]
print(d)
try:
    data[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    data[1.5:2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    data["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc"[None:"x"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}[slice(1, 2)]
except (TypeError, KeyError) as e:
    print(type(e).__name__)
