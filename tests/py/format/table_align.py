rows = [("Alice", 34, 72150.5), ("Bob", 7, 0.0), ("Christopher", 101, -1234.567), ("Dee", 0, 1e6)]
header = f"{'Name':<12}|{'Age':>5}|{'Balance':>14}|"
print(header)
print("-" * len(header))
for name, age, bal in rows:
    print(f"{name:<12}|{age:>5}|{bal:>14,.2f}|")
print("=" * len(header))
total = sum(r[2] for r in rows)
print(f"{'Total':<12}|{'':>5}|{total:>14,.2f}|")
print()
print("{:^10}|{:^10}|{:^10}".format("left", "center", "right"))
for i in range(1, 6):
    print("{:<10}|{:^10}|{:>10}".format(i, i * i, i ** 3))
print()
for i in range(1, 4):
    print(" ".join(f"{i * j:3d}" for j in range(1, 10)))
print()
width = 7
for word in ["a", "bb", "ccc", "dddddddd"]:
    print(f"[{word:^{width}}] [{word:>{width}.3}] [{word:_<{width}}]")
print("%-8s%8s" % ("key", "value"))
for k, v in [("pi", 3.14159), ("e", 2.71828), ("big", 123456.789)]:
    print("%-8s%8.2f" % (k, v))
