class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, *a):
        print("exit", self.name)

with (CM("a") as a, CM("b") as b):
    print("body", a, b)

with (
    CM("x") as x,
    CM("y") as y,
    CM("z"),
):
    print("multiline", x, y)

with (CM("single")):
    print("parenthesized expression")

with (CM("p")) as p:
    print("as after parens", p)

with CM("m") as m, (CM("n")) as n:
    print(m, n)
