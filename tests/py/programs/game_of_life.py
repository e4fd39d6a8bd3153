def step(live, width, height):
    counts = {}
    for (r, c) in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % height, (c + dc) % width)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}

def render(live, width, height):
    for r in range(height):
        print("".join("#" if (r, c) in live else "." for c in range(width)))

W, H = 10, 8
glider = {(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)}
live = set(glider)
for gen in range(5):
    print("gen", gen, "population", len(live))
    render(live, W, H)
    live = step(live, W, H)
blinker = {(1, 0), (1, 1), (1, 2)}
b1 = step(blinker, 5, 5)
print(sorted(b1), step(b1, 5, 5) == blinker)
live = set(glider)
for _ in range(4 * 8):
    live = step(live, W, H)
print(sorted(live))
print(live == {((r + 8) % H, (c + 8) % W) for r, c in glider})
