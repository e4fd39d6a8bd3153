def is_negative(x):
    print("  test", x)
    return x < 0

data = [3, 1, -4, 1, -5, 9]
print("any:")
print(any(is_negative(x) for x in data))
print("all:")
print(all(not is_negative(x) for x in data))

def positive(x):
    print("  positive?", x)
    return x > 0

print("all true path:")
print(all(positive(x) for x in [1, 2, 3]))
print("any false path:")
print(any(x > 10 for x in [1, 2, 3]))
print("any on empty:", any(x for x in []), "all on empty:", all(x for x in []))

def count_calls():
    calls = []
    def pred(x):
        calls.append(x)
        return x == "needle"
    found = any(pred(w) for w in ["hay", "stack", "needle", "more", "hay"])
    return found, calls

print(count_calls())

print("in on generator stops early:")
def gen_numbers():
    for i in range(100):
        print("  yielding", i)
        yield i

g = gen_numbers()
print(3 in g)
print("continues at", next(g))

print("min/max consume everything:")
print(max(positive(v) and v for v in [2, 5, 1]))
