# floor division and modulo with floats
for a in (7.5, -7.5):
    for b in (2, -2, 2.5, -2.5):
        print(a, b, a // b, a % b, divmod(a, b))
print(1.0 // 0.1, 1.0 % 0.1)
print(5 // 2.0, 5 % 2.0, -5 // 2.0, -5 % 2.0)
print(0.0 % 5, -0.0 % 5, 0.0 % -5)
print(3.0 % 1.0, -3.0 % 1.0)
print(1e20 // 3, 1e20 % 3)
print(-1e-20 % 1.0)
print(6.0 // 3, -6.0 // 3)
print(7 // 0.5, 7 % 0.5)
print(1.0 % float("inf"), -1.0 % float("inf"))
print(5.5 % -float("inf"))
x = 10.0
x //= 3
print(x)
x %= 2
print(x)
