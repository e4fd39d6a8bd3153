# import statements bind names in the current scope
def f():
    import math
    return math.sqrt(49)
print(f())
try:
    math
except NameError as e:
    print("NameError:", e)
def g():
    from math import factorial as fact
    return fact(6)
print(g())
import math as m
print(m.floor(2.5))
import sys
def argc():
    return len(sys.argv)
print(argc())
if True:
    from math import pi
print(round(pi, 4))
