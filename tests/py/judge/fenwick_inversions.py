class Fenwick:
    def __init__(self, n):
        self.n = n
        self.tree = [0] * (n + 1)

    def add(self, i, delta):
        while i <= self.n:
            self.tree[i] += delta
            i += i & (-i)

    def prefix(self, i):
        s = 0
        while i > 0:
            s += self.tree[i]
            i -= i & (-i)
        return s

    def range_sum(self, l, r):
        return self.prefix(r) - self.prefix(l - 1)

def count_inversions(arr):
    ranks = {v: i + 1 for i, v in enumerate(sorted(set(arr)))}
    fw = Fenwick(len(ranks))
    inv = 0
    for seen, v in enumerate(arr):
        r = ranks[v]
        inv += seen - fw.prefix(r)
        fw.add(r, 1)
    return inv

def brute(arr):
    return sum(1 for i in range(len(arr)) for j in range(i + 1, len(arr)) if arr[i] > arr[j])

tests = [[1, 2, 3], [3, 2, 1], [2, 4, 1, 3, 5], [5, 5, 5], [], [8, 4, 2, 1],
         [(i * 7919) % 97 for i in range(60)]]
for t in tests:
    print(count_inversions(t), brute(t))

fw = Fenwick(10)
for i in range(1, 11):
    fw.add(i, i * i)
print([fw.prefix(i) for i in range(11)])
print(fw.range_sum(3, 7), sum(i * i for i in range(3, 8)))
fw.add(5, -25)
print(fw.range_sum(3, 7), fw.range_sum(5, 5))

def kth_smallest(fw, k):
    pos = 0
    step = 1
    while step * 2 <= fw.n:
        step *= 2
    while step:
        if pos + step <= fw.n and fw.tree[pos + step] < k:
            pos += step
            k -= fw.tree[pos]
        step //= 2
    return pos + 1

counts = Fenwick(20)
for v in [5, 3, 17, 3, 9, 12]:
    counts.add(v, 1)
print([kth_smallest(counts, k) for k in range(1, 7)])
