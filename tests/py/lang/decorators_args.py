# decorators with arguments
def repeat(n):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hi(name):
    return "hi " + name
print(hi("x"))
def prefix(p, sep=": "):
    def deco(fn):
        def wrapper(*a, **k):
            return p + sep + str(fn(*a, **k))
        return wrapper
    return deco
@prefix("result")
def compute(a, b=1):
    return a * b
print(compute(6, b=7))
@prefix("R", sep="=")
def ident(v):
    return v
print(ident([1]))
def validate(*types):
    def deco(fn):
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError("bad arg " + repr(a))
            return fn(*args)
        return wrapper
    return deco
@validate(int, str)
def rep(n, s):
    return s * n
print(rep(3, "ab"))
try:
    rep("3", "ab")
except TypeError as e:
    print("TypeError:", e)
decos = {"twice": lambda fn: lambda x: fn(fn(x))}
@decos["twice"]
def inc(x):
    return x + 1
print(inc(0))
