# status: ok
# stdout: closed f __globals__\nclosed f __code__\nclosed f __closure__\nclosed f __builtins__\nclosed lambda __globals__\nclosed lambda __code__\nclosed lambda __closure__\nclosed lambda __builtins__\nclosed closure __globals__\nclosed closure __code__\nclosed closure __closure__\nclosed closure __builtins__\nclosed method __globals__\nclosed method __code__\nclosed method __closure__\nclosed method __builtins__\nclosed unbound __globals__\nclosed unbound __code__\nclosed unbound __closure__\nclosed unbound __builtins__\nclosed method __func__.__globals__\n
def f(x=1):
    return x

def outer():
    y = 2
    def inner():
        return y
    return inner

class C:
    def method(self):
        return 0

targets = [("f", f), ("lambda", lambda: 0), ("closure", outer()), ("method", C().method), ("unbound", C.method)]
for label, obj in targets:
    for name in ["__globals__", "__code__", "__closure__", "__builtins__"]:
        try:
            getattr(obj, name)
            print("open", label, name)
        except AttributeError:
            print("closed", label, name)
try:
    C().method.__func__.__globals__
    print("open method __func__.__globals__")
except AttributeError:
    print("closed method __func__.__globals__")
