# slicing of lists, strings, tuples, ranges
s = "abcdefghij"
l = list(range(10))
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2])
print(s[100:], s[-100:3], s[3:1], s[5:5], s[-1:-5:-1])
print(l[2:5], l[::3], l[::-3], l[-2:], l[9:0:-4])
print(l[1:8:2], l[8:1:-2])
print(l[:0], l[10:], l[-11:2])
t = (1, 2, 3, 4, 5)
print(t[1:3], t[::-1], t[4:], t[:-4])
r = range(0, 20, 3)
print(r[1:4], list(r[1:4]), r[::-1], list(r[::-1]))
print(s[1:9:3], s[-1::-3])
i, j = 2, 6
print(s[i:j], s[i:], s[:j])
print(s[None:3], s[3:None], s[::None])
print(s[slice(1, 4)], l[slice(None, None, -1)])
print(s[-3:-1], s[-1:], s[-1])
print("x"[0:100], ""[0:5])
try:
    print(s[::0])
except ValueError as e:
    print("ValueError:", e)
copy = l[:]
copy.append(99)
print(len(l), len(copy))
print(s[True:], s[:False])
print(l[-3:-10:-1])
print(s[2:-2:1], s[-2:2:-1])
