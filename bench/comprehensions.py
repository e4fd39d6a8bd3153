# List, dict and set comprehensions with conditions.
total = 0
for r in range(120):
    squares = [i * i for i in range(20000) if i % 3]
    evens = {i: i // 2 for i in range(10000) if i % 2 == 0}
    mods = {i % 1000 for i in squares}
    total += len(squares) + len(evens) + len(mods)
print(total)
