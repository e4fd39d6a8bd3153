def f(n):
    return 10 // n
print(f(5))
print(f(2))
d = {"a": 1}
print(d["b"])
