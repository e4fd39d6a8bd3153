x = 10
def f():
    print([x for _ in range(2)])
    y = [x := x_ * 2 for x_ in range(3)] if False else None
f()
def g():
    data = [1, 2, 3]
    if any((n := v) > 1 for v in data):
        print("first >1:", n)
    print([(z := i * i) for i in range(4)], z)
g()
i = "outer"
r = [i for i in range(3)]
print(i, r)
def h():
    a = 1
    def inner():
        return a + b
    b = 2
    return inner()
print(h())
def k():
    v = 1
    del v
    try:
        print(v)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    except NameError as e:
        print("NameError", e)
k()
def m():
    def inner():
        print(q)
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    q = 5
m()
def n_():
    lst = []
    for i in range(3):
        lst.append(lambda: i)
    return [f() for f in lst]
print(n_())
while_count = 0
while while_count < 3:
    while_count += 1
else:
    print("while else", while_count)
for i in range(3):
    if i == 5:
        break
else:
    print("for else")
for i in []:
    pass
else:
    print("empty for else", i)
try:
    pass
except Exception:
    print("no")
else:
    print("try else")
finally:
    print("finally")
g1 = 0
def setg():
    global g1, g2
    g1 = 1
    g2 = 2
setg(); print(g1, g2)
print([[j for j in range(i)] for i in range(4)], {i: {j for j in range(i)} for i in range(3)})
print([x for x in range(10) if x % 2 if x % 3], [(a, b) for a in range(3) for b in range(a)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix], [[row[i] for row in matrix] for i in range(3)])
