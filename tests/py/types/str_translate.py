t = str.maketrans("abc", "xyz")
print(sorted(t.items()))
print("aabbcc-abc".translate(t))
t2 = str.maketrans("ae", "AE", "lo")
print("hello apple".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, "c": "ccc", ord("d"): "D"})
print(sorted(t3.items()))
print("abcd".translate(t3))
print("hello".translate({ord("l"): ord("L")}), "hello".translate({}))
print("abc".translate({97: None, 98: "BB"}))
rot13 = str.maketrans("abcdefghijklmnopqrstuvwxyz", "nopqrstuvwxyzabcdefghijklm")
print("hello world".translate(rot13), "hello world".translate(rot13).translate(rot13))
print("".translate(t), "xyz".translate(t))
print("remove vowels please".translate(str.maketrans("", "", "aeiou")))
try:
    str.maketrans("abc", "xy")
except ValueError as e:
    print(type(e).__name__, e)
try:
    str.maketrans({"ab": "x"})
except ValueError as e:
    print(type(e).__name__, e)
try:
    str.maketrans("a")
except TypeError as e:
    print(type(e).__name__, e)
