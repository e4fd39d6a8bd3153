# bitwise and/or/xor/invert
print(12 & 10, 12 | 10, 12 ^ 10)
print(~12, ~-13, ~0, ~-1)
print(0xFF & 0x0F, 0xF0 | 0x0F, 0xFF ^ 0xFF)
print(-1 & 255, -1 | 0, -1 ^ 0)
print(-12 & 10, -12 | 10, -12 ^ 10)
print(-12 & -10, -12 | -10, -12 ^ -10)
print(True & False, True | False, True ^ True)
print(type(True & True).__name__, type(True & 1).__name__)
print((2**100) & (2**100 - 1))
print((2**100) | 1)
print((2**100 + 5) ^ 5)
print(-(2**100) & 0xFFFF)
print(-(2**70) | 0xFF)
print(~(2**70))
print((2**128 - 1) & -(2**64))
x = 0b1100
x &= 0b1010
print(bin(x))
x |= 0b0001
print(bin(x))
x ^= 0b1111
print(bin(x))
print(5 & 3 | 8)
print(bin(0b1010 ^ 0b0110))
print(int.bit_length(255), (1024).bit_length(), (-1).bit_length(), (0).bit_length())
