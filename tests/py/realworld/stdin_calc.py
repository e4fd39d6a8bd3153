import sys
for line in sys.stdin:
    line = line.rstrip("\n")
    if not line:
        continue
    a, op, b = line.split()
    a, b = float(a), float(b)
    res = {"+": a + b, "-": a - b, "*": a * b, "/": a / b if b else float("nan")}[op]
    print(f"{a:g} {op} {b:g} = {res:.6g}")
