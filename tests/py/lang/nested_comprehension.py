# nested comprehensions
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print([[c for c in w] for w in ["ab", "cd"]])
m = [[1, 2], [3, 4], [5, 6]]
print([[row[i] for row in m] for i in range(2)])
print([sum([x for x in row]) for row in m])
print({i: {j: i + j for j in range(2)} for i in range(2)})
print([[[k for k in range(j)] for j in range(i)] for i in range(3)])
print([x for x in [y * 2 for y in range(5)] if x > 4])
print([len([c for c in w if c in "aeiou"]) for w in ["banana", "sky", "queue"]])
print([{n % 2 for n in range(k)} for k in range(3)])
flat = [x for sub in [[1, [2]], [3]] for x in sub]
print(flat)
print([[y for y in range(x)] for x in range(4) if x % 2 == 1])
