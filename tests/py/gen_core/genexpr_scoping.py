# Scoping of generator expressions.
x = "global x"
g = (x for _ in range(1))
print(list(g))

def f():
    x = "local x"
    return list(x for _ in range(1))
print(f())

def g2():
    n = 3
    return [list(i * j for j in range(n)) for i in range(n)]
print(g2())

# The iteration variable does not leak.
y = "outer"
list(y for y in range(3))
print(y)

# Nested generator expressions referencing outer loop variables.
matrix = [[1, 2], [3, 4]]
flat = (v for row in matrix for v in row)
print(list(flat))
nested = ((v * 10 for v in row) for row in matrix)
print([list(inner) for inner in nested])
sums = (sum(v for v in row) for row in matrix)
print(list(sums))

# Closures over generator-expression variables inside a function.
def make():
    base = 100
    gens = []
    for k in range(3):
        gens.append(x + base + k for x in range(2))
    base = 0
    return [list(gen) for gen in gens]
print(make())

# The first iterable is evaluated in the enclosing scope.
def outer():
    items = [1, 2, 3]
    return (i for i in items)
print(list(outer()))

# Walrus in a genexpr binds in the enclosing function.
def walrus():
    last = None
    total = sum((last := v) for v in range(5))
    return total, last
print(walrus())

# Generator expressions inside generator functions.
def gen_of_gens(n):
    for i in range(n):
        yield (i * j for j in range(i))

print([list(g) for g in gen_of_gens(4)])

# Genexpr in a default argument and in a lambda.
def with_default(vals=tuple(v * 2 for v in range(3))):
    return vals
print(with_default())
lam = lambda seq: list(s.upper() for s in seq)
print(lam("ab"))
