# __class_getitem__ makes a class subscriptable
class A:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"


class B(A):
    pass


print(A[int], B[str])
