def three():
    print("start")
    yield 1
    print("after 1")
    yield 2
    print("after 2")
    yield 3
    print("end")

g = three()
print(type(g).__name__)
print("created, nothing ran yet")
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again stop", e.value)

def empty():
    return
    yield

print(list(empty()))
print(list(three()))

def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

print(list(count_up(5)))
print(sum(count_up(101)))
print(tuple(count_up(3)), set(count_up(4)) == {0, 1, 2, 3})
total = 0
for v in count_up(4):
    total += v * v
print("squares", total)
