def lcs(a, b):
    m, n = len(a), len(b)
    dp = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m):
        for j in range(n):
            dp[i + 1][j + 1] = dp[i][j] + 1 if a[i] == b[j] else max(dp[i][j + 1], dp[i + 1][j])
    out, i, j = [], m, n
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1]); i -= 1; j -= 1
        elif dp[i - 1][j] >= dp[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return "".join(reversed(out))
def edit(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
def knapsack(items, cap):
    best = [0] * (cap + 1)
    choice = [[] for _ in range(cap + 1)]
    for name, w, v in items:
        for c in range(cap, w - 1, -1):
            if best[c - w] + v > best[c]:
                best[c] = best[c - w] + v
                choice[c] = choice[c - w] + [name]
    return best[cap], choice[cap]
def coins(amount, denoms):
    ways = [1] + [0] * amount
    fewest = [0] + [float("inf")] * amount
    for d in denoms:
        for x in range(d, amount + 1):
            ways[x] += ways[x - d]
            fewest[x] = min(fewest[x], fewest[x - d] + 1)
    return ways[amount], fewest[amount]
print(lcs("AGGTAB", "GXTXAYB"), lcs("programming", "gaming"), repr(lcs("abc", "xyz")))
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("intention", "execution"), ("same", "same")]:
    print(f"{a!r:12} {b!r:12} {edit(a, b)}")
print(knapsack([("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160), ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)], 200))
print(coins(100, [1, 5, 10, 25, 50]), coins(7, [2, 4]), coins(0, [1]))
memo = {}
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    if (r, c) not in memo:
        memo[(r, c)] = paths(r - 1, c) + paths(r, c - 1)
    return memo[(r, c)]
print(paths(16, 16), paths(30, 30), len(memo))
def lis(seq):
    tails, prev, idx = [], [None] * len(seq), []
    for i, x in enumerate(seq):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if seq[tails[mid]] < x: lo = mid + 1
            else: hi = mid
        if lo: prev[i] = tails[lo - 1]
        if lo == len(tails): tails.append(i)
        else: tails[lo] = i
    out, k = [], tails[-1] if tails else None
    while k is not None:
        out.append(seq[k]); k = prev[k]
    return out[::-1]
print(lis([10, 9, 2, 5, 3, 7, 101, 18, 4, 19]), lis([]), lis([5, 4, 3]))
