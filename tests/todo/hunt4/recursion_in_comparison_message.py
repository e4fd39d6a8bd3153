# RecursionError raised while comparing says "in comparison"
class K:
    def __init__(self, s):
        self.s = s

    def __hash__(self):
        return 1

    def __eq__(self, o):
        for i in range(100):
            self.s.add(i)
        return False


s = set()
s.add(K(s))
try:
    s.add(K(s))
except RecursionError as e:
    print(e)
