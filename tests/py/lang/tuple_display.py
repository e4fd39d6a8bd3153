# tuple displays
print(())
print((1,))
print(1,)
t = 1,
print(t)
t = 1, 2, 3
print(t)
print((1, 2) + (3,))
print(((1,),))
print((((),),))
x = ()
print(len(x), type(x).__name__)
a = [1, 2]
print((*a, 3))
print((*a,))
t = *a, *"xy"
print(t)
print(tuple(), tuple([1, 2]), tuple("ab"))
print((1) == 1, (1,) == 1)
print(type((1)).__name__, type((1,)).__name__)
nested = (1, (2, (3, (4,))))
print(nested[1][1][1][0])
print((1, [2, 3])[1][0])
mut = ([],)
mut[0].append(1)
print(mut)
def f():
    return 1, 2
print(f(), type(f()).__name__)
print(("a",) * 3)
for item in 1, 2:
    print(item)
