# *args
def f(*args):
    return args
print(f(), f(1), f(1, 2, 3), type(f()).__name__)
def g(first, *rest):
    return first, rest
print(g(1), g(1, 2, 3))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1, 2, 3), total(*range(101)))
def fmt(template, *args):
    return template % args
print(fmt("%d-%d", 1, 2))
def count(*a):
    return len(a)
print(count(*"hello"), count(*[], *()), count([]))
def pass_through(*args):
    return f(*args)
print(pass_through(1, 2))
def star_only(a, *args, b):
    return a, args, b
print(star_only(1, 2, 3, b=4))
try:
    g()
except TypeError as e:
    print("TypeError:", e)
def modify(*args):
    args = args + (99,)
    return args
print(modify(1))
