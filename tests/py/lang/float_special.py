# inf, nan and negative zero
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan)
print(float("-inf"), float("Infinity"), float("-NaN"), float("INF"))
print(inf + 1, inf - inf, inf * 0, inf * -1)
print(inf > 1e308, -inf < -1e308, inf == inf)
print(nan == nan, nan != nan, nan < 1, nan > 1)
print(1 / inf, -1 / inf)
print(inf / inf)
print(repr(-0.0), -0.0 == 0.0, str(-0.0))
print(0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, -0.0 * -0.0)
print(abs(-0.0), abs(-inf))
print(max(1, inf), min(-inf, 0))
print(int(1e18), int(-2.5), int(2.9999))
try:
    int(inf)
except OverflowError as e:
    print("OverflowError", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError", e)
print(1e308 * 10, -1e308 * 10)
print(2.0 ** 1023 * 2)
try:
    print(2.0 ** 1024)
except OverflowError:
    print("OverflowError")
try:
    print(10.0 ** 400)
except OverflowError:
    print("OverflowError")
print(nan + 1, nan * 0, -nan)
print(round(-0.4), round(-0.5), round(0.5), round(-0.0))
print([inf, nan, -0.0])
print(bool(nan), bool(0.0), bool(-0.0))
