def evens_then_odds(n):
    for i in range(0, n, 2):
        yield i
    for i in range(1, n, 2):
        yield i

print(list(evens_then_odds(9)))

def nested_pairs(a, b):
    for i in range(a):
        for j in range(b):
            if i == j:
                continue
            yield (i, j)

print(list(nested_pairs(3, 3)))

def until_negative(seq):
    for x in seq:
        if x < 0:
            break
        yield x * 10
    else:
        yield "no negative"
    yield "tail"

print(list(until_negative([1, 2, -1, 5])))
print(list(until_negative([3, 4])))

def while_gen(limit):
    n = 1
    while True:
        if n > limit:
            return
        yield n
        n *= 3

print(list(while_gen(100)))

def yield_expressions():
    x = yield 1
    print("x is", x)
    y = yield 2
    print("y is", y)

print(list(yield_expressions()))

def conditional(items):
    for item in items:
        if isinstance(item, str):
            yield item.upper()
        elif isinstance(item, int) and item % 2 == 0:
            yield item // 2
        else:
            pass

print(list(conditional(["a", 4, 3, "bc", 10, 2.5])))

def multi_yield_per_iter(n):
    for i in range(n):
        yield i
        yield -i

print(list(multi_yield_per_iter(4)))
