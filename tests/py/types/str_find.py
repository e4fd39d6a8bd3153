s = "hello world, hello python"
print(s.find("hello"), s.find("hello", 1), s.find("hello", 1, 15), s.find("xyz"), s.find(""))
print(s.rfind("hello"), s.rfind("hello", 0, 10), s.rfind("o"), s.rfind(""), s.rfind("", 3, 5))
print(s.index("world"), s.rindex("l"), s.index("o", 5), s.rindex("o", 0, 10))
print(s.find("o", -5), s.find("o", -100, -10), s.find("", 100), s.find("", len(s)))
print(s.count("l"), s.count("hello"), s.count(""), s.count("l", 5), s.count("l", 0, 4), s.count("zz"))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "aaaa".rfind("aa"))
print(s.startswith("hello"), s.startswith("world", 6), s.startswith(("x", "he")), s.startswith(""))
print(s.endswith("python"), s.endswith("hello", 0, 18), s.endswith(("on", "zz")), s.endswith("lo", 0, 5))
print(s.startswith("hello", 13), s.startswith("hello", -12), s.endswith("world", 0, -13))
print("abc".startswith(()), "".startswith(""), "".endswith("a"), "abc".startswith("abc", 3))
print("abc".startswith("", 3), "abc".startswith("", 4))
print("hello" in s, "Hello" in s, "" in s, "lo w" in s, "x" not in s)
for args in [("zz",), ("o", 20, 22)]:
    try:
        s.index(*args)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    s.rindex("zz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.startswith(["hello"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    5 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
