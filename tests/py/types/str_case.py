words = ["hello", "HELLO", "Hello World", "hELLO wORLD", "they're bill's friends", "123abc", "", "a1b2 c3", "ß"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print("straße".upper(), "STRASSE".lower(), "Straße".casefold() == "strasse")
print("hello world".title(), "HELLO-WORLD_foo bar".title(), "o'neil".title())
print("éclair".capitalize(), "ÉCLAIR".lower(), "ñ".upper(), "Σ".lower())
print("mIxEd CaSe 42!".swapcase())
print("abc".upper().lower() == "abc", "Ab".casefold())
