# an exception in __set_name__ is wrapped in RuntimeError (3.11), with the original as __cause__
class D:
    def __set_name__(self, owner, name):
        raise ValueError(f"bad name {name}")


try:
    class C:
        d = D()
except Exception as e:
    print(type(e).__name__, e, repr(e.__cause__))
