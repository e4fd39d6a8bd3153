import sys

class BIT:
    def __init__(self, n):
        self.n = n
        self.t = [0] * (n + 1)
    def add(self, i, d):
        while i <= self.n:
            self.t[i] += d
            i += i & -i
    def sum(self, i):
        s = 0
        while i:
            s += self.t[i]
            i -= i & -i
        return s

class RangeAddRangeSum:
    def __init__(self, n):
        self.b1 = BIT(n)
        self.b2 = BIT(n)
    def _add(self, i, d):
        self.b1.add(i, d)
        self.b2.add(i, d * (i - 1))
    def range_add(self, l, r, d):
        self._add(l, d)
        if r + 1 <= self.b1.n:
            self._add(r + 1, -d)
    def prefix(self, i):
        return self.b1.sum(i) * i - self.b2.sum(i)
    def range_sum(self, l, r):
        return self.prefix(r) - self.prefix(l - 1)

data = sys.stdin.read().split()
pos = 0
def nxt():
    global pos
    pos += 1
    return data[pos - 1]

n = int(nxt())
q = int(nxt())
ds = RangeAddRangeSum(n)
shadow = [0] * (n + 1)
for i in range(1, n + 1):
    v = int(nxt())
    ds.range_add(i, i, v)
    shadow[i] = v
for _ in range(q):
    kind = nxt()
    if kind == "add":
        l, r, d = int(nxt()), int(nxt()), int(nxt())
        ds.range_add(l, r, d)
        for i in range(l, r + 1):
            shadow[i] += d
    else:
        l, r = int(nxt()), int(nxt())
        got = ds.range_sum(l, r)
        print(got, "ok" if got == sum(shadow[l:r + 1]) else "MISMATCH")
