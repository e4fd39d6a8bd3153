# nonlocal statement
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    inner()
    inner()
    return x
print(outer())
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = counter()
c2 = counter()
print(c1(), c1(), c1(), c2())
def multi():
    a = 1
    b = 2
    def swap():
        nonlocal a, b
        a, b = b, a
    swap()
    return a, b
print(multi())
def three_levels():
    v = "L1"
    def mid():
        def inner():
            nonlocal v
            v = "L3"
        inner()
    mid()
    return v
print(three_levels())
def skip_level():
    v = "outer"
    def mid():
        v = "mid"
        def inner():
            nonlocal v
            v = "changed"
        inner()
        return v
    m = mid()
    return m, v
print(skip_level())
def accumulate():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = accumulate()
for i in range(5):
    acc(i)
print(acc(0))
def make_pair():
    state = []
    def push(v):
        state.append(v)
    def get():
        return list(state)
    return push, get
push, get = make_pair()
push(1); push(2)
print(get())
