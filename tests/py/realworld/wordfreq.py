text = """The quick brown fox jumps over the lazy dog. The dog barks; the fox runs!
A journey of a thousand miles begins with a single step. Don't panic -- it's fine."""

words = []
for line in text.splitlines():
    for w in line.split():
        w = w.strip(".,;:!?-").lower()
        if w:
            words.append(w)
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
items = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
print(f"{'word':<12}|{'count':>6}")
print("-" * 19)
for w, c in items[:10]:
    print(f"{w:<12}|{c:>6}")
print("total words:", len(words), "unique:", len(freq))
print("longest:", max(words, key=len))
print("avg len: %.3f" % (sum(map(len, words)) / len(words)))
