# String building, methods and formatting.
words = []
for i in range(250000):
    w = "item%d" % i
    words.append(w.upper() + "-" + str(i * 3)[::-1])
text = " ".join(words)
parts = text.split()
count = 0
for p in parts:
    if p.startswith("ITEM1") and "9" in p:
        count += 1
print(len(text), count, f"{count:>10}|{len(parts):,}")
