# late binding of closure variables
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
i = 10
print([f() for f in funcs])
def make():
    fs = []
    for j in range(3):
        def g():
            return j
        fs.append(g)
    j = "changed"
    return fs
print([f() for f in make()])
def make_bound():
    return [(lambda j=j: j) for j in range(3)]
print([f() for f in make_bound()])
def outer():
    x = 1
    def show():
        return x
    x = 2
    r1 = show()
    x = 3
    return r1, show()
print(outer())
def via_factory():
    def factory(v):
        return lambda: v
    return [factory(k) for k in range(3)]
print([f() for f in via_factory()])
def before_assignment():
    def f():
        return later
    try:
        f()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    later = "now set"
    return f()
print(before_assignment())
