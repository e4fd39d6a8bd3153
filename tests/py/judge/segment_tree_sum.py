class SegmentTree:
    def __init__(self, data):
        self.n = len(data)
        self.tree = [0] * (4 * self.n)
        self._build(data, 1, 0, self.n - 1)

    def _build(self, data, node, lo, hi):
        if lo == hi:
            self.tree[node] = data[lo]
            return
        mid = (lo + hi) // 2
        self._build(data, 2 * node, lo, mid)
        self._build(data, 2 * node + 1, mid + 1, hi)
        self.tree[node] = self.tree[2 * node] + self.tree[2 * node + 1]

    def update(self, idx, value, node=1, lo=0, hi=None):
        if hi is None:
            hi = self.n - 1
        if lo == hi:
            self.tree[node] = value
            return
        mid = (lo + hi) // 2
        if idx <= mid:
            self.update(idx, value, 2 * node, lo, mid)
        else:
            self.update(idx, value, 2 * node + 1, mid + 1, hi)
        self.tree[node] = self.tree[2 * node] + self.tree[2 * node + 1]

    def query(self, left, right, node=1, lo=0, hi=None):
        if hi is None:
            hi = self.n - 1
        if right < lo or hi < left:
            return 0
        if left <= lo and hi <= right:
            return self.tree[node]
        mid = (lo + hi) // 2
        return (self.query(left, right, 2 * node, lo, mid)
                + self.query(left, right, 2 * node + 1, mid + 1, hi))

data = [5, 3, 8, 6, 1, 4, 7, 2, 9, 0]
st = SegmentTree(data)
print("total", st.query(0, 9))
for l, r in [(0, 0), (2, 5), (3, 8), (9, 9), (0, 4)]:
    print("sum[%d..%d] = %d (check %d)" % (l, r, st.query(l, r), sum(data[l:r + 1])))
for idx, val in [(3, 100), (0, -5), (9, 50)]:
    st.update(idx, val)
    data[idx] = val
    print("after a[%d]=%d: sum[0..9]=%d sum[2..4]=%d" % (idx, val, st.query(0, 9), st.query(2, 4)))

n = 200
arr = [(i * 37) % 101 for i in range(n)]
big = SegmentTree(arr)
ok = True
for i in range(0, n, 7):
    for j in range(i, n, 13):
        if big.query(i, j) != sum(arr[i:j + 1]):
            ok = False
print("random checks ok:", ok)
