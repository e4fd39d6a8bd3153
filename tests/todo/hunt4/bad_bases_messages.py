# type() and object.__new__ with bad arguments
try:
    type("T2", (5,), {})
except TypeError as e:
    print(e)
try:
    object.__new__(5)
except TypeError as e:
    print(e)
try:
    property().__get__(1)
except AttributeError as e:
    print(e)
