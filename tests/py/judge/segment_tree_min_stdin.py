import sys

INF = float("inf")

class MinTree:
    def __init__(self, values):
        size = 1
        while size < len(values):
            size *= 2
        self.size = size
        self.t = [INF] * (2 * size)
        for i, v in enumerate(values):
            self.t[size + i] = v
        for i in range(size - 1, 0, -1):
            self.t[i] = min(self.t[2 * i], self.t[2 * i + 1])

    def set(self, i, v):
        i += self.size
        self.t[i] = v
        i //= 2
        while i:
            self.t[i] = min(self.t[2 * i], self.t[2 * i + 1])
            i //= 2

    def min(self, lo, hi):
        res = INF
        lo += self.size
        hi += self.size + 1
        while lo < hi:
            if lo & 1:
                res = min(res, self.t[lo])
                lo += 1
            if hi & 1:
                hi -= 1
                res = min(res, self.t[hi])
            lo //= 2
            hi //= 2
        return res

def main():
    n, q = map(int, sys.stdin.readline().split())
    values = list(map(int, sys.stdin.readline().split()))
    assert len(values) == n
    tree = MinTree(values)
    out = []
    for _ in range(q):
        parts = sys.stdin.readline().split()
        if parts[0] == "Q":
            out.append(str(tree.min(int(parts[1]) - 1, int(parts[2]) - 1)))
        else:
            tree.set(int(parts[1]) - 1, int(parts[2]))
    print("\n".join(out))

main()
