# status: depth_limit
# str() of exceptions nested in their own args is bounded like any nested repr.
x = 1
for i in range(100000):
    x = ValueError(x)
str(x)
