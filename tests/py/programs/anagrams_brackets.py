words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "god", "odg", "bird", "inlets"]
groups = {}
for w in words:
    key = "".join(sorted(w))
    groups.setdefault(key, []).append(w)
for key in sorted(groups, key=lambda k: (-len(groups[k]), k)):
    print(key, groups[key])

def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for i, ch in enumerate(s):
        if ch in "([{":
            stack.append((ch, i))
        elif ch in pairs:
            if not stack or stack[-1][0] != pairs[ch]:
                return f"mismatch at {i}"
            stack.pop()
    if stack:
        return f"unclosed {stack[-1][0]!r} at {stack[-1][1]}"
    return "ok"

for s in ["()", "([]{})", "(]", "((", "", "{[()()]}", "a(b)c]", "(((x)))", "}{", "[(])"]:
    print(repr(s), balanced(s))

def is_anagram(a, b):
    ca, cb = {}, {}
    for ch in a.lower():
        if ch.isalpha():
            ca[ch] = ca.get(ch, 0) + 1
    for ch in b.lower():
        if ch.isalpha():
            cb[ch] = cb.get(ch, 0) + 1
    return ca == cb

print(is_anagram("Dormitory", "Dirty room"), is_anagram("Astronomer", "Moon starer"), is_anagram("abc", "abd"))
