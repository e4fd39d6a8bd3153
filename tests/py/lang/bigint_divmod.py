# big int floor division / modulo including negatives
n = 10 ** 40 + 12345
for d in (3, -3, 10**20 + 1, -(10**20 + 1), 2**64, -(2**64)):
    print(n // d, n % d)
    print(-n // d, -n % d)
q, r = divmod(-(2**200), 3**50)
print(q, r, q * 3**50 + r == -(2**200))
print(divmod(2**200, -(3**50)))
print((2**100) // -1, (2**100) % -1)
print(-(2**100) // (2**100), -(2**100) // (2**100 + 1))
print((2**100 - 1) // (2**100))
print((10**30) / 3)
print(-(10**30) // 7, -(10**30) % 7)
try:
    print(10**30 // 0)
except ZeroDivisionError as e:
    print(e)
try:
    print(10**30 % 0)
except ZeroDivisionError as e:
    print(e)
