# source file with CRLF line endings
x = 1
def f(a):
    return a + \
        1
print(f(x))
s = """line1
line2"""
print(repr(s))
if x:
    print("crlf ok")
