# source file without a trailing newline
x = 1
if x:
    print("no trailing newline")
    print("last line")