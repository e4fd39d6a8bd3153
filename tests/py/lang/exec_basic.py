# exec of statements
exec("a = 5")
print(a)
exec("def sq(n):\n    return n * n")
print(sq(7))
exec("for i in range(3):\n    print('exec loop', i)")
code = """
total = 0
for v in [1, 2, 3]:
    total += v
"""
exec(code)
print(total)
print(exec("1 + 1"))
exec("print('printed from exec')")
try:
    exec("raise ValueError('inside exec')")
except ValueError as e:
    print("caught", e)
try:
    exec("if True\n    pass")
except SyntaxError:
    print("SyntaxError from exec")
exec("x = 1; y = 2; z = x + y")
print(z)
exec("import math\nr = math.sqrt(16)")
print(r)
def in_function():
    g = {}
    exec("local_val = 99", g)
    return g["local_val"]
print(in_function())
exec("")
exec("# only a comment")
print("done")
