s = "Grüße, 世界! Ça va? ñandú"
print(s, len(s))
print(s.upper())
print(s.lower())
print(s[7:9], s[::-1])
print(s.split(), s.find("世"), s.index("Ç"), s.count("a"))
print([c for c in s if not c.isascii()])
print(s.replace("世界", "world"), s.startswith("Grü"), "ñ" in s)
print(sorted("ñaz"), max("aé"), min("日本"))
print(repr(s), ascii(s))
print("€".center(5, "·"), f"{'é':>4}|{'日本':^6}|")
print("αβγδε"[1:4], "αβγδε"[::2], "Ω".lower(), "ω".upper())
print(ord("€"), chr(8364), hex(ord("😀")), "😀" * 3)
print(len("e\u0301"), "e\u0301" == "é", "\u00e9" == "é")
d = {"ключ": "значение", "键": "值"}
print(d, d["键"])
for ch in "aé中😀":
    print(ch, ord(ch), repr(ch), ch.isalpha())
print("中文".join(["<", ">"]), "x".join("中文"))
