# `yield from` any iterable; its value is the sub-generator's return value.
def chain(*its):
    for it in its:
        yield from it

print(list(chain([1, 2], (3,), "ab", range(2), {"k": 1}, {9})))

def sub(n):
    for i in range(n):
        yield i
    return "sub%d" % n

def main():
    r1 = yield from sub(2)
    print("r1", r1)
    r2 = yield from sub(0)
    print("r2", r2)
    r3 = yield from [10, 11]
    print("r3", r3)
    r4 = yield from (x * 2 for x in range(3))
    print("r4", r4)
    return "main done"

g = main()
for v in g:
    print("v", v)

def wrapper():
    result = yield from main()
    print("wrapped", result)

print(list(wrapper()))

def from_iter():
    it = iter([1, 2, 3])
    next(it)
    yield from it
    yield from iter([])

print(list(from_iter()))

def from_exhausted():
    g = sub(2)
    list(g)
    r = yield from g
    print("exhausted sub gives", r)
    yield "end"

print(list(from_exhausted()))

def bad():
    yield from 5

try:
    list(bad())
except TypeError as e:
    print("TypeError:", e)

def value_only():
    return (yield from sub(3))

g = value_only()
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("value", e.value)
