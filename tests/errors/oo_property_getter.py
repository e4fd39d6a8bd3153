class Temperature:
    def __init__(self, readings):
        self.readings = readings

    @property
    def average(self):
        total = sum(self.readings)
        return total / len(self.readings)


t = Temperature([20, 22])
print(t.average)
empty = Temperature([])
print(empty.average)
