# comment at top
#comment without space
x = 1  # trailing comment
# comment with 'quotes' and "quotes" and \ backslash
print(x)  # print it
    # indented comment is ok
if x:
    # comment in block
    print("yes")
# comment between
else:
    print("no")
s = "# not a comment"
print(s)
print('#', "#")  ## double
def f():
    # only a comment before the statement
    return 42
    # comment after return
print(f())
for i in range(2):
# comment at column zero inside loop
    print(i)
#
print("end") #
