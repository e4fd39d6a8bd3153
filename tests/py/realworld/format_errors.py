print("{0.real} {0.imag} {1[0]} {2[a]}".format(3, [9], {"a": 1}), "{.__class__}".format(1) if False else "")
print("{:>10}".format(None) if False else "", "{}".format(None), "{!r}".format(None), "{:}".format(1.0))
try:
    print("{:>10}".format(None))
except TypeError as e:
    print(e)
try:
    print("{:d}".format("1"))
except ValueError as e:
    print(e)
try:
    print("{0[5]}".format([1]))
except IndexError as e:
    print("IndexError", e)
try:
    print("{0[x]}".format({}))
except KeyError as e:
    print("KeyError", e)
try:
    print("{0.nope}".format(1))
except AttributeError as e:
    print("AttributeError", e)
try:
    f"{None:>5}"
except TypeError as e:
    print(e)
try:
    f"{[1]:^5}"
except TypeError as e:
    print(e)
try:
    "{} {}".format(*[1])
except IndexError as e:
    print("IndexError", e)
try:
    "{:10.2}".format(5)
except ValueError as e:
    print(e)
try:
    format(5, ".2s")
except ValueError as e:
    print(e)
try:
    format("x", "d")
except ValueError as e:
    print(e)
try:
    format(1.5, "b")
except ValueError as e:
    print(e)
try:
    format(10, ",x")
except ValueError as e:
    print(e)
try:
    format(10, ",_")
except ValueError as e:
    print(e)
try:
    format("s", "=10")
except ValueError as e:
    print(e)
try:
    format(1, "1000000000000000000000")
except ValueError as e:
    print(e)
print(format("abc", "^7s"), format(65, "c"), format(True, ">5"), format(False, "d"), format(1, "") , format("", "*^3"))
