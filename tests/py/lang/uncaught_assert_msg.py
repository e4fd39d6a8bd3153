# uncaught AssertionError with a message
values = [1, 2, 3]
assert len(values) == 3, "length ok"
print("ok so far")
assert sum(values) > 10, f"sum too small: {sum(values)}"
