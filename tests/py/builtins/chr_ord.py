print(chr(65), chr(97), chr(48), chr(32) + "|", chr(126))
print(ord("A"), ord("a"), ord("0"), ord(" "), ord("~"), ord("\n"))
print(chr(233), ord("é"), chr(0x3b1), ord("α"), chr(0x65e5), ord("日"))
print(chr(0x1f600) == "\U0001f600", ord("\U0001f600"))
print(repr(chr(0)), repr(chr(127)), repr(chr(160)), ord(chr(1114111)))
print("".join(chr(ord(c) + 1) for c in "HAL"))
print([ord(c) for c in "Hello"])
print("".join(chr(c) for c in range(97, 123)))
print(chr(ord("a") + 25), ord("z") - ord("a"))
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in ["", "ab"]:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    chr("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(65.0)
except TypeError as e:
    print(type(e).__name__, e)
