# for loops with else
for i in range(3):
    print(i)
else:
    print("for-else ran")
for i in range(5):
    if i == 2:
        break
else:
    print("not printed")
print("i after break:", i)
for x in []:
    print("never")
else:
    print("else of empty for")
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        return True
    return False
print([n for n in range(30) if is_prime(n)])
for outer in range(3):
    for inner in range(3):
        if inner == outer:
            break
    else:
        print("inner completed for", outer)
for ch in "abc":
    continue
else:
    print("continue still runs else", ch)
for k in {"a": 1, "b": 2}:
    print(k)
for c in "hi":
    print(c)
for t in (1, "two", 3.0):
    print(type(t).__name__)
for idx, val in enumerate("xyz", 1):
    print(idx, val)
for a, b in zip([1, 2, 3], "ab"):
    print(a, b)
