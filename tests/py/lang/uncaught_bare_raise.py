# raising an exception class without arguments
print("raising")
raise NotImplementedError
