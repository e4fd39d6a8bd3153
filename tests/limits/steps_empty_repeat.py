# status: ok
# stdout: 0\n
# Repeating an empty list a huge number of times is empty, at once.
x = []
x *= 2**62
print(len(x))
