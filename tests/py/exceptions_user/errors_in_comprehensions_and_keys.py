class BadItem(Exception):
    def __init__(self, item):
        super().__init__(f"bad item {item!r}")
        self.item = item


def score(x):
    if not isinstance(x, int):
        raise BadItem(x)
    return -x


data = [3, 1, "two", 5]
try:
    print(sorted(data, key=score))
except BadItem as e:
    print("sort key failed:", e, "| item:", e.item)
print(data)
try:
    print([score(x) for x in data])
except BadItem as e:
    print("list comprehension failed:", e)
try:
    print({x: score(x) for x in reversed(data)})
except BadItem as e:
    print("dict comprehension failed:", e)
try:
    print(list(map(score, data)))
except BadItem as e:
    print("map failed:", e)
try:
    print(max(data, key=score))
except BadItem as e:
    print("max key failed:", e)

collected = []
try:
    for x in data:
        collected.append(score(x))
except BadItem:
    pass
print("collected before failure:", collected)


def safe_score(x):
    try:
        return score(x)
    except BadItem as e:
        return f"<{e.item}>"


print([safe_score(x) for x in data])
print(sorted([x for x in data if isinstance(x, int)], key=score))
xs = [5, 0, 2]
try:
    xs.sort(key=lambda v: 10 // v)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, xs)


class Check:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v is None or other.v is None:
            raise BadItem(None)
        return self.v < other.v

    def __repr__(self):
        return f"Check({self.v})"


items = [Check(2), Check(None), Check(1)]
try:
    items.sort()
except BadItem as e:
    print("__lt__ failed during sort:", e)
print(len(items), sorted([Check(3), Check(1), Check(2)]))
total = 0
try:
    total = sum([score(x) for x in [1, 2, None]])
except BadItem as e:
    print("sum not reached:", e, total)
