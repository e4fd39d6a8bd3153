# functions are first-class values
def add(a, b):
    return a + b
def sub(a, b):
    return a - b
ops = {"+": add, "-": sub, "*": lambda a, b: a * b}
for sym in ["+", "-", "*"]:
    print(sym, ops[sym](7, 3))
fns = [add, sub]
print([f(10, 4) for f in fns])
def apply(f, *args):
    return f(*args)
print(apply(add, 1, 2), apply(len, "four"), apply(max, 3, 9, 2))
alias = add
print(alias(2, 3), alias is add, alias.__name__)
def returns_fn():
    return sub
print(returns_fn()(5, 8))
print(callable(add), callable(5), callable(len), callable(lambda: 0))
print(type(add).__name__, type(len).__name__, type(lambda: 0).__name__)
def make_ops():
    return add, sub
a, s = make_ops()
print(a(1, 1), s(1, 1))
table = [(abs, -3), (str, 4), (bool, 0), (int, "12")]
print([f(x) for f, x in table])
print(sorted(["bb", "a", "ccc"], key=len))
print(sorted([3, 1, 2], key=lambda v: -v))
print(list(map(str, [1, 2, 3])), list(map(add, [1, 2], [10, 20])))
def dispatch(name):
    return {"double": lambda x: 2 * x, "neg": lambda x: -x}.get(name, lambda x: x)
print(dispatch("double")(4), dispatch("neg")(4), dispatch("other")(4))
print(add == add, add != sub)
def f():
    pass
f.attr = "custom"
print(f.attr)
