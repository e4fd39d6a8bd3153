# from math import ...
from math import sqrt, pi, floor
from math import gcd as greatest_common_divisor
from math import (
    ceil,
    inf,
)
print(sqrt(81), pi, floor(-1.5), ceil(-1.5))
print(greatest_common_divisor(48, 180))
print(inf > 10**308)
def area(r):
    return pi * r * r
print(round(area(2), 6))
import math
print(math.sqrt is sqrt)
import sys
print(type(sys.maxsize).__name__)
print(sqrt(2) ** 2, sqrt(2) ** 2 == 2)
try:
    from math import no_such_name
except ImportError:
    print("ImportError")
