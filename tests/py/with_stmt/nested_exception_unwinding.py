class Layer:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, e, tb):
        print("exit", self.name, "with", t.__name__ if t else "no exception")
        return self.suppress

print("inner suppresses:")
with Layer("outer"):
    with Layer("inner", suppress=True):
        raise ValueError("v")
    print("after inner")

print("inner passes through, outer suppresses:")
with Layer("outer", suppress=True):
    with Layer("inner"):
        raise KeyError("k")
    print("not printed")
print("continuing")

print("multi-item, middle suppresses:")
with Layer("a"), Layer("b", suppress=True), Layer("c"):
    raise IndexError("i")
print("after multi")

print("nobody suppresses:")
try:
    with Layer("a"), Layer("b"):
        raise TypeError("t")
except TypeError as e:
    print("caught", e)

print("exception handled inside the block:")
with Layer("guard"):
    try:
        raise ValueError("handled")
    except ValueError as e:
        print("handled in block:", e)

print("exception from function call inside block:")
def deep(n):
    if n == 0:
        raise ArithmeticError("deep failure")
    deep(n - 1)

with Layer("calls", suppress=True):
    deep(3)
print("end")
