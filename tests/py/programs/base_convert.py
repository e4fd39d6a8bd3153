DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"

def to_base(n, b):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))

def from_base(s, b):
    s = s.strip().lower()
    neg = s.startswith("-")
    if neg:
        s = s[1:]
    total = 0
    for ch in s:
        v = DIGITS.index(ch)
        if v >= b:
            raise ValueError(f"digit {ch!r} out of range for base {b}")
        total = total * b + v
    return -total if neg else total

for n in [0, 1, 7, 255, -255, 1000, 2 ** 64, 123456789]:
    reps = [to_base(n, b) for b in (2, 3, 8, 16, 36)]
    ok = all(from_base(r, b) == n for r, b in zip(reps, (2, 3, 8, 16, 36)))
    ok = ok and reps[0] == format(n, "b") and reps[3] == format(n, "x") and reps[2] == format(n, "o")
    print(n, reps, ok)
for s, b in [("ff", 16), ("777", 8), ("zz", 36), ("102", 2), ("-101", 2)]:
    try:
        print(s, b, from_base(s, b), int(s, b))
    except ValueError as e:
        print("error:", e)

def gray(n):
    return n ^ (n >> 1)
print([format(gray(i), "04b") for i in range(16)])
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(i) for i in range(17)], popcount(2 ** 100 - 1))
print(to_base(int("deadbeef", 16), 10), int(to_base(3 ** 50, 7), 7) == 3 ** 50)
