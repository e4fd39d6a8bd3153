# eval of expressions
print(eval("1 + 2 * 3"))
print(eval("'abc'.upper()"))
print(eval("[x * x for x in range(4)]"))
x = 10
print(eval("x + 1"))
def f():
    y = 5
    return eval("y * 2")
print(f())
print(eval("  42  "))
print(eval("(lambda a: a + 1)(1)"))
print(eval("{'k': [1, 2]}"))
print(eval(repr([1, "two", 3.0, None, True])))
print(eval("2 ** 100"))
print(eval("1 if x > 5 else 0"))
s = "x * 3"
print(eval(s), eval(s + " + 1"))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", type(e).__name__)
try:
    eval("undefined_in_eval")
except NameError as e:
    print("NameError:", e)
try:
    eval("1 / 0")
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    eval("x = 1")
except SyntaxError:
    print("assignment is not an expression")
print(eval("(w := 7) + 1"), w)
print(eval("\n3\n"))
