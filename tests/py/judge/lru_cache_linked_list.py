class Node:
    def __init__(self, key=None, value=None):
        self.key = key
        self.value = value
        self.prev = None
        self.next = None

class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.map = {}
        self.head = Node()
        self.tail = Node()
        self.head.next = self.tail
        self.tail.prev = self.head
        self.hits = self.misses = 0

    def _unlink(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev

    def _push_front(self, node):
        node.next = self.head.next
        node.prev = self.head
        self.head.next.prev = node
        self.head.next = node

    def get(self, key):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return -1
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return None
        if len(self.map) == self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
            evicted = lru.key
        else:
            evicted = None
        node = Node(key, value)
        self.map[key] = node
        self._push_front(node)
        return evicted

    def keys(self):
        node = self.head.next
        while node is not self.tail:
            yield node.key
            node = node.next

    def __len__(self):
        return len(self.map)

cache = LRUCache(3)
ops = [("put", 1, "one"), ("put", 2, "two"), ("put", 3, "three"), ("get", 1),
       ("put", 4, "four"), ("get", 2), ("get", 3), ("put", 1, "uno"), ("put", 5, "five"),
       ("get", 4), ("get", 1), ("get", 5)]
for op in ops:
    if op[0] == "put":
        ev = cache.put(op[1], op[2])
        print("put", op[1], "evicted", ev, list(cache.keys()))
    else:
        print("get", op[1], "->", cache.get(op[1]), list(cache.keys()))
print(len(cache), cache.hits, cache.misses)

def fib_cached(n, cache):
    v = cache.get(n)
    if v != -1:
        return v
    v = n if n < 2 else fib_cached(n - 1, cache) + fib_cached(n - 2, cache)
    cache.put(n, v)
    return v

c = LRUCache(5)
print(fib_cached(80, c), c.hits, c.misses, len(c))
