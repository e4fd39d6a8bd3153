# dict and container access inside f-strings
d = {"a": 1, "b": [10, 20, 30], "c": {"inner": "deep"}}
print(f"{d['a']}")
print(f"{d['b'][1]}")
print(f"{d['b'][-1]}")
print(f"{d['c']['inner']}")
print(f"{d['b'][1:]}")
print(f"{d.get('zz', 'default')}")
print(f"{len(d)}")
print(f"{d}")
print(f"{ {'x': 1} }")
print(f"{ {k: v for k, v in [(1, 2)]} }")
print(f"{[k for k in d]}")
lst = [[1, 2], [3, 4]]
print(f"{lst[1][0]}")
t = (5, 6)
print(f"{t[0] + t[1]}")
print(f"{d['b'][0]:>5}|")
print(f"{d['a']!r}")
key = 'a'
print(f"{d[key]}")
print(f"{'a' in d} {'z' not in d}")
