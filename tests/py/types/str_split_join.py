s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print(s.split(None, 2))
print(s.rsplit(None, 2))
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 2))
print("a,b,,c,".rsplit(",", 2))
print("a,b,,c,".rsplit(",", maxsplit=1))
print("a--b--c".split("--"), "a--b--c".split("-"))
print("".split(), "".split(","), "   ".split(), "   ".split(" "))
print("abc".split("abc"), "abcabc".split("abc"))
print("one".split(","), "x".rsplit("x"))
print("1 2 3".split(maxsplit=1), "1 2 3".rsplit(maxsplit=1))
print("a b c".split(None, 0), "  a b c  ".split(None, 0), "  a b c  ".rsplit(None, 0))
print("a b c".split(" ", -1))
print(",".join(["a", "b", "c"]), "".join(["x", "y"]), " - ".join("abc"))
print("|".join([]), "|".join(["solo"]), ", ".join(str(i) for i in range(5)))
print("\n".join(["line1", "line2"]))
print("-".join({"k1": 1, "k2": 2}))
print("ab".join("123"))
try:
    ",".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join(["a", None])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a b".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "a".split(1)
except TypeError as e:
    print(type(e).__name__, e)
