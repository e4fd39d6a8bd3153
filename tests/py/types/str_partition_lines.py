print("key=value=x".partition("="), "key=value=x".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("=start".partition("="), "end=".rpartition("="), "".partition("x"))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"))
text = "line one\nline two\r\nline three\rline four\n\nlast"
print(text.splitlines())
print(text.splitlines(True))
print(text.splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(), "a\n".splitlines(True))
print("x\x0by\x0cz\x1cw\u2028v\x85u".splitlines())
print("no newline".splitlines())
print("a\nb\n".split("\n"), "a\nb\n".splitlines())
print(repr("a\tb\tc".expandtabs()), repr("a\tb\tc".expandtabs(4)), repr("abcd\tx".expandtabs(4)))
print(repr("\t".expandtabs(0)), repr("12345678\t9".expandtabs()), repr("a\n\tb".expandtabs(2)))
print(repr("ab\tcd\r\tef".expandtabs(3)))
try:
    "a".partition("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "a".rpartition(None)
except TypeError as e:
    print(type(e).__name__, e)
