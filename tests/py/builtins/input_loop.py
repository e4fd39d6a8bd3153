n = int(input())
total = 0
rows = []
for i in range(n):
    a, b = input().split()
    rows.append((a, int(b)))
    total += int(b)
for name, v in rows:
    print(f"{name}: {v}")
print("total", total)
while True:
    try:
        s = input()
    except EOFError:
        print("eof reached")
        break
    if s == "":
        print("blank")
        continue
    print("got", s.upper())
