def binary_search(arr, target):
    lo, hi = 0, len(arr) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if arr[mid] == target:
            return mid, steps
        if arr[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps

def lower_bound(arr, target):
    lo, hi = 0, len(arr)
    while lo < hi:
        mid = (lo + hi) // 2
        if arr[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo

def upper_bound(arr, target):
    lo, hi = 0, len(arr)
    while lo < hi:
        mid = (lo + hi) // 2
        if arr[mid] <= target:
            lo = mid + 1
        else:
            hi = mid
    return lo

data = [x * 3 for x in range(100)]
for t in [0, 3, 150, 297, 298, -5, 1000]:
    print(t, binary_search(data, t))
dups = [1, 2, 2, 2, 3, 5, 5, 8]
for t in [0, 1, 2, 4, 5, 8, 9]:
    lb, ub = lower_bound(dups, t), upper_bound(dups, t)
    print(f"{t}: lower={lb} upper={ub} count={ub - lb}")

def int_sqrt(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo

print([int_sqrt(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 10 ** 20, 10 ** 30 + 1]])

def bisect_root(f, lo, hi, iters=60):
    for _ in range(iters):
        mid = (lo + hi) / 2
        if f(lo) * f(mid) <= 0:
            hi = mid
        else:
            lo = mid
    return (lo + hi) / 2

print(f"{bisect_root(lambda x: x * x - 2, 0, 2):.12f}")
print(f"{bisect_root(lambda x: x ** 3 - x - 1, 1, 2):.10f}")
