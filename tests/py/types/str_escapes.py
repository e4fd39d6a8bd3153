samples = ["plain", "it's", 'say "hi"', "both ' \"", "back\\slash", "tab\t", "nl\n", "cr\r", "nul\0", "bell\a",
           "bs\b", "ff\f", "vt\v", "esc\x1b", "del\x7f", "lat\xe9", "nbsp\xa0", "soft\xad", "cjk\u4e2d", "emoji\U0001F389",
           "zwj\u200d", "rtl\u202e", "bom\ufeff", "\\n literal", "'", '"', "'\"", ""]
for s in samples:
    print(len(s), repr(s), ascii(s))
print(repr("a" * 3 + "'" + '"'))
print(str(["it's", 'q"', "\n"]), str(("é",)), str({"\t": "\x00"}))
print("\x41\x42", "\101\102", "\u0041", "\U00000041", "\x31")
print(len("\\\\"), len(r"\\"), r"\n" == "\\n", "\
" == "")
