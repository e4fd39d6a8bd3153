x = 10 ** 5000
try:
    print(len(str(x)))
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 5000)
except ValueError as e:
    print("ValueError:", e)
print(len(hex(x)))
import math
f = math.factorial(1000)
try:
    s = f"{f}"
    print(len(s))
except ValueError as e:
    print(e)
print(len(str(2 ** 14000)))
