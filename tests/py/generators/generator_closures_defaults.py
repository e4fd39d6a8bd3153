def make_counters():
    gens = []
    for step in (1, 2, 3):
        def counter(start=0, step=step):
            n = start
            while True:
                yield n
                n += step
        gens.append(counter())
    return gens

gens = make_counters()
print([[next(g) for _ in range(4)] for g in gens])

def multiplier_gens():
    return [(i * x for x in range(3)) for i in range(3)]

print([list(g) for g in multiplier_gens()])

def late_binding():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return list(f() for f in fs)

print(late_binding())

def captures_outer(values):
    factor = 2
    def scaled():
        for v in values:
            yield v * factor
    g = scaled()
    first = next(g)
    factor = 100
    return first, list(g)

print(captures_outer([1, 2, 3]))

def generator_with_kwargs(*items, sep="-", upper=False):
    for it in items:
        s = str(it)
        yield (s.upper() if upper else s) + sep

print("".join(generator_with_kwargs("a", 1, "b")))
print("".join(generator_with_kwargs("x", "y", sep="|", upper=True)))

def counter_factory():
    count = 0
    def gen():
        nonlocal count
        while True:
            count += 1
            yield count
    return gen

make = counter_factory()
g1 = make()
g2 = make()
print(next(g1), next(g2), next(g1), next(g2))
total = 0
def summing(xs):
    global total
    for x in xs:
        total += x
        yield total
print(list(summing([1, 2, 3])), total)
