class Money:
    def __init__(self, amount, currency="USD"):
        self.cents = round(amount * 100)
        self.currency = currency

    @classmethod
    def from_cents(cls, cents, currency="USD"):
        m = cls(0, currency)
        m.cents = cents
        return m

    def _check(self, other):
        if not isinstance(other, Money):
            return False
        if other.currency != self.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
        return True

    def __add__(self, other):
        if not self._check(other):
            return NotImplemented
        return Money.from_cents(self.cents + other.cents, self.currency)

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __sub__(self, other):
        if not self._check(other):
            return NotImplemented
        return Money.from_cents(self.cents - other.cents, self.currency)

    def __mul__(self, factor):
        if isinstance(factor, (int, float)):
            return Money.from_cents(round(self.cents * factor), self.currency)
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, n):
        return Money.from_cents(self.cents // n, self.currency)

    def __mod__(self, n):
        return Money.from_cents(self.cents % n, self.currency)

    def __eq__(self, other):
        return isinstance(other, Money) and (self.cents, self.currency) == (other.cents, other.currency)

    def __lt__(self, other):
        self._check(other)
        return self.cents < other.cents

    def __neg__(self):
        return Money.from_cents(-self.cents, self.currency)

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        c = abs(self.cents)
        return f"{sign}{c // 100}.{c % 100:02d} {self.currency}"

    def __repr__(self):
        return f"Money({str(self)!r})"

    def split(self, n):
        share = self // n
        rest = self.cents - share.cents * n
        return [Money.from_cents(share.cents + (1 if i < rest else 0), self.currency) for i in range(n)]


prices = [Money(19.99), Money(5), Money(0.01), Money(120.5)]
print([str(p) for p in prices])
print(sum(prices))
print(sum(prices, Money(0)))
print(max(prices), min(prices))
print(Money(10) - Money(12.5), -Money(3))
print(Money(2.5) * 3, 4 * Money(0.25), Money(10) * 0.333)
print(Money(100) // 3, Money(100) % 3)
print([str(s) for s in Money(100).split(3)])
print(sum(Money(100).split(7)))
print(Money(1) == Money(1.0), Money(1) == Money(1, "EUR"))
print(repr(Money(7.05)))
try:
    Money(1) + Money(1, "EUR")
except ValueError as e:
    print("ValueError:", e)
try:
    Money(1) + 5
except TypeError as e:
    print("TypeError:", e)
print(sorted(prices, reverse=True))
