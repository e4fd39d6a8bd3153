def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - ord("a") + shift) % 26 + ord("a")))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - ord("A") + shift) % 26 + ord("A")))
        else:
            out.append(ch)
    return "".join(out)

msg = "The Quick Brown Fox Jumps Over The Lazy Dog! 123"
for s in [0, 1, 3, 13, 25, 26, -1, 52]:
    enc = caesar(msg, s)
    print(f"{s:3d} {enc} {caesar(enc, -s) == msg}")

def rle_encode(s):
    if not s:
        return ""
    out = []
    prev, count = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f"{count}{prev}")
            prev, count = ch, 1
    out.append(f"{count}{prev}")
    return "".join(out)

def rle_decode(s):
    out = []
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)

for s in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "", "aaaaaaaaaaaa", "aabbbcccc"]:
    e = rle_encode(s)
    print(repr(e), rle_decode(e) == s, len(s), len(e))

def vigenere(text, key, decrypt=False):
    out = []
    k = 0
    for ch in text:
        if ch.isalpha():
            shift = ord(key[k % len(key)].lower()) - ord("a")
            if decrypt:
                shift = -shift
            out.append(caesar(ch, shift))
            k += 1
        else:
            out.append(ch)
    return "".join(out)

v = vigenere("Attack at dawn!", "lemon")
print(v, vigenere(v, "lemon", True))
