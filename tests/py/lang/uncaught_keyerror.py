# uncaught KeyError
inventory = {"apples": 3}
print(inventory["apples"])
print(inventory["pears"])
