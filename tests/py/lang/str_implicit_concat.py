# adjacent string literal concatenation
s = "abc" "def"
print(s)
s = ("first "
     "second "
     'third')
print(s)
print("a" r"\n" "b")
x = 5
print("x=" f"{x}" " done")
print(f"{x}" "{x}")
print("{x}" f"{x}")
print(len("a" "" "b"))
t = ("one"
     # a comment between parts
     "two")
print(t)
print(["a" "b", "c"])
print("multi" """line
part""")
