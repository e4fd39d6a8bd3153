# C.__dict__ is a read-only live view (mappingproxy), not a writable copy
class C:
    a = 1


print(type(C.__dict__).__name__)
try:
    C.__dict__["q"] = 1
except TypeError as e:
    print(e)
view = C.__dict__
C.b = 2
print("b" in view)
try:
    for k in C.__dict__:
        setattr(C, k + "z", 1)
except RuntimeError as e:
    print(e)
