# next() and StopIteration
it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args, e.value)
print(next(it, "default"))
print(next(iter([]), None))
s = iter("ab")
print(next(s), next(s), next(s, "end"))
d = iter({"k": 1, "j": 2})
print(next(d), next(d))
r = iter(range(3))
print([next(r) for _ in range(3)])
try:
    next(r)
except StopIteration:
    print("range exhausted")
it = iter([10, 20, 30])
for x in it:
    print("got", x)
    if x == 10:
        print("skipping", next(it))
try:
    raise StopIteration("custom")
except StopIteration as e:
    print(e, e.value)
t = iter((1,))
print(list(t), list(t))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
m = map(lambda v: v * 2, [1, 2])
print(next(m), next(m), next(m, "done"))
z = zip([1, 2], "ab")
print(next(z), list(z))
e = enumerate("xy")
print(next(e), next(e), next(e, -1))
