def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)
def vigenere(text, key, decrypt=False):
    res, ki = [], 0
    for ch in text:
        if ch.isalpha() and ch.isascii():
            base = 65 if ch.isupper() else 97
            k = ord(key[ki % len(key)].lower()) - 97
            ki += 1
            res.append(chr((ord(ch) - base + (-k if decrypt else k)) % 26 + base))
        else:
            res.append(ch)
    return "".join(res)
def rle(s):
    if not s:
        return ""
    out, prev, cnt = [], s[0], 1
    for ch in s[1:]:
        if ch == prev:
            cnt += 1
        else:
            out.append(f"{cnt}{prev}"); prev, cnt = ch, 1
    out.append(f"{cnt}{prev}")
    return "".join(out)
def unrle(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num)); num = ""
    return "".join(out)
msg = "Attack at Dawn! Zebra-crossing, ünïcode stays."
for sh in (1, 3, 13, -1, 52):
    enc = caesar(msg, sh)
    print(f"{sh:>3}: {enc} | back ok: {caesar(enc, -sh) == msg}")
v = vigenere(msg, "Lemon")
print(v, "|", vigenere(v, "Lemon", decrypt=True))
for s in ["aaabccddddde", "abc", "", "zzzzzzzzzzzz", "aabbaa"]:
    e = rle(s)
    print(repr(s), "->", repr(e), "->", unrle(e) == s)
freq = {}
for ch in msg.lower():
    if ch.isalpha():
        freq[ch] = freq.get(ch, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for ch, n in top:
    print(f"{ch} {'*' * n} ({n / sum(freq.values()):.1%})")
