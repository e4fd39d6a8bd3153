# stacked decorators apply bottom-up
trace = []
def tag(name):
    def deco(fn):
        trace.append("apply " + name)
        def wrapper(*a):
            return "<" + name + ">" + fn(*a) + "</" + name + ">"
        return wrapper
    return deco
@tag("b")
@tag("i")
@tag("u")
def text(s):
    return s
print(trace)
print(text("hello"))
def double(fn):
    return lambda x: fn(x) * 2
def inc(fn):
    return lambda x: fn(x) + 1
@double
@inc
def base1(x):
    return x
@inc
@double
def base2(x):
    return x
print(base1(5), base2(5))
evaluated = []
def make(n):
    evaluated.append(n)
    def deco(fn):
        evaluated.append("deco" + str(n))
        return fn
    return deco
@make(1)
@make(2)
def z():
    pass
print(evaluated)
