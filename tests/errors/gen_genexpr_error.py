def ratios(values):
    return sum(100 // v for v in values)


print(ratios([5, 2, 0, 1]))
