# Exceptions raised inside generators reach the consumer, and finish the generator.
def fails_at(n):
    for i in range(5):
        if i == n:
            raise ValueError("failed at %d" % i)
        yield i

got = []
try:
    for v in fails_at(3):
        got.append(v)
except ValueError as e:
    print(got, e)

g = fails_at(1)
print(next(g))
try:
    next(g)
except ValueError as e:
    print("next:", e)
print(next(g, "finished"))

try:
    print(list(fails_at(2)))
except ValueError as e:
    print("list:", e)

try:
    print(sum(x for x in fails_at(4)))
except ValueError as e:
    print("sum:", e)

# Through yield from, caught in the middle.
def middle():
    try:
        yield from fails_at(2)
    except ValueError as e:
        yield "middle caught: " + str(e)
    yield "middle continues"

print(list(middle()))

# Exception in a generator expression's element.
try:
    print(list(10 // x for x in [5, 2, 0, 1]))
except ZeroDivisionError as e:
    print("genexpr:", e)

# Exception inside the consumer's loop body does not touch the generator.
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")

g = gen()
try:
    for v in g:
        raise KeyError(v)
except KeyError as e:
    print("body raised", e)
print(list(g))

# Exceptions with except/else/finally inside the generator.
def structured(x):
    try:
        yield 10 // x
    except ZeroDivisionError:
        yield "zero"
    else:
        yield "else"
    finally:
        yield "finally"

print(list(structured(2)), list(structured(0)))

# An exception raised by the consumer while the generator is suspended inside try.
def guarded():
    try:
        yield 1
    except Exception as e:
        print("guarded should not see", e)
    yield 2

g = guarded()
for v in g:
    try:
        raise TypeError("consumer")
    except TypeError:
        pass
    print("v", v)

# Unbound local and name errors inside generators.
def unbound():
    yield x
    x = 1

try:
    next(unbound())
except UnboundLocalError as e:
    print(e)
