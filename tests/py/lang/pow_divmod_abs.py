# pow, divmod, abs builtins
print(pow(2, 8), pow(2.5, 2), pow(4, 0.5), pow(-2, 3))
print(pow(10, -2))
print(pow(5, 3, 13), pow(-5, 3, 13), pow(5, 3, -13))
print(pow(3, -1, 11), pow(10, -2, 7))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(17.5, 5), divmod(-17.5, 5))
print(abs(-5), abs(5), abs(-5.5), abs(-(2**100)), abs(False), abs(-True))
print(pow(8, 1/3))
print(pow(2, 0), pow(0, 0), pow(0.0, 0))
