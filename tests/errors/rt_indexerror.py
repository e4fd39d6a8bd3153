def third(seq):
    return seq[2]

items = [10, 20]
print(third(items))
