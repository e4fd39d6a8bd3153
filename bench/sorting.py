# Sorting lists of ints, strings and tuples, with and without keys.
seed = 12345
nums = []
for i in range(500000):
    seed = (seed * 1103515245 + 12345) % 2147483648
    nums.append(seed % 100000)
a = sorted(nums)
b = sorted(nums, reverse=True)
c = sorted([(n % 100, n) for n in nums[:50000]])
d = sorted([str(n) for n in nums[:50000]], key=len)
print(a[0], a[-1], b[0], c[0], c[-1], d[0], d[-1])
