def lcs(a, b):
    n, m = len(a), len(b)
    dp = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            if a[i] == b[j]:
                dp[i][j] = 1 + dp[i + 1][j + 1]
            else:
                dp[i][j] = max(dp[i + 1][j], dp[i][j + 1])
    i = j = 0
    out = []
    while i < n and j < m:
        if a[i] == b[j]:
            out.append(a[i])
            i += 1
            j += 1
        elif dp[i + 1][j] >= dp[i][j + 1]:
            i += 1
        else:
            j += 1
    return dp[0][0], "".join(out)

def edit_distance(s, t):
    prev = list(range(len(t) + 1))
    for i, cs in enumerate(s, 1):
        cur = [i]
        for j, ct in enumerate(t, 1):
            cost = 0 if cs == ct else 1
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost))
        prev = cur
    return prev[-1]

pairs = [("ABCBDAB", "BDCABA"), ("kitten", "sitting"), ("", "abc"), ("same", "same"),
         ("intention", "execution"), ("AGGTAB", "GXTXAYB"), ("sunday", "saturday"), ("abc", "")]
for a, b in pairs:
    length, seq = lcs(a, b)
    print(f"{a!r:12} {b!r:12} lcs={length} {seq!r:10} edit={edit_distance(a, b)}")
