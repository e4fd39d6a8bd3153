# raw f-strings: rf, fr, Rf, fR
x = 5
print(rf"\n{x}\t")
print(fr"\n{x}\t")
print(Rf"{x}\d")
print(fR"{x}\\")
print(RF"\{x}")
print(FR"{x}\x41")
print(rf"{x!r}\n")
print(len(rf"\n{x}"))
print(rf"""raw
{x}\n""")
print(rf"{x:>4}\|")
print(rf"{'ok'}\n")
