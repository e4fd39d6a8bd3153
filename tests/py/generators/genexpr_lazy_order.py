def noisy(tag, values):
    for v in values:
        print("  produce", tag, v)
        yield v

def show(x):
    print("  map", x)
    return x * 10

print("build genexpr")
g = (show(x) for x in noisy("A", [1, 2, 3]))
print("built, nothing evaluated")
print("first:", next(g))
print("second:", next(g))
print("rest:", list(g))
print("again:", list(g))

print("filter in genexpr")
def check(x):
    print("  check", x)
    return x % 2 == 1

h = (x for x in noisy("B", range(5)) if check(x))
for item in h:
    print("got", item)

print("outermost iterable evaluated eagerly")
def source():
    print("  source() called")
    return [7, 8]

g2 = (y + 1 for y in source())
print("genexpr created")
print(list(g2))

print("nested for in genexpr")
pairs = ((a, b) for a in noisy("outer", "xy") for b in noisy("inner", [1, 2]))
print(next(pairs))
print(next(pairs))
print(next(pairs))
print(type(pairs).__name__)
