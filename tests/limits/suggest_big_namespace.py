# status: error
# A NameError in a namespace far too big for suggestions: no copy, no hang.
g = globals()
for i in range(200000):
    g["v%d" % i] = i
print(undefined_name)
