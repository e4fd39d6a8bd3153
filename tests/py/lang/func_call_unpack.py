# call-site unpacking
def f(a, b, c, d=0):
    return a * 1000 + b * 100 + c * 10 + d
print(f(*[1, 2, 3]))
print(f(*(1, 2), 3))
print(f(1, *[2], *[3], 4))
print(f(**{"a": 1, "b": 2, "c": 3}))
print(f(1, 2, **{"c": 3, "d": 4}))
print(f(*[1, 2], c=5, **{"d": 6}))
print(f(*range(1, 4)))
print(f(*range(4)))
args = [3, 2, 1]
print(max(*args), min(*args, 0))
print(*[1, 2], *[3], sep=", ")
print("{}-{}".format(*"ab"))
kwargs = {"sep": "|", "end": "<\n"}
print(1, 2, **kwargs)
try:
    f(*[1, 2, 3, 4, 5])
except TypeError as e:
    print("TypeError:", e)
try:
    f(*[1])
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, 3, **{"a": 9})
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, 3, e=5)
except TypeError as e:
    print("TypeError:", e)
