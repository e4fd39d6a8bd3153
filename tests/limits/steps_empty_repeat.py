# status: ok
# stdout: 0 0 0\n
# Repeating an empty sequence a huge number of times is empty, at once (also when
# the compiler folds the constant expression).
x = []
x *= 2**62
print(len(x), len(() * 2**62), len("" * 2**62))
