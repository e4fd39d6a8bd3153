print(hex(0), hex(255), hex(-255), hex(16), hex(10**20), hex(-1))
print(oct(0), oct(8), oct(-8), oct(511), oct(10**15))
print(bin(0), bin(1), bin(-1), bin(5), bin(-5), bin(255), bin(2**40))
print(hex(True), bin(False), oct(True))
print(int(hex(12345), 16), int(bin(-77), 2), int(oct(999), 8))
print(int(hex(-4096), 0), int(bin(10), 0))
print(bin(12345678901234567890))
print(0xff, 0o17, 0b1010, 0XAB, 0O7, 0B11, 1_000, 0x_ff, 0b_1_0)
print(hex(0x7fffffffffffffff), hex(-0x8000000000000000))
print(len(bin(2 ** 100)) - 2)
for f in (hex, oct, bin):
    try:
        f(1.5)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    hex("10")
except TypeError as e:
    print(type(e).__name__, e)
