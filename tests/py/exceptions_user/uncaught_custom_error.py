class MyError(Exception):
    pass


def check(values):
    total = 0
    for v in values:
        if v < 0:
            raise MyError(f"negative value {v} after total {total}")
        total += v
    return total


print(check([1, 2, 3]))
try:
    check([1, -1])
except MyError as e:
    print("handled once:", e)
print("now failing for real")
check([5, 6, -7, 8])
print("never printed")
