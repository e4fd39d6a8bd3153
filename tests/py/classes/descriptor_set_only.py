# a descriptor with __set__ but no __get__: reading falls back to the instance dict
class SetOnly:
    def __set__(self, obj, v):
        print("set", v)
        obj.__dict__["g"] = v * 2


class E:
    g = SetOnly()


e = E()
print(type(e.g).__name__)
e.g = 3
print(e.g, vars(e))
