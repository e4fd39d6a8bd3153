import sys
total = 0
count = 0
words = {}
for line in sys.stdin:
    line = line.strip()
    if not line:
        continue
    for tok in line.split():
        if tok.lstrip("-").isdigit():
            total += int(tok)
            count += 1
        else:
            words[tok] = words.get(tok, 0) + 1
print("numbers:", count, "total:", total)
for w in sorted(words, key=lambda k: (-words[k], k)):
    print(w, words[w])
