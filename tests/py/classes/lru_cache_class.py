class LRUCache:
    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.data = {}
        self.order = []
        self.hits = 0
        self.misses = 0

    def get(self, key, default=None):
        if key in self.data:
            self.hits += 1
            self.order.remove(key)
            self.order.append(key)
            return self.data[key]
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            self.order.remove(key)
        elif len(self.data) >= self.capacity:
            oldest = self.order.pop(0)
            print(f"  evict {oldest!r}")
            del self.data[oldest]
        self.data[key] = value
        self.order.append(key)

    def __getitem__(self, key):
        sentinel = object()
        v = self.get(key, sentinel)
        if v is sentinel:
            raise KeyError(key)
        return v

    __setitem__ = put

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return "LRUCache(" + ", ".join([f"{k!r}: {self.data[k]!r}" for k in self.order]) + ")"

    @property
    def stats(self):
        total = self.hits + self.misses
        ratio = self.hits / total if total else 0.0
        return f"hits={self.hits} misses={self.misses} ratio={ratio:.2f}"


c = LRUCache(3)
c["a"] = 1
c["b"] = 2
c["c"] = 3
print(c)
print(c["a"])
c["d"] = 4
print(c, "b" in c, len(c))
print(c.get("b"), c.get("b", "gone"))
c.put("c", 30)
c.put("e", 5)
print(c)
try:
    c["zzz"]
except KeyError as e:
    print("KeyError:", e)
print(c.stats)
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)


class Memoized:
    def __init__(self, fn, size):
        self.fn = fn
        self.cache = LRUCache(size)

    def __call__(self, n):
        if n in self.cache:
            return self.cache[n]
        v = self.fn(n)
        self.cache[n] = v
        return v


def slow_square(n):
    print(f"  computing {n}^2")
    return n * n


sq = Memoized(slow_square, 2)
print([sq(x) for x in [2, 3, 2, 4, 3, 2]])
print(sq.cache.stats)
