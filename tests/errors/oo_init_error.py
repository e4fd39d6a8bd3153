class Account:
    def __init__(self, owner, balance):
        if balance < 0:
            raise ValueError("balance cannot be negative")
        self.owner = owner
        self.balance = balance


class Savings(Account):
    def __init__(self, owner, balance, rate):
        super().__init__(owner, balance)
        self.rate = rate


ok = Savings("ann", 10, 2)
print(ok.owner)
bad = Savings("bob", -5, 2)
