# multiplication/division of large integers (checks against identities)
a = 10**500 + 1
print((a * a - 1) == (a - 1) * (a + 1))
print(str(a * a)[:5], str(a * a)[-5:], len(str(a * a)))
b = int("9" * 700)
c = int("8" * 650)
p = b * c
print(p // c == b, p % c, p // b == c)
print(len(str(p)), str(p)[:12], str(p)[-12:])
f = 1
for i in range(1, 301):
    f *= i
print(len(str(f)), str(f)[:15], str(f).count("0"))
print(f // (f // 1000) , f % 1000003)
g = 3**2000
print(g % (10**9 + 7), (g // 7**300) % 1000)
print((2**3000 - 1) // (2**1500 - 1) == 2**1500 + 1)
q, r = divmod(7**1000, 11**200)
print(q * 11**200 + r == 7**1000, r < 11**200, r % 1000)
print(-(7**300) // 13**50 == -((7**300 + 13**50 - 1) // 13**50))
