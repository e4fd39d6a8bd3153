# Big integers: factorial, powers, conversion to text.
f = 1
for i in range(1, 3000):
    f *= i
p = 3 ** 20000
q = p // 7 ** 3000
print(len(str(f)), p % 1000007, q % 998244353, (f * p).bit_length())
