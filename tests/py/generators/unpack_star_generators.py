def gen(n):
    for i in range(n):
        yield i * 10

a, b, c = gen(3)
print(a, b, c)
first, *rest = gen(5)
print(first, rest)
*init, last = gen(4)
print(init, last)
head, *mid, tail = gen(6)
print(head, mid, tail)

try:
    x, y = gen(3)
except ValueError as e:
    print("ValueError:", e)
try:
    x, y, z = gen(2)
except ValueError as e:
    print("ValueError:", e)

def add3(p, q, r):
    return p + q + r

print(add3(*gen(3)))
print(max(*gen(4)))
print([*gen(3), *gen(2)])
print((*gen(2),))
print({*gen(3)} == {0, 10, 20})
print(*gen(4), sep=",")
print(*(s.upper() for s in "abc"))

def kw_pairs():
    yield "a", 1
    yield "b", 2

def show(**kw):
    return sorted(kw.items())

print(show(**dict(kw_pairs())))
for i, (k, v) in enumerate(kw_pairs()):
    print(i, k, v)
print(list(map(add3, gen(2), gen(2), gen(2))))
