# uncaught TypeError from an operation
items = [1, 2, 3]
print(sum(items))
print(items + "4")
