def outer():
    return middle()

def middle():
    return inner() + 1

def inner():
    return missing_value

print("start")
outer()
