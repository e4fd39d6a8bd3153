# eval/exec with explicit globals and locals
g = {"x": 2}
print(eval("x * 10", g))
print(eval("x + y", {"x": 1}, {"y": 100}))
print(eval("x", {"x": "global"}, {"x": "local"}))
ns = {}
exec("a = 1\nb = a + 1", ns)
print(ns["a"], ns["b"], "__builtins__" in ns)
print(sorted([k for k in ns if not k.startswith("__")]))
loc = {}
exec("c = 3", {}, loc)
print(loc)
gl = {"base": 10}
lo = {}
exec("result = base * 2", gl, lo)
print(lo, "result" in gl)
env = {"n": 0}
for _ in range(3):
    exec("n += 1", env)
print(env["n"])
fns = {}
exec("def double(v):\n    return v * 2", fns)
print(fns["double"](21))
try:
    eval("secret", {})
except NameError as e:
    print("NameError:", e)
print(eval("len('abc')", {}))
print(eval("max(a, b)", {"a": 3, "b": 9}))
outer = "module level"
print(eval("outer"))
print(eval("outer", {"outer": "shadowed"}))
code = "z = 5"
d = {}
exec(code, d)
print(d["z"], "z" in globals())
print(eval("[i for i in range(k)]", {"k": 3}))
