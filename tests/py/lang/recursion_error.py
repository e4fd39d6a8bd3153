# RecursionError is catchable
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError:
    print("recursion")
print(issubclass(RecursionError, RuntimeError))
def deep(n):
    if n == 0:
        return 0
    return 1 + deep(n - 1)
try:
    deep(100000)
except RecursionError:
    print("recursion again")
print(deep(200))
def a(n):
    return b(n + 1)
def b(n):
    return a(n + 1)
try:
    a(0)
except RuntimeError:
    print("mutual recursion caught as RuntimeError")
print("still works", deep(10))
