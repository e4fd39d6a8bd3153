def f(x):
    return x + 1
print(callable(f), callable(len), callable(int), callable(lambda: 0))
print(callable(5), callable("f"), callable([f]), callable(None))
print(eval("1 + 2 * 3"), eval("2 ** 10"), eval("'ab' * 3"), eval("[1, 2] + [3]"))
print(eval("  42  "), eval("f(10)"), eval("len('hello')"))
x = 10
print(eval("x * 2"), eval("x + y", {"x": 1, "y": 2}), eval("x", {}, {"x": "local"}))
print(eval("(lambda a: a * a)(7)"))
print(eval("{'a': 1}['a']"), eval("sum(range(5))"))
print(eval("abs(-3)", {}))
exec("z = 5\nprint('in exec', z * 2)")
print(z)
ns = {}
exec("a = 1\nb = a + 1\ndef g(n):\n    return n * b\n", ns)
print(ns["a"], ns["b"], ns["g"](21))
print(sorted(k for k in ns if k != "__builtins__"))
exec("for i in range(3):\n    print('loop', i)")
print(exec("1 + 1"))
code = "total = 0\nfor k in range(1, 11):\n    total += k\n"
g = {}
exec(code, g)
print(g["total"])
for bad in ["1 +", "x y", "(", "if"]:
    try:
        eval(bad)
    except SyntaxError as e:
        print(type(e).__name__)
try:
    eval("undefined_name")
except NameError as e:
    print(type(e).__name__, e)
try:
    eval("1 / 0")
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    eval("x = 1")
except SyntaxError as e:
    print(type(e).__name__)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print(type(e).__name__, e)
