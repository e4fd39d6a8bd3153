# shift operators
print(1 << 0, 1 << 1, 1 << 10, 1 << 64, 1 << 100)
print(1024 >> 3, 1024 >> 20, 1 >> 1, 0 >> 5)
print(-1 << 3, -16 >> 2, -17 >> 2, -1 >> 100)
print(5 << 62, 5 << 63)
print((2**200) >> 190, (2**200 + 2**10) >> 5)
print(-(2**200) >> 198)
print(3 << 2 << 1, 64 >> 2 >> 1)
x = 1
x <<= 70
print(x)
x >>= 68
print(x)
try:
    print(1 << -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1 >> -1)
except ValueError as e:
    print(type(e).__name__, e)
print(True << 3, False >> 1)
print(0 << 1000)
print(123456789 >> 64)
print(-123456789 >> 64)
