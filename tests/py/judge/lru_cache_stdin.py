class Entry:
    def __init__(self, key, val):
        self.key, self.val = key, val
        self.prev = self.next = None

class Cache:
    def __init__(self, cap):
        self.cap = cap
        self.index = {}
        self.sentinel = Entry(None, None)
        self.sentinel.prev = self.sentinel.next = self.sentinel

    def _detach(self, e):
        e.prev.next, e.next.prev = e.next, e.prev

    def _attach(self, e):
        e.prev, e.next = self.sentinel, self.sentinel.next
        self.sentinel.next.prev = e
        self.sentinel.next = e

    def get(self, key):
        if key not in self.index:
            return None
        e = self.index[key]
        self._detach(e)
        self._attach(e)
        return e.val

    def set(self, key, val):
        if key in self.index:
            e = self.index[key]
            e.val = val
            self._detach(e)
        else:
            if len(self.index) >= self.cap:
                old = self.sentinel.prev
                self._detach(old)
                del self.index[old.key]
                print("evict", old.key)
            e = Entry(key, val)
            self.index[key] = e
        self._attach(e)

    def dump(self):
        e = self.sentinel.next
        parts = []
        while e is not self.sentinel:
            parts.append("%s=%s" % (e.key, e.val))
            e = e.next
        return " ".join(parts) or "(empty)"

cap = int(input())
n = int(input())
cache = Cache(cap)
for _ in range(n):
    cmd = input().split()
    if cmd[0] == "SET":
        cache.set(cmd[1], cmd[2])
    elif cmd[0] == "GET":
        v = cache.get(cmd[1])
        print(cmd[1], "->", "MISS" if v is None else v)
    elif cmd[0] == "DUMP":
        print(cache.dump())
