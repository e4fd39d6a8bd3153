a = [5, 2, 8, 1, 9, 3]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
w = ["banana", "Apple", "cherry", "apple", "Banana"]
w.sort()
print(w)
w.sort(key=str.lower)
print(w)
w.sort(key=lambda s: (len(s), s))
print(w)
recs = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
recs.sort(key=lambda r: r[1])
print(recs)
recs.sort(key=lambda r: r[1], reverse=True)
print(recs)
recs.sort(key=lambda r: (-r[1], r[0]))
print(recs)
m = [[3, "c"], [1, "a"], [2, "b"], [1, "A"]]
m.sort()
print(m)
f = [2.5, -1, 0, 3, -2.5, 1e-3]
f.sort(key=abs)
print(f)
e = []
e.sort()
print(e)
s = [1]
s.sort(reverse=True)
print(s)
big = list(range(50, 0, -1))
big.sort()
print(big[:5], big[-5:])
stable = [(i % 3, i) for i in range(12)]
stable.sort(key=lambda p: p[0])
print(stable)
stable.sort(key=lambda p: p[0], reverse=True)
print(stable)
nums = [int(x) for x in "10 9 100 1 11".split()]
strs = "10 9 100 1 11".split()
nums.sort()
strs.sort()
print(nums, strs)
strs.sort(key=int)
print(strs)
try:
    [3, "a", 1].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [[1], (1,)].sort()
except TypeError as e:
    print(type(e).__name__, e)
