def merge_sort(a):
    if len(a) <= 1:
        return a[:]
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out

def quick_sort(a):
    if len(a) <= 1:
        return a
    pivot = a[len(a) // 2]
    return quick_sort([x for x in a if x < pivot]) + [x for x in a if x == pivot] + quick_sort([x for x in a if x > pivot])

def insertion_sort(a):
    a = a[:]
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a

def bubble_sort(a):
    a = a[:]
    swaps = 0
    n = len(a)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swaps += 1
                swapped = True
        if not swapped:
            break
    return a, swaps

def heap_sort(a):
    a = a[:]
    n = len(a)
    def sift(start, end):
        root = start
        while 2 * root + 1 <= end:
            child = 2 * root + 1
            if child + 1 <= end and a[child] < a[child + 1]:
                child += 1
            if a[root] < a[child]:
                a[root], a[child] = a[child], a[root]
                root = child
            else:
                return
    for start in range((n - 2) // 2, -1, -1):
        sift(start, n - 1)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end - 1)
    return a

seed = 12345
def rand():
    global seed
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed % 1000

data = [rand() for _ in range(60)]
print(data)
expected = sorted(data)
for name, fn in [("merge", merge_sort), ("quick", quick_sort), ("insertion", insertion_sort), ("heap", heap_sort)]:
    result = fn(data)
    print(f"{name:>9}: {result == expected} {result[:8]}")
b, swaps = bubble_sort(data)
print("   bubble:", b == expected, "swaps", swaps)
for case in [[], [1], [2, 1], [3, 3, 3], [5, -1, 0, -1, 5], ["pear", "apple", "fig"]]:
    print(case, merge_sort(case), quick_sort(case), heap_sort(case))
words = "delta alpha charlie bravo echo alpha".split()
print(merge_sort(words), insertion_sort(words))
