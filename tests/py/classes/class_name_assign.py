# a class's __name__ and __qualname__ can be reassigned
class C:
    pass


C.__name__ = "Renamed"
print(C.__name__, C.__qualname__)
C.__qualname__ = "Q.R"
print(repr(C), C.__name__)
try:
    C.__name__ = 5
except TypeError as e:
    print(e)
