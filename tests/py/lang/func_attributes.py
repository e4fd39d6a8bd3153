# function metadata
def documented(a, b=2):
    """Return a plus b."""
    return a + b
print(documented.__name__)
print(documented.__doc__)
print(documented.__defaults__)
def nodoc():
    x = "not a docstring"
    return x
print(nodoc.__doc__)
lam = lambda: 0
print(lam.__name__, lam.__doc__)
def outer():
    def inner():
        pass
    return inner
print(outer().__name__, outer().__qualname__)
print(documented.__qualname__)
print(len.__name__, print.__name__)
def f():
    pass
f.counter = 0
f.counter += 1
print(f.counter)
print(documented.__module__)
