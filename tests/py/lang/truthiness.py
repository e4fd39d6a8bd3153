# truth value testing in if/while
vals = [0, 1, -1, 0.0, 0.1, "", "0", " ", [], [0], (), (None,), {}, {0: 0}, set(), {0}, None, True, False, range(0), range(1), 10**100, -0.0]
for v in vals:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
n = 3
while n:
    print("n", n)
    n -= 1
lst = [1, 2]
while lst:
    print("pop", lst.pop())
print("yes" if "x" else "no")
print(not range(0))
