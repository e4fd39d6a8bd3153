def gen():
    yield 1

g = gen()
print(type(g).__name__)
print(type(gen).__name__)
print(type(x for x in []).__name__)
print(iter(g) is g)
print(hasattr(g, "__next__"), hasattr(g, "send"), hasattr(g, "throw"), hasattr(g, "close"))
print(hasattr(g, "__iter__"), hasattr([], "__next__"))
print(callable(gen), callable(g))
print(type(g) is type(gen()))
print(isinstance(g, type(x for x in "")))
print(gen.__name__, g.__name__)
print(gen.__qualname__, g.__qualname__)

def outer():
    def inner_gen():
        yield 0
    return inner_gen()

print(outer().__name__, outer().__qualname__)

try:
    len(g)
except TypeError as e:
    print("TypeError:", e)
try:
    g[0]
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(gen())
except TypeError as e:
    print("TypeError:", e)
try:
    gen() + gen()
except TypeError as e:
    print("TypeError:", e)
print(bool(gen()), bool(x for x in []))
print(gen() == gen(), g == g)
print(sorted(gen()), list(reversed(list(gen()))))
