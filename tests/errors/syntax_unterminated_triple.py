x = 1
s = """starts here
and keeps going
print(x)
