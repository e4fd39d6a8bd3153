PAIRS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    if not isinstance(n, int):
        raise TypeError("expected int, got %s" % type(n).__name__)
    if not 0 < n < 4000:
        raise ValueError("number out of range (1..3999): %d" % n)
    out = []
    for v, s in PAIRS:
        q, n = divmod(n, v)
        out.append(s * q)
    return "".join(out)
def from_roman(s):
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, ch in enumerate(s.upper()):
        if ch not in vals:
            raise ValueError(f"invalid roman digit {ch!r} in {s!r}")
        v = vals[ch]
        if i + 1 < len(s) and vals.get(s[i + 1].upper(), 0) > v:
            total -= v
        else:
            total += v
    if to_roman(total) != s.upper():
        raise ValueError(f"non-canonical numeral {s!r} (did you mean {to_roman(total)}?)")
    return total
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000, 2.5]:
    try:
        r = to_roman(n)
        print(f"{n:>5} -> {r:<15} -> {from_roman(r)}")
    except (TypeError, ValueError) as e:
        print(f"{n!r:>5} !! {e}")
for s in ["mcmxc", "IIII", "IC", "XLII", "ABC", ""]:
    try:
        print(repr(s), from_roman(s))
    except ValueError as e:
        print(repr(s), "error:", e)
