# status: ok
# stdout: 6\n
print(1 + 2 + 3)
