def to_base(n, b):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if n == 0: return "0"
    sign = "-" if n < 0 else ""
    n = abs(n); out = []
    while n:
        n, r = divmod(n, b); out.append(digits[r])
    return sign + "".join(reversed(out))
for n in [0, 5, 255, -255, 2**64, 123456789]:
    print(n, [to_base(n, b) for b in (2, 3, 8, 16, 36)], all(int(to_base(n, b), b) == n for b in range(2, 37)))
def popcount(n):
    c = 0
    while n:
        n &= n - 1; c += 1
    return c
print([popcount(i) for i in range(17)], popcount(2**100 - 1))
print([i for i in range(1, 70) if i & (i - 1) == 0], 1 << 40, (1 << 40) >> 38, -1 >> 5, -16 >> 2, ~0, ~-1, 5 & -5, -5 & 0xFF, 6 ^ 3, 0b1010 | 0b0101)
def gray(n):
    return n ^ (n >> 1)
print([format(gray(i), "04b") for i in range(8)])
mask = 0
for bit in (0, 3, 5):
    mask |= 1 << bit
print(bin(mask), [b for b in range(8) if mask >> b & 1], mask.bit_length(), f"{mask:08b}", f"{-mask:#b}")
x = 0xDEADBEEF
print(hex(x), hex(x >> 16), hex(x & 0xFFFF), hex(((x << 8) | (x >> 24)) & 0xFFFFFFFF), x.to_bytes if False else "", int.from_bytes if False else "")
subsets = [[c for j, c in enumerate("abc") if i >> j & 1] for i in range(8)]
print(subsets)
