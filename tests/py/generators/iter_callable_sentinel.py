state = {"n": 0}

def tick():
    state["n"] += 1
    return state["n"]

for v in iter(tick, 5):
    print("tick", v)
print("state after", state["n"])

lines = ["alpha", "beta", "", "gamma"]
pos = [0]
def read_line():
    line = lines[pos[0]]
    pos[0] += 1
    return line

print(list(iter(read_line, "")))
print("position", pos[0])

values = [3, 1, 4, 1, 5, 9, 2, 6]
def popper():
    return values.pop()

print(list(iter(popper, 1)))
print("remaining", values)

it = iter(lambda: "x", "x")
print(list(it))
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError:", e)

def gen_dice():
    seq = [2, 6, 3, 6, 1]
    i = 0
    def roll():
        nonlocal i
        v = seq[i % len(seq)]
        i += 1
        return v
    return roll

roll = gen_dice()
print([r for r in iter(roll, 1)])
sentinel_it = iter(gen_dice(), 3)
print(next(sentinel_it), next(sentinel_it))
print(next(sentinel_it, "stopped"))
print(next(sentinel_it, "still stopped"))
