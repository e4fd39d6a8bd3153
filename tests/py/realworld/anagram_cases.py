import sys
data = sys.stdin.read().split()
t = int(data[0]); idx = 1
for case in range(1, t + 1):
    n = int(data[idx]); idx += 1
    words = data[idx:idx + n]; idx += n
    groups = {}
    for w in words:
        key = "".join(sorted(w))
        groups.setdefault(key, []).append(w)
    out = sorted((sorted(g) for g in groups.values()), key=lambda g: (-len(g), g[0]))
    print(f"Case #{case}: " + "; ".join(" ".join(g) for g in out))
