def gen_with_return(n):
    for i in range(n):
        yield i
    return "done after %d" % n

g = gen_with_return(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)
    print("args:", e.args)
    print("str:", str(e))

def returns_none():
    yield 1

g = returns_none()
next(g)
try:
    next(g)
except StopIteration as e:
    print("none value:", e.value, e.args)

def returns_tuple():
    yield "x"
    return 1, 2

g = returns_tuple()
next(g)
try:
    next(g)
except StopIteration as e:
    print("tuple value:", e.value, type(e.value).__name__)

def returns_list():
    if False:
        yield
    return [1, 2, 3]

try:
    next(returns_list())
except StopIteration as e:
    print("immediate:", e.value)

def drain(g):
    items = []
    while True:
        try:
            items.append(next(g))
        except StopIteration as e:
            return items, e.value

print(drain(gen_with_return(4)))
print(drain(returns_tuple()))
print(list(gen_with_return(3)))

e = StopIteration(42)
print(e.value, e.args)
e2 = StopIteration()
print(e2.value, e2.args)
e3 = StopIteration(1, 2)
print(e3.value, e3.args)
