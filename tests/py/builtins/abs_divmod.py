print(abs(5), abs(-5), abs(0))
print(abs(-3.25), abs(3.25), abs(-0.0))
print(abs(True), abs(False))
print(abs(-10**30))
print(abs(float('-inf')))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2))
print(divmod(0, 5), divmod(6, 3), divmod(-6, 3))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2))
print(divmod(1, 0.3))
print(divmod(10**25, 7))
print(divmod(-10**25, 7))
print(divmod(True, 2))
print(7 // 2, -7 // 2, 7 % -2, -7 % 2)
print(7.0 // 2, -7.0 // 2.0, 5.5 % 2, -5.5 % 2)
print(-0.0 % 5, 0.0 % -5)
for a, b in [(1, 0), (1.0, 0), (0, 0.0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
try:
    5 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    5 // 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    5 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    5.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod("a", 2)
except TypeError as e:
    print(type(e).__name__, e)
