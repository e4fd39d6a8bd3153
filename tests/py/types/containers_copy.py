a = [[1, 2], [3, 4]]
shallow = a[:]
shallow2 = list(a)
shallow3 = a.copy()
deep = [row[:] for row in a]
a[0].append(99)
a.append([5])
print(a)
print(shallow, shallow2, shallow3)
print(deep)
d = {"k": [1], "n": 0}
dc = d.copy()
dc["k"].append(2)
dc["n"] = 5
print(d, dc)
grid = [[0] * 3] * 3
grid[1][1] = 7
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 7
print(grid)
def add_item(item, bucket=[]):
    bucket.append(item)
    return bucket
print(add_item(1), add_item(2), add_item(3, []))
def add_item2(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(add_item2(1), add_item2(2))
def mutate(lst, n):
    lst.append(n)
    n += 1
    lst = [0]
    return n
nums = [1]
val = 10
print(mutate(nums, val), nums, val)
t = ([1], 2)
t[0].append(3)
print(t)
try:
    t[0] += [4]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
s = "abc"
s2 = s
s += "d"
print(s, s2)
x = [1, 2, 3]
y = x
x += [4]
print(y)
x = x + [5]
print(x, y)
