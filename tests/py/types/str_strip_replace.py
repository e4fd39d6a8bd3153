s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcba".strip("ab"), "aaa".strip("a") + "|")
print("www.example.com".lstrip("w."), "www.example.com".rstrip(".com"), "mississippi".rstrip("ips"))
print(repr("".strip()), repr("   ".strip()), "hi".strip(""), "hi".strip(None))
print("\u3000wide\u3000".strip() == "wide", repr("\x0bv\x0c".strip()))
print("a-b-c".replace("-", "+"), "a-b-c".replace("-", "", 1), "aaaa".replace("a", "b", 2))
print("aaaa".replace("aa", "b"), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("hello".replace("l", "L", 0), "hello".replace("z", "y"), "hello".replace("hello", ""))
print("aaa".replace("a", "aa"), "ab".replace("ab", "ba", -1))
print("spam".removeprefix("sp"), "spam".removeprefix("am"), "spam".removesuffix("am"), "spam".removesuffix("sp"))
print("aaa".removeprefix("a"), "".removeprefix("x") + "|", "x".removesuffix(""))
try:
    "abc".strip(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".replace("a")
except TypeError as e:
    print(type(e).__name__, e)
