def leaf(n):
    yield n
    yield n // 0


def middle():
    yield from leaf(1)


def top():
    result = yield from middle()
    return result


print(list(top()))
