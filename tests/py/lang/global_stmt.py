# global statement
counter = 0
def inc():
    global counter
    counter += 1
inc(); inc(); inc()
print(counter)
def make():
    global newvar
    newvar = "created"
make()
print(newvar)
x = "global x"
def read():
    return x
def shadow():
    x = "local x"
    return x
print(read(), shadow(), x)
def both():
    global a, b
    a, b = 1, 2
both()
print(a, b)
def nested():
    def inner():
        global counter
        counter = 100
    inner()
nested()
print(counter)
items = []
def append_only():
    items.append(1)
append_only()
print(items)
def rebind_list():
    global items
    items = ["new"]
rebind_list()
print(items)
def del_global():
    global newvar
    del newvar
del_global()
print("newvar" in globals())
def loop_global():
    global li
    for li in range(3):
        pass
loop_global()
print(li)
