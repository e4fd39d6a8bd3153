def chunks(seq, size):
    chunk = []
    for item in seq:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk

print(list(chunks(range(10), 3)))
print(list(chunks("abcdef", 2)))
print(list(chunks([], 4)))

def windows(seq, size):
    window = []
    for item in seq:
        window.append(item)
        if len(window) > size:
            window.pop(0)
        if len(window) == size:
            yield tuple(window)

print(list(windows(range(6), 3)))
print([sum(w) / 3 for w in windows([3, 6, 9, 12, 15], 3)])

def pairwise(seq):
    it = iter(seq)
    try:
        prev = next(it)
    except StopIteration:
        return
    for cur in it:
        yield prev, cur
        prev = cur

print(list(pairwise("abcd")), list(pairwise([])), list(pairwise([1])))
print(all(a <= b for a, b in pairwise([1, 2, 2, 5])))

def islice(it, start, stop):
    for i, x in enumerate(it):
        if i >= stop:
            return
        if i >= start:
            yield x

def count(n=0):
    while True:
        yield n
        n += 1

print(list(islice(count(), 5, 10)))

def takewhile(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x

def dropwhile(pred, it):
    it = iter(it)
    for x in it:
        if not pred(x):
            yield x
            break
    yield from it

print(list(takewhile(lambda v: v < 4, count())))
print(list(dropwhile(lambda v: v < 4, [1, 3, 5, 2, 0])))

def accumulate(it):
    total = 0
    for x in it:
        total += x
        yield total

print(list(accumulate(range(1, 8))))
print(list(islice(accumulate(count(1)), 0, 6)))
