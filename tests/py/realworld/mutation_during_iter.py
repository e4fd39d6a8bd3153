d = {1: 1, 2: 2, 3: 3}
try:
    for k in d:
        if k == 2:
            d[k * 10] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
d = {1: 1, 2: 2, 3: 3}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
d = {1: 1, 2: 2}
for k in d:
    d[k] = "changed"
print(d)
d = {i: i for i in range(5)}
try:
    for k, v in d.items():
        d.pop(k)
        d[k + 100] = v
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(s))
lst = [1, 2, 3, 4, 5, 6]
for x in lst:
    if x % 2 == 0:
        lst.remove(x)
print(lst)
lst = [3, 1, 2]
try:
    lst.sort(key=lambda v: lst.append(v) or v)
except ValueError as e:
    print("ValueError:", e)
print(lst)
lst = [1, 2, 3]
for i, x in enumerate(lst):
    if i < 5:
        lst.append(x * 10)
    if len(lst) > 8:
        break
print(lst)
d = {"a": 1}
try:
    for k in d.keys():
        d["b"] = 2
except RuntimeError as e:
    print(e)
try:
    for v in d.values():
        d.clear()
except RuntimeError as e:
    print(e)
print(d)
