# Raising and catching across frames, custom exception classes.
class AppError(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code


class NotFound(AppError):
    pass


def lookup(d, k, depth):
    if depth > 0:
        return lookup(d, k, depth - 1)
    if k not in d:
        raise NotFound(k)
    return d[k]


d = {i: i * i for i in range(0, 1000, 2)}
hits = misses = 0
for i in range(60000):
    try:
        hits += lookup(d, i % 1000, 3)
    except NotFound as e:
        misses += e.code
    except AppError:
        pass
print(hits, misses)

n = 0
for i in range(100000):
    try:
        if i % 3 == 0:
            raise ValueError(i)
        n += 1
    except ValueError as e:
        n -= e.args[0] % 2
print(n)
