class BitSet:
    def __init__(self, bits=0, size=8):
        self.size = size
        self.bits = bits & ((1 << size) - 1)

    @classmethod
    def of(cls, *members, size=8):
        b = 0
        for m in members:
            b |= 1 << m
        return cls(b, size)

    def __and__(self, other):
        return BitSet(self.bits & other.bits, self.size)

    def __or__(self, other):
        return BitSet(self.bits | other.bits, self.size)

    def __xor__(self, other):
        return BitSet(self.bits ^ other.bits, self.size)

    def __invert__(self):
        return BitSet(~self.bits, self.size)

    def __lshift__(self, n):
        return BitSet(self.bits << n, self.size)

    def __rshift__(self, n):
        return BitSet(self.bits >> n, self.size)

    def __rand__(self, other):
        return BitSet(other & self.bits, self.size)

    def __ror__(self, other):
        return BitSet(other | self.bits, self.size)

    def __contains__(self, i):
        return bool(self.bits >> i & 1)

    def __len__(self):
        return bin(self.bits).count("1")

    def __iter__(self):
        return iter([i for i in range(self.size) if i in self])

    def __eq__(self, other):
        return isinstance(other, BitSet) and self.bits == other.bits

    def __repr__(self):
        return f"BitSet({format(self.bits, '0' + str(self.size) + 'b')})"

    def __int__(self):
        return self.bits

    def __index__(self):
        return self.bits


a = BitSet.of(0, 2, 4, 6)
b = BitSet.of(0, 1, 2, 3)
print(a, b)
print(a & b, a | b, a ^ b)
print(~a, ~~a == a)
print(a << 1, a >> 2, b << 6)
print(list(a & b), len(a | b))
print(3 in a, 4 in a)
print(0b11110000 & a, 1 | b)
print(int(a), hex(a), bin(b), oct(a))
print(list(range(100, 120))[b], "abcdefghijklmnopqrstuvwxyz"[b:a])
print([x for x in a])
print(sorted(BitSet.of(7, 1, 3)))
evens = BitSet(0)
for i in range(0, 8, 2):
    evens |= BitSet.of(i)
print(evens, evens == a)
print(BitSet.of(1, 9, size=16))
try:
    a & 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    a + b
except TypeError as e:
    print("TypeError:", e)
try:
    -a
except TypeError as e:
    print("TypeError:", e)
