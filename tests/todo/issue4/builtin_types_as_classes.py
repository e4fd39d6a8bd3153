print(str.upper("hello"), str.join("-", ["a", "b"]), str.split("a b  c"))
xs = []
list.append(xs, 1)
list.extend(xs, [2, 3])
print(xs, list.__len__(xs), list.index(xs, 3))
print(dict.fromkeys(["a", "b"], 0), dict.fromkeys("xy"))
print(int.__add__(1, 2), int.__mul__(6, 7), int.__neg__(5))
print((5).__add__(3), (5).__sub__(2), (3).__lt__(4))
print(int.__add__(1, 2.5))
print(float.__add__(1.5, 1.5), str.__add__("a", "b"), list.__add__([1], [2]))
print(list(map(str.strip, ["  a ", "b  ", "\tc\n"])))
print(list(map(str.lower, "HeLLo")))
print(sorted(["b", "C", "a"], key=str.lower))
print(list(map(int, ["1", "22", "-3"])), list(map(float, ["1.5", "2"])))
print(list(map(len, ["", "ab", [1, 2, 3]])))
print(list(filter(str.isdigit, ["1", "a", "22", "b3"])))
print(list(map(dict.keys, [{"a": 1}, {"b": 2}])) == [{"a": 1}.keys(), {"b": 2}.keys()])
up = str.upper
print(up("x"), callable(up))
store = []
app = store.append
app(5)
app(6)
print(store)
d = {"k": 1}
getter = d.get
print(getter("k"), getter("z", "none"))
print(str.__name__, list.__name__, str.upper.__name__)
print(isinstance(str, type), isinstance("x", str), issubclass(bool, int))
print(type(3) is int, type(True) is bool, type(None).__name__)
print(str(5), int("5"), float("5"), list("ab"), tuple([1]), dict([("a", 1)]))
print(str.count("banana", "a"), str.replace("aaa", "a", "b", 2))
print(int.bit_length(255), str.title("ab cd"), float.is_integer(2.0))
print(int.__eq__(1, 1), int.__eq__(1, "1"), str.__eq__("a", 1))
print(object.__eq__(1, 1), object.__ne__(1, 2))
print(list.__getitem__([10, 20, 30], 1), dict.__getitem__({"a": 5}, "a"))
print(str.__contains__("abc", "b"), list.__contains__([1, 2], 3))
try:
    str.upper(5)
except TypeError as e:
    print("TypeError:", e)
try:
    list.append((1, 2), 3)
except TypeError as e:
    print("TypeError:", e)
try:
    str.join()
except TypeError as e:
    print("TypeError:", e)
print(sum(map(int.__abs__, [-1, -2, 3])))
pairs = [(2, "b"), (1, "a")]
print(sorted(pairs, key=tuple.__len__), min(pairs, key=lambda p: p[1]))
