# break and continue in nested loops
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if i == 2:
            break
        print(i, j)
out = []
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    out.append(i)
print(out)
i = 0
res = []
while i < 10:
    i += 1
    if i in (3, 5):
        continue
    if i == 8:
        break
    res.append(i)
print(res)
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            found = v
            break
    if found is not None:
        break
print(found, row)
for x in range(3):
    try:
        if x == 1:
            continue
        print("body", x)
    finally:
        print("finally", x)
for x in range(3):
    try:
        if x == 1:
            break
    finally:
        print("cleanup", x)
print("after", x)
n = 0
while True:
    n += 1
    if n < 3:
        continue
    break
print(n)
