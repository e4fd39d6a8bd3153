# status: depth_limit
# repr of deeply nested annotations is bounded like any nested repr.
x = int
for i in range(100000):
    x = list[x]
repr(x)
