n, m = map(int, input().split())
print(n + m, n * m, n - m)
values = list(map(float, input("floats: ").split()))
print()
print(values, sum(values), max(values))
a = int(input().strip())
b = float(input())
print(a // 3, a % 3, b * 2, round(b, 1))
rows = [list(map(int, input().split())) for _ in range(3)]
print(rows, [sum(r) for r in rows], [sum(c) for c in zip(*rows)])
text = input("text> ")
print(repr(text), text.split(","))
try:
    bad = int(input())
except ValueError as e:
    print(type(e).__name__, e)
last = input()
print(repr(last), len(last))
