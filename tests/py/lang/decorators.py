# function decorators
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper()
    return wrapper
@shout
def greet(name):
    return "hello " + name
print(greet("bob"))
calls = []
def log(fn):
    def wrapper(*args):
        calls.append(fn.__name__)
        return fn(*args)
    return wrapper
@log
def add(a, b):
    return a + b
print(add(1, 2), add(3, 4), calls)
def register(fn):
    registry.append(fn.__name__)
    return fn
registry = []
@register
def one():
    return 1
@register
def two():
    return 2
print(registry, one(), two())
def replace(fn):
    return 42
@replace
def gone():
    pass
print(gone)
def count_calls(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper
@count_calls
def sq(x):
    return x * x
sq(2); sq(3)
print(sq.calls, sq(4), sq.calls)
order = []
def mark(fn):
    order.append("decorating " + fn.__name__)
    return fn
@mark
def decorated():
    order.append("calling")
order.append("after def")
decorated()
print(order)
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
@(lambda fn: lambda: "expr decorator " + fn())
def target():
    return "ok"
print(target())
