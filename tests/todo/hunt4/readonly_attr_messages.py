# messages for assigning/deleting read-only attributes of built-in objects and super()
for stmt in ["(1).real = 2", "del [].append", "[].append = 1", "'s'.upper = 1"]:
    try:
        exec(stmt)
    except AttributeError as e:
        print(e)


class A:
    x = 1


class B(A):
    def setsup(self):
        super().x = 5


try:
    B().setsup()
except AttributeError as e:
    print(e)
