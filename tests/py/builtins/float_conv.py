print(float(), float(1), float(-3), float(True))
print(float("1.5"), float("-2.25"), float("  3  "), float("+4."), float(".5"))
print(float("1e5"), float("1E-3"), float("-1.5e+10"), float("1_000.5"))
print(float("inf"), float("-inf"), float("Infinity"), float("-INF"), float("+inf"))
print(float("nan"), float("-nan"), float("NaN"))
print(float("0.1"), float("1e308"), float("1e309"), float("-1e309"), float("1e-400"))
print(float(10**20), float(2**53 + 1))
print(float("00012.5000"))
print(float(" \n 7.25\t"))
print(1.0, 1.5, 100.0, 1e16, 1e15, 123456789.0, 0.1 + 0.2)
print(1e22, 1e21, 1e-4, 1e-5, 0.0001234, 12345678901234567.0)
print(-0.0, 0.0, 2.0 ** 0.5, 1 / 3, 2 / 3, 10 / 4)
print(3.0 * 1.1, 1.1 + 2.2, 100.0 / 3)
print(float("1.7976931348623157e308"), 5e-324)
print(repr(1.0), str(2.5), repr(1e100))
print(float(-0), -float(0))
x = float("nan")
print(x == x, x != x, x < 1, x > 1)
inf = float("inf")
print(inf > 1e308, -inf < -1e308, inf == inf, inf - inf)
for s in ["", "abc", "1.2.3", "1e", "--1", "in f", "1_", "0x10", "1,5"]:
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
for v in [None, [1.0], "1" * 0]:
    try:
        float(v)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
