# AttributeError on an instance suggests a close instance attribute name
class C:
    def __init__(self):
        self.value = 1
        self.__secret = 2


c = C()
try:
    c.valeu
except AttributeError as e:
    print(e)
c.valeu
