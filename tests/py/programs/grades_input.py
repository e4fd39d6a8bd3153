n = int(input())
students = []
for _ in range(n):
    parts = input().split()
    name = parts[0]
    scores = [int(x) for x in parts[1:]]
    students.append((name, scores))

def letter(avg):
    if avg >= 90:
        return "A"
    elif avg >= 80:
        return "B"
    elif avg >= 70:
        return "C"
    elif avg >= 60:
        return "D"
    return "F"

print(f"{'Name':<10}{'Avg':>7}{'Max':>5}{'Min':>5} Grade")
dist = {}
for name, scores in students:
    avg = sum(scores) / len(scores)
    g = letter(avg)
    dist[g] = dist.get(g, 0) + 1
    print(f"{name:<10}{avg:>7.2f}{max(scores):>5}{min(scores):>5} {g}")
for g in "ABCDF":
    print(g, "*" * dist.get(g, 0))
best = max(students, key=lambda s: (sum(s[1]) / len(s[1]), s[0]))
print("top:", best[0])
queries = input().split(",")
lookup = dict(students)
for q in queries:
    q = q.strip()
    if q in lookup:
        print(q, "->", lookup[q])
    else:
        print(q, "-> not found")
