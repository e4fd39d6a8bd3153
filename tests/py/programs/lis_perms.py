def lis(seq):
    n = len(seq)
    if n == 0:
        return []
    length = [1] * n
    prev = [-1] * n
    for i in range(n):
        for j in range(i):
            if seq[j] < seq[i] and length[j] + 1 > length[i]:
                length[i] = length[j] + 1
                prev[i] = j
    best = max(range(n), key=lambda i: (length[i], -i))
    out = []
    while best != -1:
        out.append(seq[best])
        best = prev[best]
    return out[::-1]

for s in [[10, 9, 2, 5, 3, 7, 101, 18], [0, 1, 0, 3, 2, 3], [7, 7, 7], [], [5, 4, 3, 2, 1], list(range(8))]:
    print(s, lis(s))

def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            out.append([items[i]] + p)
    return out

def combinations(items, k):
    if k == 0:
        return [[]]
    if len(items) < k:
        return []
    first, rest = items[0], items[1:]
    return [[first] + c for c in combinations(rest, k - 1)] + combinations(rest, k)

def power_set(items):
    result = [[]]
    for x in items:
        result = result + [r + [x] for r in result]
    return result

print(permutations([1, 2, 3]))
print(len(permutations(list("abcdef"))), "".join(permutations(list("abcd"))[-1]))
print(combinations([1, 2, 3, 4], 2))
print([len(combinations(list(range(6)), k)) for k in range(7)])
print(power_set(["x", "y", "z"]))
print(sorted(set("".join(p) for p in permutations(list("aab")))))
target = 10
nums = [2, 3, 5, 7, 8]
subsets = [s for s in power_set(nums) if sum(s) == target]
print(subsets)
