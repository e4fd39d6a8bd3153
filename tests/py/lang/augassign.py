# augmented assignment operators on names
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x = 17
x //= 3; print(x)
x %= 4; print(x)
x **= 5; print(x)
x <<= 2; print(x)
x >>= 3; print(x)
x &= 6; print(x)
x |= 9; print(x)
x ^= 15; print(x)
s = "ab"
s += "cd"; print(s)
s *= 2; print(s)
t = (1,)
t += (2,); print(t)
f = 1.5
f += 1; print(f)
f **= 2; print(f)
big = 2**64
big *= big; print(big)
big -= 1; print(big)
n = 5
n += True; print(n)
def g():
    total = 0
    for i in range(5):
        total += i
    return total
print(g())
