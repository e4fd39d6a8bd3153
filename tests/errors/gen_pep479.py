def first_line(lines):
    it = iter(lines)
    yield next(it)
    yield next(it)


for line in first_line(["only"]):
    print(line)
