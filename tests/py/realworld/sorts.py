def merge_sort(a, key=lambda x: x):
    if len(a) <= 1:
        return a[:]
    mid = len(a) // 2
    l, r = merge_sort(a[:mid], key), merge_sort(a[mid:], key)
    out, i, j = [], 0, 0
    while i < len(l) and j < len(r):
        if key(r[j]) < key(l[i]):
            out.append(r[j]); j += 1
        else:
            out.append(l[i]); i += 1
    return out + l[i:] + r[j:]
def quicksort(a):
    if len(a) < 2:
        return a
    p = a[len(a) // 2]
    return quicksort([x for x in a if x < p]) + [x for x in a if x == p] + quicksort([x for x in a if x > p])
def insertion(a):
    a = list(a)
    for i in range(1, len(a)):
        k, j = a[i], i - 1
        while j >= 0 and a[j] > k:
            a[j + 1] = a[j]; j -= 1
        a[j + 1] = k
    return a
def heapsort(a):
    a = list(a); n = len(a)
    def sift(i, n):
        while True:
            l, big = 2 * i + 1, i
            if l < n and a[l] > a[big]: big = l
            if l + 1 < n and a[l + 1] > a[big]: big = l + 1
            if big == i: return
            a[i], a[big] = a[big], a[i]; i = big
    for i in range(n // 2 - 1, -1, -1): sift(i, n)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]; sift(0, end)
    return a
seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed
data = [rnd() % 1000 - 500 for _ in range(200)]
ref = sorted(data)
for fn in (merge_sort, quicksort, insertion, heapsort):
    print(fn.__name__, fn(data) == ref, fn(data)[:5])
people = [("amy", 31), ("bob", 25), ("cat", 31), ("dan", 25), ("eve", 40)]
print(merge_sort(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
def bsearch(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x: lo = mid + 1
        else: hi = mid
    return lo
print([bsearch(ref, v) for v in (-501, -500, 0, 499, 1000)], len(ref))
words = "pear Apple fig banana apple Fig cherry".split()
print(sorted(words), sorted(words, key=str.casefold), sorted(words, key=lambda w: (len(w), w.lower())), sorted(set(map(str.lower, words))))
