lines = []
while True:
    try:
        line = input()
    except EOFError:
        break
    lines.append(line)
print(len(lines), "lines")
for i, line in enumerate(lines, 1):
    parts = line.split()
    if not parts:
        print(f"{i:>3}: <empty>")
        continue
    cmd, *args = parts
    try:
        if cmd == "add":
            print(f"{i:>3}: {sum(map(float, args)):g}")
        elif cmd == "div":
            a, b = map(int, args)
            print(f"{i:>3}: {a / b:.4f}")
        elif cmd == "rev":
            print(f"{i:>3}: {' '.join(reversed(args))}")
        else:
            raise KeyError(cmd)
    except (ValueError, ZeroDivisionError, KeyError) as e:
        print(f"{i:>3}: error {type(e).__name__}: {e}")
