class Grid:
    def __init__(self, width, height, fill="."):
        self.width = width
        self.height = height
        self.cells = [fill] * (width * height)

    def _index(self, key):
        if not isinstance(key, tuple) or len(key) != 2:
            raise TypeError(f"Grid indices must be (x, y) pairs, not {type(key).__name__}")
        x, y = key
        if not (0 <= x < self.width and 0 <= y < self.height):
            raise IndexError(f"cell {key} outside {self.width}x{self.height} grid")
        return y * self.width + x

    def __getitem__(self, key):
        return self.cells[self._index(key)]

    def __setitem__(self, key, value):
        self.cells[self._index(key)] = value

    def __delitem__(self, key):
        self.cells[self._index(key)] = "."

    def __len__(self):
        return self.width * self.height

    def __contains__(self, value):
        return value in self.cells

    def __str__(self):
        rows = []
        for y in range(self.height):
            rows.append("".join(self.cells[y * self.width:(y + 1) * self.width]))
        return "\n".join(rows)


g = Grid(5, 3)
g[0, 0] = "#"
g[4, 2] = "@"
g[2, 1] = "*"
print(g)
print(len(g), g[4, 2], g[1, 1])
print("@" in g, "$" in g, "$" not in g)
del g[4, 2]
print("@" in g)
for key in [(5, 0), (0, -1), 3, "ab", (1, 2, 3)]:
    try:
        g[key]
    except IndexError as e:
        print("IndexError:", e)
    except TypeError as e:
        print("TypeError:", e)
for x in range(5):
    g[x, 2] = str(x)
print(g)
print(g.cells.count("."))


class Record:
    def __init__(self, **fields):
        self._data = dict(fields)

    def __getitem__(self, name):
        try:
            return self._data[name]
        except KeyError:
            raise KeyError(f"no field {name!r}") from None

    def __setitem__(self, name, value):
        self._data[name] = value

    def __delitem__(self, name):
        del self._data[name]

    def __len__(self):
        return len(self._data)

    def __contains__(self, name):
        return name in self._data

    def __repr__(self):
        return "Record(" + ", ".join([f"{k}={v!r}" for k, v in self._data.items()]) + ")"


r = Record(name="ann", age=31)
r["city"] = "Oslo"
r["age"] += 1
print(r, len(r))
print("city" in r, "zip" in r)
del r["name"]
print(r)
try:
    r["name"]
except KeyError as e:
    print("KeyError:", e)
try:
    del r["nope"]
except KeyError as e:
    print("KeyError:", e)
