def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

for n in [0, 1, 5, 10, 20, 21, 25, 50]:
    print(f"{n}! = {factorial(n)}")
f100 = factorial(100)
print(f100)
print("digits:", len(str(f100)), "digit sum:", sum(int(d) for d in str(f100)))
trailing = len(str(f100)) - len(str(f100).rstrip("0"))
print("trailing zeros:", trailing)
f500 = factorial(500)
print(len(str(f500)), f500 % (10 ** 9 + 7), f500 // factorial(498) == 500 * 499)
print(2 ** 256)
print(2 ** 256 - 1 == int("f" * 64, 16), hex(2 ** 256 - 1)[:10])
print(pow(3, 1000) % 1000000007, pow(3, 1000, 1000000007))
print((10 ** 50 + 3) * (10 ** 50 - 3) == 10 ** 100 - 9)
print(-factorial(30) // 7, -factorial(30) % 7, factorial(30) // -7)
print(int(str(factorial(40))[::-1]))
x = 1
for i in range(200):
    x = x * 31 + i
print(x % 998244353, x.bit_length())
def binom(n, k):
    return factorial(n) // (factorial(k) * factorial(n - k))
print([binom(10, k) for k in range(11)])
print(binom(200, 100))
