# comprehension variables do not leak; scoping rules
x = "outer"
res = [x for x in range(3)]
print(res, x)
y = 10
print([y * i for i in range(3)])
i = "keep"
_ = {i: i for i in range(2)}
print(i)
_ = {i for i in range(2)}
print(i)
def f():
    n = 5
    return [n + k for k in range(3)]
print(f())
def g():
    vals = [lambda: k for k in range(3)]
    return [v() for v in vals]
print(g())
def h():
    k = 100
    _ = [k for k in range(3)]
    return k
print(h())
base = [1, 2, 3]
print([b for b in base if b in base])
def outer():
    z = 7
    def inner():
        return [z * j for j in range(3)]
    return inner()
print(outer())
try:
    [undefined_name_q for _ in range(1)]
except NameError as e:
    print("NameError:", e)
lst = [[1, 2], [3, 4]]
print([a for a in lst[0]] + [a for a in lst[1]])
_ = [w for w in range(2)]
print("w" in globals(), "x" in globals())
