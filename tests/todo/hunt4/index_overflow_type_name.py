# "cannot fit 'X' into an index-sized integer" names the type of the index object
class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


try:
    list(range(10))[I(2**70)]
except IndexError as e:
    print(e)
try:
    "ab" * I(2**70)
except OverflowError as e:
    print(e)
