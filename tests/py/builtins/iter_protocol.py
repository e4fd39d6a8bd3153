for src in ["ab", [1, 2], (3, 4), {5: "x", 6: "y"}, range(2), {"k": 0}.items(), {7}]:
    it = iter(src)
    first = next(it)
    rest = list(it)
    print(type(src).__name__, first, rest, list(it))
it = iter([1, 2, 3])
for x in it:
    print("got", x)
    break
print("remaining", list(it))
def countdown(n):
    out = []
    while n > 0:
        out.append(n)
        n -= 1
    return out
print(list(iter(countdown(3))))
m = map(str.upper, "abc")
print(list(m), list(m))
f = filter(None, [0, 1, 2])
print(next(f), next(f), next(f, "end"))
z = zip("ab", [1, 2, 3])
print(list(z), list(z))
e = enumerate(["x"])
print(next(e), next(e, "stop"))
r = reversed([1, 2, 3])
print(next(r), list(r))
for i in range(3):
    pass
else:
    print("for-else ran, i =", i)
for i in range(10):
    if i == 2:
        break
else:
    print("not printed")
print("broke at", i)
n = 0
while n < 3:
    n += 1
else:
    print("while-else ran, n =", n)
data = [1, 2, 3]
for x in data:
    if x == 2:
        data.append(4)
    if len(data) > 5:
        break
print(data)
