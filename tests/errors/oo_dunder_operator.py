class Money:
    def __init__(self, cents, currency):
        self.cents = cents
        self.currency = currency

    def __add__(self, other):
        if other.currency != self.currency:
            raise TypeError("cannot add " + other.currency + " to " + self.currency)
        return Money(self.cents + other.cents, self.currency)


a = Money(100, "EUR")
b = Money(250, "EUR")
c = a + b
print(c.cents)
d = c + Money(5, "USD")
