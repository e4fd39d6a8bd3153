# [*obj] / (*obj, x) / f(x, *obj) with a user-defined iterable (instance of a class)
class It:
    def __iter__(self):
        return iter([1, 2])


class Old:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i


def f(*a):
    return a


print([0, *It()], (*It(), 3), f(9, *It()), f(*It(), *It()))
print([*Old()], (*Old(),), f(1, *Old()), [*Old(), *It()])
print(*It(), *Old())
