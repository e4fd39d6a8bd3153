g = {"x": 10}
l = {"y": 5}
print(eval("x + y", g, l))
exec("z = x * y", g, l)
print(l["z"], "z" in g)
exec("x = 99", g)
print(g["x"])
print(eval("[i * 2 for i in range(4)]"))
print(eval("max(3, 7)", {}))
ns = {}
exec("""
def area(w, h=2):
    return w * h
shapes = [area(3), area(3, 3)]
label = "total=" + str(sum(shapes))
""", ns)
print(ns["shapes"], ns["label"], ns["area"](5, 5))
counter = 0
exec("counter = counter + 1")
print(counter)
src = "result = []\nfor n in range(5):\n    if n % 2:\n        result.append(n * n)\n"
env = {}
exec(src, env)
print(env["result"])
print(eval("'%s-%d' % ('a', 1)"), eval("(1, 2) + (3,)"), eval("{'k': [1, 2]}"))
print(eval("1 if True else 2"), eval("not 0"), eval("2 ** 3 ** 2"), eval("-3 // 2"))
print(eval("  1 + 1\n"))
print(eval("abs", {"abs": lambda v: "custom"})(5))
try:
    eval("1 +* 2")
except SyntaxError as e:
    print(type(e).__name__)
try:
    exec("def f(:\n    pass")
except SyntaxError as e:
    print(type(e).__name__)
try:
    exec("y = undefined + 1", {})
except NameError as e:
    print(type(e).__name__, e)
try:
    eval("[1, 2][5]")
except IndexError as e:
    print(type(e).__name__, e)
try:
    eval(5)
except TypeError as e:
    print(type(e).__name__, e)
