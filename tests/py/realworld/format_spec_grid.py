vals = [0, 1, -1, 3.14159, -0.0, 1e16, 1.5e-7, 123456789.123, 2**53, 1/3, float('inf'), -float('inf'), float('nan'), 10**20, True, 0.1+0.2]
specs = ["", "g", ".3g", "10.2f", "<10", "^10", "+", " ", "e", ".2e", "%", ".1%", ",", "_", "08.3f", "+.0f", "#g", ".0e", "G", "E", "n", "012,.2f", ">+12.4g"]
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except Exception as e:
            row.append(type(e).__name__ + ":" + str(e))
    print(repr(v), "|".join(row))
for v in [0, 255, -255, 10**12, True]:
    for s in ["b", "o", "x", "X", "#b", "#o", "#x", "#X", "08b", "_b", ",d", "_x", "c", "d", "n", "=+10d", "010d", "-10d", "^#12x"]:
        try:
            print(s, format(v, s))
        except Exception as e:
            print(s, type(e).__name__, e)
