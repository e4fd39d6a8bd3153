def wrap(text, width):
    lines, cur = [], ""
    for word in text.split():
        if len(word) > width:
            if cur:
                lines.append(cur); cur = ""
            while len(word) > width:
                lines.append(word[:width - 1] + "-"); word = word[width - 1:]
            cur = word
        elif not cur:
            cur = word
        elif len(cur) + 1 + len(word) <= width:
            cur += " " + word
        else:
            lines.append(cur); cur = word
    if cur:
        lines.append(cur)
    return lines
text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Supercalifragilisticexpialidocious words happen."
for w in (20, 35):
    print(f"--- width {w} ---")
    for ln in wrap(text, w):
        print(f"|{ln:<{w}}|")
    print(f"|{'':-^{w}}|")
    for ln in wrap(text, w):
        print("|" + ln.center(w) + "|")
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for i, ch in enumerate(s):
        if ch in "([{":
            stack.append((ch, i))
        elif ch in pairs:
            if not stack or stack[-1][0] != pairs[ch]:
                return f"mismatch at {i}: {ch!r}"
            stack.pop()
    return "ok" if not stack else f"unclosed {stack[-1][0]!r} at {stack[-1][1]}"
for s in ["(a[b]{c})", "(]", "((", "", "{[()()]}x)", "print(f'{x}')"]:
    print(f"{s!r:>16}: {balanced(s)}")
def histogram(values, bins, lo, hi):
    counts = [0] * bins
    for v in values:
        idx = min(int((v - lo) / (hi - lo) * bins), bins - 1)
        counts[idx] += 1
    width = (hi - lo) / bins
    peak = max(counts)
    for i, c in enumerate(counts):
        bar = "#" * round(c / peak * 30)
        print(f"[{lo + i * width:6.2f}, {lo + (i + 1) * width:6.2f}) {c:3d} {bar}")
vals = [((i * 7919) % 1000) / 10 for i in range(250)]
vals += [50 + (i % 7) for i in range(60)]
histogram(vals, 8, 0, 100)
def title_case(s, small=("a", "an", "the", "of", "in", "and")):
    words = s.lower().split()
    return " ".join(w if i and w in small else w[:1].upper() + w[1:] for i, w in enumerate(words))
print(title_case("the lord of the rings and the return of the king"), "|", title_case("a tale IN two cities"))
def is_palindrome(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]
for s in ["A man, a plan, a canal: Panama!", "No 'x' in Nixon", "hello", "Était-ce Été?"]:
    print(is_palindrome(s), s)
