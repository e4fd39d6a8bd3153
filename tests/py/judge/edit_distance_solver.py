class Aligner:
    def __init__(self, sub_cost=1, indel_cost=1):
        self.sub_cost = sub_cost
        self.indel_cost = indel_cost
        self.calls = 0

    def table(self, a, b):
        self.calls += 1
        n, m = len(a), len(b)
        d = [[0] * (m + 1) for _ in range(n + 1)]
        for i in range(1, n + 1):
            d[i][0] = i * self.indel_cost
        for j in range(1, m + 1):
            d[0][j] = j * self.indel_cost
        for i in range(1, n + 1):
            for j in range(1, m + 1):
                same = a[i - 1] == b[j - 1]
                d[i][j] = min(d[i - 1][j] + self.indel_cost,
                              d[i][j - 1] + self.indel_cost,
                              d[i - 1][j - 1] + (0 if same else self.sub_cost))
        return d

    def distance(self, a, b):
        return self.table(a, b)[len(a)][len(b)]

    def script(self, a, b):
        d = self.table(a, b)
        i, j = len(a), len(b)
        ops = []
        while i or j:
            if i and j and a[i - 1] == b[j - 1] and d[i][j] == d[i - 1][j - 1]:
                ops.append("=" + a[i - 1])
                i, j = i - 1, j - 1
            elif i and j and d[i][j] == d[i - 1][j - 1] + self.sub_cost:
                ops.append("~%s>%s" % (a[i - 1], b[j - 1]))
                i, j = i - 1, j - 1
            elif i and d[i][j] == d[i - 1][j] + self.indel_cost:
                ops.append("-" + a[i - 1])
                i -= 1
            else:
                ops.append("+" + b[j - 1])
                j -= 1
        return " ".join(reversed(ops))

class LCS:
    def __call__(self, a, b):
        prev = [""] * (len(b) + 1)
        for ca in a:
            cur = [""]
            for j, cb in enumerate(b):
                if ca == cb:
                    cur.append(prev[j] + ca)
                else:
                    cur.append(max(prev[j + 1], cur[j], key=len))
            prev = cur
        return prev[-1]

al = Aligner()
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same"), ("intention", "execution")]:
    print(a, b, al.distance(a, b), al.script(a, b))
print("calls", al.calls)
print(Aligner(sub_cost=2).distance("kitten", "sitting"))
lcs = LCS()
print(repr(lcs("ABCBDAB", "BDCABA")), repr(lcs("abc", "xyz")), repr(lcs("programming", "gaming")))
print(callable(lcs), callable(al))
