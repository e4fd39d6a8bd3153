# round() with banker's rounding
for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994):
    print(v, round(v))
print(round(2.675, 2), round(2.665, 2), round(1.25, 1), round(1.35, 1))
print(round(123.456, 1), round(123.456, 0), round(123.456, -1), round(123.456, -3))
print(round(5), round(-5), round(15, -1), round(25, -1), round(35, -1), round(-15, -1))
print(round(1234567, -3), round(1500, -3), round(2500, -3))
print(round(10**20 + 5, -1))
print(round(0.0), round(-0.0, 1))
print(type(round(1.5)).__name__, type(round(1.5, 1)).__name__, type(round(5, 2)).__name__)
print(round(1e300, 2), round(1.23e-10, 12))
print(round(3.0), round(7, 0))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(float("inf"), 2), round(float("nan"), 1))
