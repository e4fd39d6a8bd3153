text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness."""

counts = {}
for raw in text.split():
    word = raw.strip(".,;:!?").lower()
    if word:
        counts[word] = counts.get(word, 0) + 1

ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:10]:
    print(f"{word:<12}{n:>3} {'#' * n}")
print("distinct:", len(counts), "total:", sum(counts.values()))
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters, key=lambda c: (-letters[c], c))[:5]
print("top letters:", [(c, letters[c]) for c in top])
by_len = {}
for w in counts:
    by_len.setdefault(len(w), []).append(w)
for length in sorted(by_len):
    print(length, sorted(by_len[length]))
longest = max(counts, key=lambda w: (len(w), w))
print("longest:", longest)
