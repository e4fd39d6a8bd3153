def average(values):
    return total(values) / len(values)

def total(values):
    s = 0
    for v in values:
        s += v
    return s

print(average([1, 2, 3]))
print(average([]))
