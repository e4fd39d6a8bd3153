import math
data = [23, 45, 12, 67, 34, 89, 21, 45, 56, 78, 45, 90, 11, 34, 56, 67, 45, 23, 12, 99, 100, 3, 45, 67]

def mean(xs):
    return sum(xs) / len(xs)

def median(xs):
    s = sorted(xs)
    n = len(s)
    mid = n // 2
    return s[mid] if n % 2 else (s[mid - 1] + s[mid]) / 2

def mode(xs):
    counts = {}
    for x in xs:
        counts[x] = counts.get(x, 0) + 1
    best = max(counts.values())
    return sorted(k for k, v in counts.items() if v == best)

def stdev(xs):
    m = mean(xs)
    return math.sqrt(sum((x - m) ** 2 for x in xs) / (len(xs) - 1))

def percentile(xs, p):
    s = sorted(xs)
    k = (len(s) - 1) * p / 100
    f = math.floor(k)
    c = math.ceil(k)
    if f == c:
        return float(s[int(k)])
    return s[f] + (s[c] - s[f]) * (k - f)

print(f"n={len(data)} mean={mean(data):.4f} median={median(data)} mode={mode(data)}")
print(f"stdev={stdev(data):.6f} min={min(data)} max={max(data)} range={max(data) - min(data)}")
print([round(percentile(data, p), 2) for p in (0, 10, 25, 50, 75, 90, 100)])
bins = {}
for x in data:
    b = min(x // 10, 9) * 10
    bins[b] = bins.get(b, 0) + 1
for b in range(0, 100, 10):
    label = f"{b:3d}-{b + 9 if b < 90 else 100:<3d}"
    print(f"{label} | {'*' * bins.get(b, 0):<8}| {bins.get(b, 0)}")
zs = [(x - mean(data)) / stdev(data) for x in data]
print([f"{z:+.2f}" for z in zs[:6]])
print(median([1, 2]), median([5]), mode([1, 1, 2, 2, 3]), mean([1, 2, 3, 4]))
xs = [1, 2, 3, 4, 5, 6]
ys = [2.1, 3.9, 6.2, 7.8, 10.1, 12.2]
mx, my = mean(xs), mean(ys)
slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
intercept = my - slope * mx
print(f"y = {slope:.4f}x + {intercept:.4f}")
