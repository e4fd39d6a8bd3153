# Plain generators: for loops, list(), next(), exhaustion.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

for v in count_up(4):
    print("for", v)

print(list(count_up(5)))
print(tuple(count_up(3)), set(count_up(3)))

g = count_up(2)
print(next(g))
print(next(g))
for attempt in range(3):
    try:
        next(g)
    except StopIteration as e:
        print("exhausted", attempt, e.args, e.value)

def empty():
    return
    yield

print(list(empty()), next(empty(), "default"))

def no_value():
    yield
    yield None

print(list(no_value()))

def body_not_run():
    print("body started")
    yield 1

gen = body_not_run()
print("created")
print(next(gen))

# A generator function called many times gives independent generators.
a, b = count_up(3), count_up(3)
print(next(a), next(a), next(b), next(a), next(b))

# A generator object is its own iterator.
c = count_up(3)
print(iter(c) is c, c.__iter__() is c, c.__next__())
for x in c:
    print("rest", x)
print(list(c))

# Nested for loops over generators.
for i in count_up(3):
    for j in count_up(i):
        print(i, j, end="; ")
print()
