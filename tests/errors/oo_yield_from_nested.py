def leaf(n):
    yield n
    yield 10 // n


def middle(values):
    for v in values:
        yield from leaf(v)


def top():
    yield from middle([5, 2, 0, 1])


total = 0
for x in top():
    total += x
print(total)
