double = lambda x: x * 2 + undefined_offset
print(double(3))
