def flatten(items):
    for item in items:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item

data = [1, [2, 3, [4, [5, 6]], 7], (8, [9]), [], [[[]]], 10]
print(list(flatten(data)))
print(sum(flatten(data)))

def flatten_depth(items, depth=0):
    for item in items:
        if isinstance(item, list):
            yield from flatten_depth(item, depth + 1)
        else:
            yield depth, item

for d, v in flatten_depth(["a", ["b", ["c", "d"], "e"], [[["f"]]]]):
    print("  " * d + v)

def flatten_dict(d, prefix=""):
    for key in sorted(d):
        value = d[key]
        path = prefix + "." + key if prefix else key
        if isinstance(value, dict):
            yield from flatten_dict(value, path)
        else:
            yield path, value

config = {
    "db": {"host": "localhost", "port": 5432, "opts": {"ssl": True}},
    "debug": False,
    "paths": {"home": "/h", "tmp": "/t"},
}
for path, value in flatten_dict(config):
    print(path, "=", value)

def deep(n):
    result = 0
    for _ in range(n):
        result = [result]
    return result

print(list(flatten(deep(50))))
strings = ["ab", ["cd", ["ef"]]]
print("".join(flatten(strings)))
