# classmethod wrapping property (still supported by 3.11)
class B:
    @classmethod
    @property
    def cp(cls):
        return cls.__name__ + "!"


print(B.cp, B().cp)
