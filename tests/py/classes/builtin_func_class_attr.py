# a builtin function stored as a class attribute does not bind (no self is passed)
class B:
    f = len
    g = abs


print(B().f([1, 2]), B().g(-3), B.f("abc"))
