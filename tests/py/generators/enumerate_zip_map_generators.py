def letters():
    for ch in "abcde":
        print("  letter", ch)
        yield ch

def numbers():
    n = 0
    while True:
        print("  number", n)
        yield n
        n += 1

print("enumerate:")
for i, ch in enumerate(letters(), start=1):
    print(i, ch)

print("zip stops at shortest; pulls one extra from the first:")
nums = numbers()
print(list(zip(nums, "xy")))
print("next number is", next(nums))

print("zip with generator second:")
lets = letters()
print(list(zip("pq", lets)))
print("next letter is", next(lets))

print("map over two generators:")
m = map(lambda a, b: a + str(b), letters(), numbers())
print(next(m))
print(next(m))

print("filter over generator:")
f = filter(lambda n: n % 3 == 0, numbers())
print(next(f), next(f))

print("enumerate of genexpr:")
print(list(enumerate(x * x for x in range(4))))
print(dict(zip((k for k in "abc"), (v for v in range(10)))))
print(list(map(str.upper, (w for w in ["hi", "there"]))))
total = sum(i * v for i, v in enumerate(range(10, 15)))
print("weighted", total)
