def validate(n):
    if n < 0:
        raise ValueError("negative value: " + str(n))
    return n

def process(values):
    for v in values:
        validate(v)

process([1, 2, -3])
