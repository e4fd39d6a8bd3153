print("{} and {}".format("a", "b"), "{1}{0}".format("x", "y"), "{name}!".format(name="hi"))
print("%s-%d" % ("a", 5))
print(str.upper("abc"), str.join("-", ["a", "b"]), str.split("a b"))
print("a\\b", "a\tb", "\x41\u0042\U00000043", "\101", "\0" == "\x00")
print(r"raw\n\t", len(r"\n"), r"\\", 'single', "double", '''triple
quoted''', """x""")
print("implicit" " concatenation" ' works')
print("line\
continued")
print(len("""
a
"""))
s = "abc"
print(len(s), s == "a" + "bc")
print(list("hi"), tuple("hi"), set("aa"), dict.fromkeys("ab", 0))
print(ord(min("hello")), "".join(sorted("hello", reverse=True)))
print("Mississippi".count("ss"), "Mississippi".lower().count("s"))
print("a" in "abc" and "abc".index("c") == 2)
print("word " * 3, "-" * 20)
print("tEST sTRING".capitalize(), "x".join("") == "")
print(" ".join(w[::-1] for w in "reverse each word".split()))
print(str(123)[::-1], int(str(123)[::-1]) + 1)
print("%".join(["100", "50"]), "{}".format("{}"))
print("abc".isalpha() and "ABC".lower() == "abc")
