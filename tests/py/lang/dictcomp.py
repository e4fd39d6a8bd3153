# dict comprehensions
print({x: x * x for x in range(5)})
print({k: v for k, v in [("a", 1), ("b", 2)]})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({x: None for x in "hello"})
print({x % 3: x for x in range(10)})
print({k: [i for i in range(k)] for k in range(4)})
print({(i, j): i * j for i in range(2) for j in range(2)})
print({w: len(w) for w in ["one", "three", "five"] if len(w) > 3})
print({str(i): i for i in range(3)})
keys = ["a", "b", "c"]
vals = [1, 2, 3]
print({keys[i]: vals[i] for i in range(len(keys))})
print({k: v for k, v in zip(keys, vals)})
d = {x: x for x in range(3)}
print({k: d[k] * 10 for k in d})
print({}, {k: k for k in []})
