print(pow(2, 10), 2 ** 10)
print(pow(2, -1), 2 ** -2)
print(pow(-2, 3), (-2) ** 2, -2 ** 2)
print(pow(2, 0), pow(0, 0), 0 ** 0.0)
print(pow(2.5, 2), pow(4, 0.5), 8 ** (1 / 3))
print(pow(2, 100))
print(pow(3, 4, 5), pow(2, 100, 1000), pow(7, 0, 3))
print(pow(-3, 3, 7), pow(3, 3, -7))
print(pow(3, -1, 7), pow(2, -1, 5), pow(5, -2, 13))
print(pow(10, 20, 1))
print(2 ** 3 ** 2)
print((-8) ** 2.0, (-8.0) ** 3)
print(pow(-1.5, 2))
print(10 ** -3, 10.0 ** 3)
print(pow(True, 5), pow(2, True))
print(1.5 ** 2, 2 ** 0.5)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    pow("2", 2)
except TypeError as e:
    print(type(e).__name__, e)
