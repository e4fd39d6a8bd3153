# floor division and modulo with ints
for a in (7, -7):
    for b in (2, -2, 3, -3):
        print(a, b, a // b, a % b, divmod(a, b))
print(0 // 5, 0 % 5, 0 // -5, 0 % -5)
print(6 // 3, -6 // 3, 6 % 3, -6 % 3, 6 % -3)
print(1 // 10, -1 // 10, 1 % 10, -1 % 10)
print(100 // 1, 100 % 1)
print(5 // 5, -5 // 5)
x = 17
x //= 5
print(x)
x %= 2
print(x)
print(divmod(0, 3), divmod(-1, 3), divmod(1, -3))
print((-7) // 2 * 2 + (-7) % 2)
print(2**65 // 3, 2**65 % 3)
print(-(2**65) // 3, -(2**65) % 3)
print(True // 1, True % 2)
print(-3 % 1)
