samples = ["", "abc", "ABC", "Abc", "abc123", "123", "12.3", " ", " \t\n", "Hello World",
           "Hello world", "_name", "2name", "name_2", "αβγ", "½", "²", "٣", "a b", "if", "HELLO 123"]
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(),
          s.istitle(), s.isdecimal(), s.isnumeric(), s.isidentifier(), s.isascii(), s.isprintable())
print("\n".isprintable(), "\x7f".isprintable(), "é".isascii())
