# star and double-star unpacking in displays and calls
a = [1, 2]
b = (3, 4)
print([*a, *b])
print((*a, *b))
print({*a, *b})
print([*a, *"ab", *range(2)])
print({**{"k": 1}, **dict(v=2)})
print([*[*[*[1]]]])
print(*a, *b)
print(*a, sep="-")
def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f(*a, *b))
print(f(**{"x": 1}, **{"y": 2}))
print(f(0, *a, 5, *b, k=1, **{"m": 2}))
d1 = {"a": 1}
d2 = {"b": 2}
print({**d1, **d2, "c": 3})
try:
    f(**{"x": 1}, **{"x": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    print(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    {**[1]}
except TypeError as e:
    print("TypeError:", e)
print([*{}], [*{1: 2}])
e = []
print([*e], (*e,), {*e})
