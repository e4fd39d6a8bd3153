print(sum(x for x in range(10)))
print(sum(x * x for x in range(10) if x % 3 == 0))
print(sum((x for x in [0.5, 0.25, 0.125]), 10))
print(min(len(w) for w in "the quick brown fox".split()))
print(max((len(w), w) for w in "the quick brown fox".split()))
print(sorted(c for c in "generator"))
print("-".join(str(n) for n in range(5)))
print(dict((k, k * 2) for k in "abc"))
print(set(x % 4 for x in range(20)) == {0, 1, 2, 3})
print(tuple(i for i in range(3)))
print(list(x for x in ()))

matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(sum(sum(row) for row in matrix))
print(list(sum(row[i] for row in matrix) for i in range(3)))
print(max(sum(row) for row in matrix))

def mean(values):
    values = list(values)
    return sum(values) / len(values)

print(mean(x for x in range(1, 5)))
total = 0
for s in (len(w) for w in ["aa", "bbb", "c"]):
    total += s
print(total)

x = 100
g = (x + i for i in range(3))
x = 200
print(list(g))

def scope_check():
    base = 5
    return list(base * i for i in range(4))

print(scope_check())
print(sorted((w for w in ["pear", "fig", "kiwi"]), key=len))
print(list(reversed([c for c in (ch.upper() for ch in "abc")])))
