# edge cases of triple-quoted strings
a = """"quoted" inside"""
print(a)
b = '''it's'''
print(b)
c = """a ""b"" c"""
print(c)
d = """\"\"\""""
print(d)
e = """ends with escaped quote\""""
print(e)
f = '''
starts with newline'''
print(repr(f))
g = """line1
line2\
continued"""
print(repr(g))
h = """tabs	inside"""
print(repr(h))
print(len("""
"""))
def doc():
    """A docstring
    on two lines."""
    return 1
print(doc.__doc__)
print(doc())
