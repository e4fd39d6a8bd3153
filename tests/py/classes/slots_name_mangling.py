# __slots__ names are mangled like other private names in the class body
class T:
    __slots__ = ["__x", "y"]

    def __init__(self):
        self.__x = 1
        self.y = 2

    def get(self):
        return self.__x


t = T()
print(t.get(), t.y, T.__slots__)
try:
    t.__x = 5
except AttributeError as e:
    print(e)
