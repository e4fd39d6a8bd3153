class DefaultDict(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory

    def __missing__(self, key):
        print(f"  __missing__({key!r})")
        value = self.factory()
        self[key] = value
        return value


groups = DefaultDict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(len(groups), "z" in groups, groups.get("z"), "z" in groups)
counts = DefaultDict(int, {"seed": 100})
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()))
print(isinstance(counts, dict), type(counts).__name__, type(counts) is dict)


class CaseInsensitive(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())


ci = CaseInsensitive()
ci["Content-Type"] = "text"
ci["ACCEPT"] = "*"
print(ci["content-type"], ci["Accept"], "CONTENT-TYPE" in ci, list(ci))
try:
    ci["missing"]
except KeyError as e:
    print("KeyError:", e)


class Counter(dict):
    def __missing__(self, key):
        return 0

    def add(self, items):
        for it in items:
            self[it] += 1
        return self

    def most_common(self, n):
        return sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


c = Counter().add("abracadabra")
print(c.most_common(3), c["z"], "z" in c)
print(dict(c) == {"a": 5, "b": 2, "r": 2, "c": 1, "d": 1})


class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        self[name] = value


a = AttrDict(x=1)
a.y = 2
print(a, a.x, a.y)
try:
    a.z
except AttributeError as e:
    print("AttributeError:", e)
print(repr(DefaultDict(str, k="v")))
