n = int(input())
arr = list(map(int, input().split()))
q = int(input())
prefix = [0]
for v in arr:
    prefix.append(prefix[-1] + v)
for _ in range(q):
    l, r = map(int, input().split())
    print(prefix[r] - prefix[l - 1])
print(*sorted(arr, key=lambda v: (abs(v), v)))
print(max(arr), min(arr), sum(arr) / n)
