# unusual for-loop targets
l = [0, 0, 0]
for l[0] in range(3):
    pass
print(l)
d = {}
for d["k"] in "abc":
    pass
print(d)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
for first, *rest in ["abc", "de"]:
    print(first, rest)
for x in range(3):
    pass
print(x)
for x in range(0):
    pass
print(x)
total = 0
for n in range(1, 11):
    total += n
print(total)
for i in range(5, 0, -2):
    print(i)
for _ in range(2):
    print("underscore")
lst = [1, 2, 3]
for v in lst:
    if v == 2:
        lst.append(4)
print(lst)
for c in "é😀":
    print(ord(c))
