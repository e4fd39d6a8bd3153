# unicode strings
s = "héllo wörld"
print(s, len(s))
print(s.upper())
print(s[1], s[-4])
e = "日本語テキスト"
print(e, len(e))
print(e[2:4])
print(e[::-1])
emo = "a😀b"
print(len(emo), emo[1], ord(emo[1]))
print(chr(0x1F600) == emo[1])
print(repr("日本"), ascii("日本"))
print("ß".upper(), "İ".lower() == "i̇")
print("ÀÉÎ".lower())
print(ord("€"), chr(8364))
print("→".join(["a", "b", "c"]))
print("é" < "z", "z" < "é")
print(sorted(["b", "á", "a"]))
print("ü" * 3)
print("naïve".find("ï"), "naïve".index("v"))
print(str("ĳ"), "ĳ".isalpha())
print("\u0041\u030a", len("\u0041\u030a"))
