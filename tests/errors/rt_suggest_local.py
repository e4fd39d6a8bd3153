def total(values):
    result = 0
    for value in values:
        reslt += value
    return result


print(total([1, 2]))
