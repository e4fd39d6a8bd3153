# UnboundLocalError
x = 10
def f():
    print(x)
    x = 5
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def g():
    x += 1
try:
    g()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def h(flag):
    if flag:
        y = 1
    return y
print(h(True))
try:
    h(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def k():
    for i in range(0):
        pass
    return i
try:
    k()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def m():
    z = 1
    del z
    return z
try:
    m()
except NameError as e:
    print(type(e).__name__ + ":", e)
def ok():
    global x
    x += 1
    return x
print(ok())
def outer():
    v = 1
    def inner():
        print(v)
        v = 2
    inner()
try:
    outer()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def free_var():
    def inner():
        return w
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    w = 3
    return inner()
print(free_var())
