# status: ok
# stdout: closed f __globals__\nclosed hasattr __globals__\nclosed default __globals__\nclosed f __code__\nclosed hasattr __code__\nclosed default __code__\nclosed f __closure__\nclosed hasattr __closure__\nclosed default __closure__\nclosed f __builtins__\nclosed hasattr __builtins__\nclosed default __builtins__\nclosed nested __globals__\nclosed hasattr __globals__\nclosed default __globals__\nclosed nested __code__\nclosed hasattr __code__\nclosed default __code__\nclosed nested __closure__\nclosed hasattr __closure__\nclosed default __closure__\nclosed nested __builtins__\nclosed hasattr __builtins__\nclosed default __builtins__\nclosed chained\nopen __dict__\n
def f():
    return 1

def g():
    def h():
        return f
    return h

names = ["__" + "globals__", "".join(["__co", "de__"]), "__clo" + "sure__", "_".join(["", "", "builtins", "", ""])]
for obj_label, obj in [("f", f), ("nested", g())]:
    for name in names:
        try:
            getattr(obj, name)
            print("open", obj_label, name)
        except AttributeError:
            print("closed", obj_label, name)
        print("open hasattr" if hasattr(obj, name) else "closed hasattr", name)
        sentinel = object()
        print("open default" if getattr(obj, name, sentinel) is not sentinel else "closed default", name)
try:
    getattr(getattr(g(), "__" + "globals__"), "get")
    print("open chained")
except AttributeError:
    print("closed chained")
print("open __dict__" if isinstance(f.__dict__, dict) else "closed __dict__")
