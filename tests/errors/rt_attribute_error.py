value = 42
value.append(1)
