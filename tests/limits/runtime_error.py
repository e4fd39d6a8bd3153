# status: error
print(1 / 0)
