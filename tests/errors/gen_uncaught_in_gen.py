def numbers(limit):
    for i in range(limit):
        if i == 2:
            raise ValueError("bad number %d" % i)
        yield i


def consume():
    total = 0
    for n in numbers(5):
        total += n
    return total


print(consume())
