# uncaught ZeroDivisionError ends the program with status 1
def divide(a, b):
    return a / b
print(divide(10, 4))
print("about to divide by zero")
print(divide(1, 0))
print("not reached")
