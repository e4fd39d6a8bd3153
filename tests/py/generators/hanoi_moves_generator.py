def hanoi(n, src, dst, via):
    if n == 0:
        return
    yield from hanoi(n - 1, src, via, dst)
    yield n, src, dst
    yield from hanoi(n - 1, via, dst, src)

for disk, a, b in hanoi(3, "A", "C", "B"):
    print("move disk %d from %s to %s" % (disk, a, b))

pegs = {"A": list(range(6, 0, -1)), "B": [], "C": []}
count = 0
for disk, a, b in hanoi(6, "A", "C", "B"):
    moved = pegs[a].pop()
    assert moved == disk
    if pegs[b]:
        assert pegs[b][-1] > disk
    pegs[b].append(moved)
    count += 1
print(count, pegs)

moves = hanoi(10, "L", "R", "M")
print(sum(1 for _ in moves))

def gray_code(n):
    if n == 0:
        yield ""
        return
    prev = list(gray_code(n - 1))
    for code in prev:
        yield "0" + code
    for code in reversed(prev):
        yield "1" + code

print(list(gray_code(3)))
codes = list(gray_code(5))
diffs = set(sum(a != b for a, b in zip(x, y)) for x, y in zip(codes, codes[1:]))
print(len(codes), diffs)
