class A:
    def who(self):
        return ["A"]


class B(A):
    def who(self):
        return ["B"] + super().who()


class C(A):
    def who(self):
        return ["C"] + super().who()


class D(B, C):
    def who(self):
        return ["D"] + super().who()


print([k.__name__ for k in D.__mro__])
print(D().who())
print(B().who())


class X:
    pass


class Y:
    pass


class Z:
    pass


class K1(X, Y):
    pass


class K2(Y, Z):
    pass


class K3(X, Z):
    pass


class M(K1, K2, K3):
    pass


print([k.__name__ for k in M.__mro__])
print([k.__name__ for k in M.mro()])

try:
    class Bad(X, K1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Base:
    def __init__(self):
        self.log = ["Base"]


class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Left")


class Right(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Right")


class Bottom(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append("Bottom")


print(Bottom().log)
print([k.__name__ for k in Bottom.__mro__])
print(Bottom.__bases__ == (Left, Right))
print(len(Bottom.__mro__))
