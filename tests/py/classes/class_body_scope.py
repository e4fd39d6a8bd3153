print("before class")


class Config:
    print("  executing class body")
    base = 10
    doubled = base * 2
    names = ["a", "b", "c"]
    upper = [n.upper() for n in names]
    table = {}
    for i in range(3):
        table[i] = i * i
    del i
    if base > 5:
        mode = "big"
    else:
        mode = "small"

    def method(self):
        return self.base + Config.doubled

    def uses_global(self):
        return base

    print("  end of class body, mode =", mode)


print("after class")
print(Config.base, Config.doubled, Config.upper, Config.table, Config.mode)
print(hasattr(Config, "i"))
print(Config().method())
base = "global base"
print(Config().uses_global())

x = "module x"


class Shadow:
    x = "class x"
    y = x + "!"

    def get(self):
        return x


print(Shadow.x, Shadow.y, Shadow().get())


def outer():
    v = "enclosing"

    class Inside:
        w = v + " seen in class body"

        def m(self):
            return v
    return Inside


I = outer()
print(I.w, I().m())


class Counter:
    total = 0

    def bump(self):
        Counter.total += 1
        self.total = Counter.total * 100
        return self.total


c = Counter()
print(c.bump(), c.bump(), Counter.total, c.total)
d = Counter()
print(d.total, d.bump(), Counter.total)


class Aliases:
    def original(self):
        return "original"
    alias = original
    names = [k for k in ["original", "alias"]]


print(Aliases().alias(), Aliases.alias is Aliases.original, Aliases.names)
