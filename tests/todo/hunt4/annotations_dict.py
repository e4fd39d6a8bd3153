# __annotations__ of classes, functions and the module
x: int = 3
y: "str"


class B:
    a: int
    b: "str" = "s"
    c: list[int] = []


def f(p: int, q: "B" = None) -> str:
    pass


print(__annotations__)
print(B.__annotations__, B.b)
print(f.__annotations__)
