# true division always yields float
print(6 / 3, 7 / 2, -7 / 2, 1 / 8)
print(0 / 5, -0 / 5, 0 / -5)
print(1 / 3, -1 / 3)
print(10 / 4, 10.0 / 4, 10 / 4.0)
print(2**60 / 2, 2**60 / 3)
print(1 / 1e-300)
print(type(4 / 2).__name__)
print(22 / 7)
print(355 / 113)
for d in (1, 2, 3, 7, 9, 11):
    print(d, 1 / d)
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 % 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
x = 9
x /= 2
print(x)
print((10**30 + 1) / 10**30)
print(123456789123456789 / 1)
