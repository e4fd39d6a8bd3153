# status: depth_limit
# Nested built-in iterators advance each other in C: the nesting is bounded.
x = [1]
for i in range(100000):
    x = map(abs, x)
list(x)
