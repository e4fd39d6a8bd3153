# Big integers: factorial, powers, conversion to text.
f = 1
for i in range(1, 8000):
    f *= i
p = 3 ** 200000
q = p // 7 ** 30000
print(len(str(f)), p % 1000007, q % 998244353, (f * p).bit_length())
