# string quoting forms
print('single')
print("double")
print('it\'s')
print("say \"hi\"")
print("it's")
print('say "hi"')
print('''triple single''')
print("""triple double""")
print('''multi
line
string''')
print("""has 'single' and "double" quotes""")
print('''ends with quote"''')
print("""a""" + '''b''')
print('')
print("")
print(len(''''''))
print(len(""""""))
print('''line1
    indented
line3''')
s = """x\
y"""
print(s)
print(repr('a"b'))
print(repr("a'b"))
print(repr('a\'b"c'))
print(repr("""tri
ple"""))
print('#not a comment')
print("a" 'b' """c""" '''d''')
