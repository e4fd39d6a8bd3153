# What a generator object exposes.
def top():
    yield 1

def outer():
    def inner():
        yield 2
    return inner()

g = top()
print(type(g).__name__, type(g) is type(outer()))
print(g.__name__, g.__qualname__)
i = outer()
print(i.__name__, i.__qualname__)
ge = (x for x in [])
print(ge.__name__, ge.__qualname__)

def f():
    return (x for x in [])
print(f().__qualname__)

r = repr(g)
print(r.startswith("<generator object top at 0x"), r.endswith(">"))
print(repr(ge).startswith("<generator object <genexpr> at 0x"))
print(str(i).startswith("<generator object outer.<locals>.inner at 0x"))
print(isinstance(g, type(ge)), callable(g), bool(g))
print(hash(g) == hash(g), g == g, g != top(), g is not top())
try:
    len(g)
except TypeError as e:
    print("TypeError:", e)
try:
    g[0]
except TypeError as e:
    print("TypeError:", e)
try:
    g.nonexistent
except AttributeError as e:
    print("AttributeError:", e)
try:
    g.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(g, "send"), hasattr(g, "throw"), hasattr(g, "close"))
print(getattr(g, "missing", "default"))

# A generator function is still a function.
print(type(top).__name__, top.__name__, callable(top))

# Generators as dict keys and set members (identity hash).
d = {g: "g", i: "i"}
print(d[g], d[i], len({g, g, i}))
# repr inside containers
print(str([g])[:20])
