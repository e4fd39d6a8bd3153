# mixing int and float
print(1 + 1.0, 1 - 0.5, 3 * 1.5, 7 / 2, 7 // 2.0)
print(type(1 + 1.0).__name__, type(2 * 3).__name__, type(6 / 3).__name__)
print(1 == 1.0, 1 < 1.5, 2 > 1.9999, 2 ** 53 == 2.0 ** 53)
print(2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 20 == 1e20, 10 ** 22 == 1e22, 10 ** 23 == 1e23)
print(True + 1.5, False * 2.0)
print(max(1, 2.0), max(2.0, 1), min(1, 1.0), min(1.0, 1))
print(sum([1, 2.5, 3]), sum([1, 2, 3]))
print(abs(-3) + abs(-3.0))
print(3 % 2.5, -3 % 2.5)
print(int(7 / 2), round(7 / 2))
print(1 / 3 * 3 == 1)
print(0.5 + 2**100)
print(2**100 / 2**99)
print((10**400) // 1 > 1e308)
try:
    print(10**400 * 1.0)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(10**400 / 3)
except OverflowError as e:
    print("OverflowError:", e)
print(10**400 > 1e308, 10**400 < float("inf"), -(10**400) > float("-inf"))
print(1.0 == 1 == True)
x = 5
x += 0.5
print(x)
x = 5
x /= 5
print(x, type(x).__name__)
