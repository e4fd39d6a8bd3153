# Builtins that hold what a generator gave them while resuming it again (and the
# garbage it makes meanwhile is collected).
def noisy_strs(n):
    for i in range(n):
        junk = [str(j) * 3 for j in range(8)]
        yield "item%03d" % ((i * 37) % n) + junk[0][:0]

print(max(noisy_strs(200)), min(noisy_strs(200)))
print(max(noisy_strs(100), key=lambda s: [s[::-1]] * 2))
print(sorted(noisy_strs(50), key=lambda s: (s[-1], s))[:3])
print(len(sum(([s] for s in noisy_strs(100)), [])))
print(len("".join(noisy_strs(100))))
print(len(dict((s, [s]) for s in noisy_strs(100))))
print(list(zip(noisy_strs(3), noisy_strs(3), (x for x in range(3)))))
print(list(map(lambda a, b: a + b, noisy_strs(3), noisy_strs(3))))
print(sum(len(s) for s in noisy_strs(200)))
print(set(noisy_strs(20)) == set(noisy_strs(20)))
print(tuple(enumerate(noisy_strs(3), 10)))
print(any(s.endswith("99") for s in noisy_strs(200)), all(s for s in noisy_strs(200)))
print(next(noisy_strs(5)), next((s for s in noisy_strs(5) if s > "item9"), "none"))
big = list(x for x in ([i] * 5 for i in range(500)))
print(len(big), big[-1])
def pairs():
    for i in range(300):
        yield [i, str(i)]
total = 0
for a, b in pairs():
    total += a + len(b)
print(total)
print(sorted(((k, [k] * 3) for k in noisy_strs(30)), reverse=True)[0][0])
