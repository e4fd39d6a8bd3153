text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
        "How vexingly quick daft zebras jump; sphinx of black quartz, judge my vow. "
        "Supercalifragilisticexpialidocious is a rather long word.")

def wrap(text, width):
    lines, cur = [], []
    length = 0
    for word in text.split():
        if cur and length + 1 + len(word) > width:
            lines.append(cur)
            cur, length = [], 0
        if cur:
            length += 1
        cur.append(word)
        length += len(word)
    if cur:
        lines.append(cur)
    return lines

def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + words[-1]

for width in (20, 36):
    print("+" + "-" * width + "+")
    lines = wrap(text, width)
    for i, words in enumerate(lines):
        body = justify(words, width) if i < len(lines) - 1 else " ".join(words).ljust(width)
        print("|" + body + "|")
    print("+" + "-" * width + "+")
for words in wrap(text, 30)[:3]:
    line = " ".join(words)
    print(f"[{line:<30}] [{line:>30}] [{line:^30}]")
print(max(len(w) for w in text.split()))
print(len(wrap(text, 10)), wrap("", 10), wrap("single", 3))
