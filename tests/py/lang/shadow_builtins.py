# shadowing built-in names
print(len("abc"))
len = lambda s: "shadowed"
print(len("abc"))
del len
print(len("abc"))
def f():
    max = 10
    return max
print(f(), max(1, 2))
list = [1, 2]
print(list)
del list
print(list("ab"))
def g(str):
    return str * 2
print(g(3), str(3))
print = print
print("print still works")
sum_ = sum
def sum(values):
    return "custom sum"
print(sum([1, 2]), sum_([1, 2]))
del sum
print(sum([1, 2]))
try:
    del sum
except NameError as e:
    print("NameError:", e)
True_ = True
print(True_ is True)
