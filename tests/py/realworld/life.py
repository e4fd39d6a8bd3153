def step(cells, w, h):
    new = set()
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    p = ((x + dx) % w, (y + dy) % h)
                    counts[p] = counts.get(p, 0) + 1
    for p, c in counts.items():
        if c == 3 or (c == 2 and p in cells):
            new.add(p)
    return new
def show(cells, w, h):
    for y in range(h):
        print("".join("#" if (x, y) in cells else "." for x in range(w)))
    print()
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
w, h = 8, 6
c = glider
for gen in range(4):
    print("gen", gen, "alive", len(c))
    show(c, w, h)
    c = step(c, w, h)
blinker = {(1, 0), (1, 1), (1, 2)}
print(sorted(step(blinker, 5, 5)), sorted(step(step(blinker, 5, 5), 5, 5)) == sorted(blinker))
