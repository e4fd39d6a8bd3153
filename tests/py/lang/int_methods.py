# int-specific operations and builtins
print((255).bit_length(), (2**100).bit_length(), (-2**100).bit_length())
print(divmod(2**100, 7))
print(max(2**64, 2**63), min(-1, -(2**100)))
print(sum(range(2**20)))
print(bin(2**70 - 1).count("1"))
print(int("1" * 50) % 97)
print(str(2**64)[::-1])
print(int(str(-(2**80))) == -(2**80))
print(hex(2**64 - 1), oct(-(2**33)))
print(format(2**64, "b").count("0"), format(-(2**64), "x"))
print(10**18 // 7 * 7 + 10**18 % 7 == 10**18)
n = 600851475143
factors = []
d = 2
while d * d <= n:
    while n % d == 0:
        factors.append(d)
        n //= d
    d += 1
if n > 1:
    factors.append(n)
print(factors)
print((2**64).bit_count(), (255).bit_count(), (-7).bit_count())
print(int(True) + int("7") + int(3.9))
