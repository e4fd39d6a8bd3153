# Dictionary insertion, lookup, update and iteration.
d = {}
for i in range(800000):
    d[i % 5003] = d.get(i % 5003, 0) + i
s = {}
for k, v in d.items():
    s[str(k)] = v % 97
total = 0
for i in range(800000):
    total += s.get(str(i % 6000), 0)
print(len(d), len(s), total)
